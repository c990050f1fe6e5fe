package dev.timelineexplorer.app.map;

import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.view.TimeRange;
import dev.timelineexplorer.view.TimelineView;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Plays the timeline's time cursor through the dataset, from its first date to its last, at a number of years per
 * second: the view follows, keeping the cursor at its centre. Steps move the cursor by a year. Runs on the JavaFX
 * thread, one step per frame, moving by the time that passed, so it keeps its pace however long a frame takes.
 */
public final class Playback {
    /** The length of a year in days, on average. */
    public static final double YEAR = HistoricalDate.DAYS_PER_YEAR;

    /** The speeds offered, years per second. */
    public static final double[] SPEEDS = {1, 2, 5, 10};

    private final TimelineView timeline;
    private final Supplier<TimeRange> extent;
    private final DoubleProperty yearsPerSecond = new SimpleDoubleProperty(this, "yearsPerSecond", 2);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    /** The time of the last frame, in nanoseconds, or -1 before the first frame of a play. */
    private long lastFrame = -1;
    /** Whether the toolkit's frames drive playing (tests drive it through {@link #frame} instead). */
    private boolean clockDriven = true;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };

    /**
     * @param timeline the timeline whose cursor plays
     * @param extent the stretch to play through (the dataset's first to last date), or null when there is none
     */
    Playback(TimelineView timeline, Supplier<TimeRange> extent) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.extent = Objects.requireNonNull(extent, "extent");
    }

    /** How fast playing goes, in years per second. */
    public DoubleProperty yearsPerSecondProperty() {
        return yearsPerSecond;
    }

    /** Whether it is playing. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Plays from the cursor, or from the first date when the cursor is at the end or beyond. */
    public void play() {
        TimeRange all = extent.get();
        if (all == null || playing.get()) {
            return;
        }
        double day = timeline.effectiveCursorDay();
        if (day >= all.endDay() - 1 || day < all.startDay()) {
            day = all.startDay();
        }
        // The cursor follows the centre of the view while playing: centre the view on the starting day first, so
        // playing starts where the cursor was put rather than where the view happened to be.
        timeline.setCursorDay(Double.NaN);
        moveCursorTo(day);
        playing.set(true);
        lastFrame = -1;
        if (clockDriven) {
            timer.start();
        }
    }

    public void pause() {
        timer.stop();
        lastFrame = -1;
        playing.set(false);
    }

    /**
     * One frame at a time in nanoseconds: the cursor moves by the time since the last frame (at most a quarter of a
     * second, so that a stalled window does not jump ahead) at the chosen speed.
     */
    public void frame(long now) {
        if (!playing.get()) {
            return;
        }
        if (lastFrame < 0) {
            lastFrame = now;
            return;
        }
        double seconds = Math.min(0.25, (now - lastFrame) / 1e9);
        lastFrame = now;
        advance(seconds * yearsPerSecond.get() * YEAR);
    }

    /** Lets the caller give the frames ({@link #frame}) instead of the toolkit: tests drive time themselves. */
    public void setClockDriven(boolean value) {
        clockDriven = value;
    }

    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Moves the cursor by a number of years (negative: back), pausing first. */
    public void step(int years) {
        pause();
        moveCursorTo(timeline.effectiveCursorDay() + years * YEAR);
    }

    /** One frame of playing: the cursor moves on by a number of days, and stops at the end. */
    public void advance(double days) {
        TimeRange all = extent.get();
        double next = timeline.effectiveCursorDay() + days;
        if (all == null || next >= all.endDay()) {
            if (all != null) {
                moveCursorTo(all.endDay() - 1);
            }
            pause();
            return;
        }
        moveCursorTo(next);
    }

    /**
     * Puts the cursor on a day: while it follows the centre of the view the view moves there; a cursor with a date
     * of its own moves along it, and the view follows when it would leave it.
     */
    public void moveCursorTo(double day) {
        TimeRange range = timeline.getVisibleRange();
        if (Double.isNaN(timeline.getCursorDay())) {
            timeline.setVisibleRange(range.shift(day - range.center()));
            return;
        }
        timeline.setCursorDay(day);
        if (day < range.startDay() || day > range.endDay()) {
            timeline.setVisibleRange(range.shift(day - range.center()));
        }
    }
}
