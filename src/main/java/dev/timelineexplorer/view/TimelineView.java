package dev.timelineexplorer.view;

import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javax.xml.stream.XMLStreamException;

/**
 * A zoomable, pannable timeline of events and eras with an overview strip, drawn on a canvas by {@link
 * TimelineViewSkin}. It knows nothing of files or windows: give it a {@link Dataset} and, optionally, the subset of
 * its events to show.
 *
 * <p>Time is measured in epoch days (days since 1970-01-01, fractional). The visible range is kept between {@link
 * #MIN_SPAN_DAYS} (about a week) and {@link #maxSpanDays()} (the data's extent plus a margin, at most 20,000 years);
 * setting a range outside those bounds clamps it. Colours and the font come from CSS ({@code timeline-view.css}),
 * so a theme needs only a stylesheet.
 *
 * <p>Drawing is {@link TimelineRenderer}'s, input {@link TimelineBehavior}'s; this class holds the state. It runs past
 * 600 lines because JavaFX requires each of its fifteen styleable colours and its font to be a property of the control
 * itself, declared with its CSS metadata and documented accessor: about half the file.
 */
public class TimelineView extends Control {
    /** The narrowest visible range, in days. */
    public static final double MIN_SPAN_DAYS = 7;
    /** The widest visible range ever allowed, in days (20,000 years). */
    public static final double MAX_SPAN_DAYS = 20_000 * HistoricalDate.DAYS_PER_YEAR;
    /** Earliest and latest days the view can show (years -9999 and 9999). */
    static final double FIRST_DAY = HistoricalDate.FIRST_EPOCH_DAY;

    static final double LAST_DAY = HistoricalDate.END_EPOCH_DAY;

    private static final Duration ANIMATION = new Duration(250);

    /** The index handed over with the dataset being set, for the moment it is set. */
    private EventIndex datasetIndex;

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset") {
        @Override
        protected void invalidated() {
            Dataset value = get();
            EventIndex given = datasetIndex;
            datasetIndex = null;
            if (value != null && given != null && given.events() == value.events()) {
                setEvents(given);
            } else {
                setEvents(value == null ? List.of() : value.events());
            }
            fitAll(false);
        }
    };

    private final ObjectProperty<List<Event>> events = new SimpleObjectProperty<>(this, "events", List.of()) {
        @Override
        protected void invalidated() {
            Event selected = getSelectedEvent();
            if (selected != null && eventIndex().positionOf(selected) < 0) {
                setSelectedEvent(null);
            }
        }
    };

    private final ReadOnlyObjectWrapper<TimeRange> visibleRange =
            new ReadOnlyObjectWrapper<>(this, "visibleRange", defaultRange());

    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("has-selection"), get() != null);
            updateAccessibleText();
            followSelectionIntoLane(get());
        }
    };

    private final ObjectProperty<List<Lane>> lanes = new SimpleObjectProperty<>(this, "lanes", List.of()) {
        @Override
        protected void invalidated() {
            String current = getCurrentLane();
            if (current != null && indexOfLane(current) < 0) {
                setCurrentLane(null);
            }
            followSelectionIntoLane(getSelectedEvent());
        }
    };

    private final StringProperty laneHeading = new SimpleStringProperty(this, "laneHeading", "");

    private final ObservableSet<String> collapsedLanes = FXCollections.observableSet(new HashSet<>());

    private final IntegerProperty laneScroll = new SimpleIntegerProperty(this, "laneScroll", 0) {
        @Override
        public void set(int value) {
            super.set(Math.max(0, value));
        }
    };

    private final StringProperty currentLane = new SimpleStringProperty(this, "currentLane");

    /** The lane to bring into view in the next frame, or null. */
    private String revealLane;
    /** While a lane is dragged: the lane index it would go before, else -1. */
    private int laneDropBefore = -1;

    private final ReadOnlyObjectWrapper<Event> hoveredEvent = new ReadOnlyObjectWrapper<>(this, "hoveredEvent");

    private final ObjectProperty<ColorMode> colorMode =
            new SimpleObjectProperty<>(this, "colorMode", ColorMode.CATEGORY);

    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);

    private final BooleanProperty cursorShown = new SimpleBooleanProperty(this, "cursorShown", false);

    private final javafx.beans.property.DoubleProperty cursorDay =
            new javafx.beans.property.SimpleDoubleProperty(this, "cursorDay", Double.NaN) {
                @Override
                public void set(double value) {
                    // A date exists only up to 31 December 9999: a cursor dragged to the view's very end at
                    // 10000-01-01 would name a day no date can be made of.
                    super.set(clampCursor(value));
                }
            };

    private final ObjectProperty<TimelineTexts> texts =
            new SimpleObjectProperty<>(this, "texts", TimelineTexts.ENGLISH);

    private final TimelineRenderer renderer = new TimelineRenderer();
    /** What the frame on screen drew where; hit-testing and geometry ask it. */
    private HitMap hitMap = HitMap.EMPTY;
    /** Colours parsed once per web string: parsing one per event per frame adds up. */
    private final Map<String, Color> parsedColors = new HashMap<>();

    private AnimationTimer animation;
    private Dataset extentDataset;
    private TimeRange extent;
    private List<Event> indexedEvents;
    private EventIndex index;

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        texts.addListener((o, old, now) -> updateAccessibleText());
        updateAccessibleText();
    }

    /** What a screen reader says of the view, in the words of its texts. */
    private void updateAccessibleText() {
        Event event = getSelectedEvent();
        TimelineTexts words = getTexts();
        setAccessibleText(event == null ? words.accessibleName() : words.accessibleSelected(event));
        setAccessibleHelp(words.accessibleHelp());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TimelineView.class.getResource("timeline-view.css"))
                .toExternalForm();
    }

    // ------------------------------------------------------------------ properties

    /** The dataset: eras, colours and the full extent. Setting it shows all its events and fits them. */
    public final ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    public final Dataset getDataset() {
        return dataset.get();
    }

    public final void setDataset(Dataset value) {
        dataset.set(value);
    }

    /**
     * Shows a dataset with the index of all its events, built beforehand off the JavaFX thread: the view then draws
     * from it instead of indexing a million events again on the FX thread.
     *
     * @param all the index of {@code value.events()}, the same list
     */
    public final void setDataset(Dataset value, EventIndex all) {
        datasetIndex = all;
        dataset.set(value);
        datasetIndex = null;
    }

    /** The events shown, sorted by start; a subset of the dataset's when filters apply. Never null. */
    public final ObjectProperty<List<Event>> eventsProperty() {
        return events;
    }

    public final List<Event> getEvents() {
        return events.get() == null ? List.of() : events.get();
    }

    public final void setEvents(List<Event> value) {
        events.set(value == null ? List.of() : value);
    }

    /**
     * Shows the events of an index (for example a filtered subset of the dataset's index), reusing it for drawing
     * instead of indexing the events again.
     */
    public final void setEvents(EventIndex shown) {
        indexedEvents = shown.events();
        index = shown;
        setEvents(shown.events());
    }

    /**
     * The time shown, in epoch days. Read-only: {@link #setVisibleRange} clamps every change to a span between a week
     * and {@link #maxSpanDays()} within years -9999 to 9999, which a binding could not.
     */
    public final ReadOnlyObjectProperty<TimeRange> visibleRangeProperty() {
        return visibleRange.getReadOnlyProperty();
    }

    public final TimeRange getVisibleRange() {
        return visibleRange.get();
    }

    /** Shows a range, clamped to a span between a week and {@link #maxSpanDays()} within years -9999 to 9999. */
    public final void setVisibleRange(TimeRange value) {
        visibleRange.set(clamp(Objects.requireNonNull(value, "visibleRange")));
    }

    /** The selected event, or null. Cleared when the event stops being shown. */
    public final ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    public final Event getSelectedEvent() {
        return selectedEvent.get();
    }

    public final void setSelectedEvent(Event value) {
        selectedEvent.set(value);
    }

    /** The event under the mouse pointer, or null. */
    public final ReadOnlyObjectProperty<Event> hoveredEventProperty() {
        return hoveredEvent.getReadOnlyProperty();
    }

    public final Event getHoveredEvent() {
        return hoveredEvent.get();
    }

    final void setHoveredEvent(Event value) {
        hoveredEvent.set(value);
    }

    /** Whether the time cursor, a vertical line the user can drag, is drawn across the timeline. */
    public final BooleanProperty cursorShownProperty() {
        return cursorShown;
    }

    public final boolean isCursorShown() {
        return cursorShown.get();
    }

    public final void setCursorShown(boolean value) {
        cursorShown.set(value);
    }

    /**
     * The time cursor's date, in epoch days; NaN (the default) while it sits at the centre of the view, following
     * it. Dragging the cursor sets it.
     */
    public final javafx.beans.property.DoubleProperty cursorDayProperty() {
        return cursorDay;
    }

    public final double getCursorDay() {
        return cursorDay.get();
    }

    public final void setCursorDay(double value) {
        cursorDay.set(value);
    }

    /**
     * Where the time cursor is, in epoch days: its own date, or the centre of the view while it follows it; always a
     * day some date can mean (from -9999-01-01 to 9999-12-31).
     */
    public final double effectiveCursorDay() {
        double day = cursorDay.get();
        return Double.isNaN(day) ? clampCursor(getVisibleRange().center()) : day;
    }

    /** A day kept within the days dates can mean; NaN stays NaN (the cursor follows the view). */
    static double clampCursor(double day) {
        if (Double.isNaN(day)) {
            return day;
        }
        return Math.max(FIRST_DAY, Math.min(LAST_DAY - 1, day));
    }

    /** Whether events are coloured by category (the default) or by their first country. */
    public final ObjectProperty<ColorMode> colorModeProperty() {
        return colorMode;
    }

    public final ColorMode getColorMode() {
        return colorMode.get();
    }

    public final void setColorMode(ColorMode value) {
        colorMode.set(value == null ? ColorMode.CATEGORY : value);
    }

    /** Whether zoom-to changes animate (about 250 ms). */
    public final BooleanProperty animatedProperty() {
        return animated;
    }

    public final boolean isAnimated() {
        return animated.get();
    }

    public final void setAnimated(boolean value) {
        animated.set(value);
    }

    /** The words the view draws that are not data, and how it names events; English by default. */
    public final ObjectProperty<TimelineTexts> textsProperty() {
        return texts;
    }

    public final TimelineTexts getTexts() {
        return texts.get() == null ? TimelineTexts.ENGLISH : texts.get();
    }

    public final void setTexts(TimelineTexts value) {
        texts.set(value);
    }

    // ------------------------------------------------------------------ lanes

    /**
     * The lanes the events are grouped into, top to bottom; empty (the default) shows all events in one band. Each
     * lane has its own events, which should be among the shown events: the overview, the counts and next/previous
     * still go by {@link #getEvents()}.
     */
    public final ObjectProperty<List<Lane>> lanesProperty() {
        return lanes;
    }

    public final List<Lane> getLanes() {
        return lanes.get() == null ? List.of() : lanes.get();
    }

    public final void setLanes(List<Lane> value) {
        lanes.set(value == null ? List.of() : List.copyOf(value));
    }

    /** What the top of the lanes' header column says, such as "Countries"; plain text. */
    public final StringProperty laneHeadingProperty() {
        return laneHeading;
    }

    public final void setLaneHeading(String value) {
        laneHeading.set(value);
    }

    /** The keys of the lanes collapsed to one row; the user folds a lane by clicking its name. */
    public final ObservableSet<String> getCollapsedLanes() {
        return collapsedLanes;
    }

    /** Collapses a lane to one row, or expands it again. */
    public final void toggleLane(String key) {
        if (!collapsedLanes.remove(key)) {
            collapsedLanes.add(key);
        }
    }

    /**
     * The first row of lanes shown, in rows of {@link TimelineMetrics#ROW_HEIGHT} from the top of all lanes: lanes
     * scroll by whole rows when they do not fit. Never negative; a value past the last row shows the last rows.
     */
    public final IntegerProperty laneScrollProperty() {
        return laneScroll;
    }

    public final int getLaneScroll() {
        return laneScroll.get();
    }

    public final void setLaneScroll(int value) {
        laneScroll.set(value);
    }

    /**
     * The key of the lane the user is in: the lane of the event last clicked, or the one Up and Down moved to; null
     * when the timeline is not grouped or no lane was chosen.
     */
    public final StringProperty currentLaneProperty() {
        return currentLane;
    }

    public final String getCurrentLane() {
        return currentLane.get();
    }

    public final void setCurrentLane(String value) {
        currentLane.set(value);
    }

    /**
     * Moves a lane so that it comes before the lane now at {@code beforeIndex} ({@code getLanes().size()} moves it to
     * the end); the lanes property changes to the new order.
     *
     * @throws IllegalArgumentException when no lane has the key or the index is outside 0 to the lane count
     */
    public final void moveLane(String key, int beforeIndex) {
        List<Lane> order = new java.util.ArrayList<>(getLanes());
        int from = indexOfLane(key);
        if (from < 0 || beforeIndex < 0 || beforeIndex > order.size()) {
            throw new IllegalArgumentException("cannot move lane " + key + " before lane " + beforeIndex);
        }
        Lane moved = order.remove(from);
        order.add(beforeIndex > from ? beforeIndex - 1 : beforeIndex, moved);
        setLanes(order);
    }

    /** Scrolls the lanes so that a lane is in view, in the next frame. */
    public final void revealLane(String key) {
        revealLane = key;
        requestLayout();
    }

    /**
     * Moves to the next lane down ({@code direction} 1) or up (-1) that has events, and selects its event nearest in
     * time to the selected one (or to the middle of the view), scrolling to it. Does nothing when not grouped.
     */
    public void selectInNextLane(int direction) {
        List<Lane> all = getLanes();
        if (all.isEmpty()) {
            return;
        }
        int from = indexOfLane(getCurrentLane());
        Event selected = getSelectedEvent();
        double day = selected != null ? selected.startDay() : getVisibleRange().center();
        for (int i = from < 0 ? (direction > 0 ? 0 : all.size() - 1) : from + direction;
                i >= 0 && i < all.size();
                i += direction) {
            Lane lane = all.get(i);
            if (lane.events().size() == 0 || collapsedLanes.contains(lane.key())) {
                continue;
            }
            setCurrentLane(lane.key());
            select(nearest(lane.events(), day));
            revealLane(lane.key());
            return;
        }
    }

    /** The event of an index whose start is nearest a day. */
    private static Event nearest(EventIndex events, double day) {
        int after = Math.min(events.countStartingBefore(day), events.size() - 1);
        int before = Math.max(0, after - 1);
        return Math.abs(events.start(before) - day) <= Math.abs(events.start(after) - day)
                ? events.event(before)
                : events.event(after);
    }

    private int indexOfLane(String key) {
        List<Lane> all = getLanes();
        for (int i = 0; key != null && i < all.size(); i++) {
            if (all.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Keeps the current lane one the selected event is in, so Up and Down start from where it is drawn. */
    private void followSelectionIntoLane(Event event) {
        List<Lane> all = getLanes();
        if (event == null || all.isEmpty()) {
            return;
        }
        int current = indexOfLane(getCurrentLane());
        if (current >= 0 && all.get(current).events().positionOf(event) >= 0) {
            return;
        }
        for (Lane lane : all) {
            if (lane.events().positionOf(event) >= 0) {
                setCurrentLane(lane.key());
                return;
            }
        }
    }

    /** Shows where a dragged lane would go (a lane index, or -1 for nowhere). */
    final void setLaneDropBefore(int value) {
        if (value != laneDropBefore) {
            laneDropBefore = value;
            requestLayout();
        }
    }

    /** Takes note of the scroll a frame was drawn with: the lanes were clamped to their rows or scrolled to a lane. */
    final void laneFrameDrawn(int scroll) {
        revealLane = null;
        if (scroll != laneScroll.get()) {
            laneScroll.set(scroll);
        }
    }

    /** The width of the lanes' header column, in pixels; 0 when the timeline is not grouped. */
    public final double laneHeaderWidth() {
        List<Lane> all = getLanes();
        Font font = labelFont.get();
        // Asked several times a frame (layout, drawing, hit-testing): measured again only for new lanes or a new font.
        if (all != headerWidthLanes || !Objects.equals(font, headerWidthFont)) {
            headerWidth = renderer.laneHeaderWidth(all, font);
            headerWidthLanes = all;
            headerWidthFont = font;
        }
        return headerWidth;
    }

    private List<Lane> headerWidthLanes;
    private Font headerWidthFont;
    private double headerWidth;

    /**
     * Where a lane's name is drawn now, in this control's coordinates: the visible part of its row in the header
     * column. Empty when the lane is scrolled out of view, empty of events or not there.
     */
    public Optional<javafx.geometry.Bounds> laneHeaderBounds(String key) {
        for (HitMap.LaneHit lane : hitMap.lanes().lanes()) {
            if (lane.key().equals(key)) {
                return Optional.of(
                        new javafx.geometry.BoundingBox(0, lane.y0(), laneHeaderWidth(), lane.y1() - lane.y0()));
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ colours

    /** The colour an event is drawn in, following {@link #getColorMode()}. */
    public Color colorOf(Event event) {
        Dataset data = getDataset();
        String web = null;
        if (data != null) {
            if (getColorMode() == ColorMode.COUNTRY) {
                Country country = event.countryCodes().isEmpty()
                        ? null
                        : data.country(event.countryCodes().get(0));
                web = country == null ? null : country.color();
            } else {
                Category category = data.category(event.categoryId());
                web = category == null ? null : category.color();
            }
        }
        return web == null || web.isEmpty() ? getNeutralEventColor() : parsedColors.computeIfAbsent(web, Color::web);
    }

    // ------------------------------------------------------------------ navigation

    /** The widest range allowed for the current dataset, in days. */
    public double maxSpanDays() {
        TimeRange extent = dataExtent();
        if (extent == null) {
            return 200 * HistoricalDate.DAYS_PER_YEAR;
        }
        return Math.min(MAX_SPAN_DAYS, Math.max(extent.span() * 1.5, 10 * HistoricalDate.DAYS_PER_YEAR));
    }

    /** The stretch covered by the dataset's events and eras, or null when there are none. */
    public TimeRange dataExtent() {
        Dataset data = getDataset();
        if (data != extentDataset) {
            extentDataset = data;
            extent = computeExtent(data);
        }
        return extent;
    }

    private static TimeRange computeExtent(Dataset data) {
        if (data == null || (data.events().isEmpty() && data.eras().isEmpty())) {
            return null;
        }
        double first = Double.MAX_VALUE;
        double last = -Double.MAX_VALUE;
        for (Event event : data.events()) {
            first = Math.min(first, event.startDay());
            last = Math.max(last, event.endDayExclusive());
        }
        for (var era : data.eras()) {
            first = Math.min(first, era.startDay());
            last = Math.max(last, era.endDayExclusive());
        }
        return new TimeRange(first, Math.max(last, first + 1));
    }

    /**
     * The shown events indexed for range queries and counts, built on first use after they change. Drawing asks
     * it for only what is visible.
     */
    public EventIndex eventIndex() {
        List<Event> shown = getEvents();
        if (shown != indexedEvents || index == null) {
            index = EventIndex.of(shown);
            indexedEvents = shown;
        }
        return index;
    }

    /** Shows every shown event (or the dataset's extent when none are shown), with a small margin. */
    public void fitAll(boolean animate) {
        EventIndex shown = eventIndex();
        TimeRange extent;
        if (shown.size() > 0) {
            extent = new TimeRange(shown.minStart(), Math.max(shown.maxEnd(), shown.minStart() + 1));
        } else {
            extent = dataExtent();
        }
        if (extent == null) {
            zoomTo(defaultRange(), animate);
            return;
        }
        double margin = Math.max(extent.span() * 0.05, MIN_SPAN_DAYS);
        zoomTo(new TimeRange(extent.startDay() - margin, extent.endDay() + margin), animate);
    }

    /** Zooms by a factor (above 1 zooms out) keeping {@code anchorDay} where it is on screen. */
    public void zoomBy(double factor, double anchorDay) {
        TimeRange range = getVisibleRange();
        double span = clampSpan(range.span() * factor);
        setVisibleRange(range.zoom(span / range.span(), anchorDay));
    }

    /** Moves the view by a number of days (positive shows later times). */
    public void panBy(double days) {
        setVisibleRange(getVisibleRange().shift(days));
    }

    /** Moves to a range, animating when {@code animate} and {@link #isAnimated()} are both true. */
    public void zoomTo(TimeRange target, boolean animate) {
        stopAnimation();
        TimeRange to = clamp(target);
        TimeRange from = getVisibleRange();
        if (!animate || !isAnimated() || getScene() == null || from.equals(to)) {
            setVisibleRange(to);
            return;
        }
        animation = new AnimationTimer() {
            private long startNanos = -1;

            @Override
            public void handle(long now) {
                if (startNanos < 0) {
                    startNanos = now;
                }
                double t = Math.min(1, (now - startNanos) / 1e6 / ANIMATION.millis);
                double eased = 1 - Math.pow(1 - t, 3);
                // Interpolate the span in log space so zooming feels even at every scale.
                double span = Math.exp(Math.log(from.span()) + (Math.log(to.span()) - Math.log(from.span())) * eased);
                double center = from.center() + (to.center() - from.center()) * eased;
                setVisibleRange(new TimeRange(center - span / 2, center + span / 2));
                if (t >= 1) {
                    setVisibleRange(to);
                    stop();
                }
            }
        };
        animation.start();
    }

    /** Stops a running zoom animation where it is. */
    public void stopAnimation() {
        if (animation != null) {
            animation.stop();
            animation = null;
        }
    }

    /** Zooms so the event fills most of the view (a point event gets a few weeks around it). */
    public void zoomToEvent(Event event, boolean animate) {
        double start = event.startDay();
        double end = event.endDayExclusive();
        double span = Math.max(end - start, 30);
        double margin = span * 0.15;
        zoomTo(new TimeRange(start - margin, start + span + margin), animate);
    }

    /** Pans (keeping the zoom) so the event is in view; zooms out if it is wider than the view. */
    public void scrollToEvent(Event event, boolean animate) {
        TimeRange range = getVisibleRange();
        double start = event.startDay();
        double end = event.endDayExclusive();
        // Already in view (its start, and its end or half a screen of it): leave the view alone.
        double margin = range.span() * 0.02;
        if (start >= range.startDay() + margin
                && Math.min(end, start + range.span() * 0.5) <= range.endDay() - margin) {
            return;
        }
        if (end - start > range.span() * 0.8) {
            zoomToEvent(event, animate);
            return;
        }
        double center = (start + Math.min(end, start + range.span() * 0.5)) / 2;
        zoomTo(range.shift(center - range.center()), animate);
    }

    /** Selects the next shown event in time after the selected one (or the first in view) and scrolls to it. */
    public void selectNext() {
        selectNeighbour(1);
    }

    /** Selects the previous shown event in time and scrolls to it. */
    public void selectPrevious() {
        selectNeighbour(-1);
    }

    private void selectNeighbour(int direction) {
        EventIndex shown = eventIndex();
        if (shown.size() == 0) {
            return;
        }
        Event selected = getSelectedEvent();
        int index = selected == null ? -1 : shown.positionOf(selected);
        int next;
        if (index < 0) {
            next = shown.countStartingBefore(getVisibleRange().startDay());
            if (direction < 0) {
                next = Math.max(0, next - 1);
            }
        } else {
            next = Math.max(0, Math.min(shown.size() - 1, index + direction));
        }
        select(shown.event(Math.min(next, shown.size() - 1)));
    }

    /** Selects the first shown event and scrolls to it. */
    public void selectFirst() {
        if (!getEvents().isEmpty()) {
            select(getEvents().get(0));
        }
    }

    /** Selects the last shown event and scrolls to it. */
    public void selectLast() {
        if (!getEvents().isEmpty()) {
            select(getEvents().get(getEvents().size() - 1));
        }
    }

    private void select(Event event) {
        setSelectedEvent(event);
        scrollToEvent(event, true);
    }

    // ------------------------------------------------------------------ drawing, hit-testing and export

    /** The renderer that draws this view: on screen through the skin, and for exports. */
    TimelineRenderer renderer() {
        return renderer;
    }

    /** What the frame on screen drew where. */
    HitMap hitMap() {
        return hitMap;
    }

    void setHitMap(HitMap value) {
        hitMap = Objects.requireNonNull(value, "hitMap");
    }

    /** The view's state as one frame of the given size, in pixels. */
    TimelineFrame frame(double width, double height) {
        return new TimelineFrame(
                getDataset(),
                eventIndex(),
                getVisibleRange(),
                width,
                height,
                getSelectedEvent(),
                getHoveredEvent(),
                this::colorOf,
                TimelineStyle.of(this),
                getTexts(),
                dataExtent(),
                isCursorShown() ? effectiveCursorDay() : Double.NaN,
                laneState());
    }

    private LaneState laneState() {
        List<Lane> all = getLanes();
        if (all.isEmpty()) {
            return LaneState.NONE;
        }
        return new LaneState(
                all,
                laneHeading.get() == null ? "" : laneHeading.get(),
                collapsedLanes,
                laneScroll.get(),
                getCurrentLane(),
                revealLane,
                laneDropBefore,
                laneHeaderWidth());
    }

    /**
     * Where the event is drawn now, in this control's coordinates: the centre of its marker, or of the visible part
     * of its bar. Empty when it is not drawn (outside the view, filtered out or collapsed into a "+N" badge).
     */
    public Optional<Point2D> eventPosition(Event event) {
        Optional<Point2D> inCurrentLane = hitMap.eventPosition(event, getCurrentLane());
        Point2D point = inCurrentLane.or(() -> hitMap.eventPosition(event)).orElse(null);
        // The hit map is in the time area's pixels; the lanes' header column is to its left.
        return Optional.ofNullable(point).map(p -> p.add(laneHeaderWidth(), 0));
    }

    /** Where an event is drawn now in a lane, in this control's coordinates; empty when it is not drawn there. */
    public Optional<Point2D> eventPosition(Event event, String lane) {
        return hitMap.eventPosition(event, lane).map(p -> p.add(laneHeaderWidth(), 0));
    }

    /** The event drawn at a point in this control's coordinates, or null. */
    public Event eventAt(double x, double y) {
        return hitMap.eventAt(x - laneHeaderWidth(), y);
    }

    /** The current time-to-pixel mapping of the main band, or null before the first frame is drawn. */
    public TimeScale timeScale() {
        return hitMap.scale();
    }

    /**
     * Writes exactly what the view shows (range, events, theme colours, selection) as SVG, at the view's size: shapes
     * as shapes, text as text. What is on screen, and what a click hits, stay as they were.
     *
     * @throws IllegalStateException when the view has no size yet, or the SVG cannot be written
     */
    /** Draws what the view shows, at its size, overview included, onto any painter (a picture with a map, say). */
    public void drawExport(Painter painter) {
        renderer.drawAll(exportFrame(), painter);
    }

    public void exportSvg(OutputStream out) {
        TimelineFrame frame = exportFrame();
        try {
            SvgPainter svg = new SvgPainter(out, frame.totalWidth(), frame.height());
            renderer.drawAll(frame, svg);
            svg.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG: " + e.getMessage(), e);
        }
    }

    /**
     * What the view shows, drawn again at a scale (1 for screen pixels, 2 for a sharp double-size image), at the
     * view's size. What is on screen, and what a click hits, stay as they were.
     *
     * @throws IllegalStateException when the view has no size yet
     * @throws IllegalArgumentException when the scale is not above 0 and at most 4
     */
    public WritableImage exportImage(double scale) {
        if (!(scale > 0 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be above 0 and at most 4: " + scale);
        }
        TimelineFrame frame = exportFrame();
        return FxPainter.image(frame.totalWidth(), frame.height(), scale, painter -> renderer.drawAll(frame, painter));
    }

    private TimelineFrame exportFrame() {
        if (!(getWidth() > 0 && getHeight() > 0)) {
            throw new IllegalStateException("the timeline has no size yet: show it or lay it out first");
        }
        return frame(Math.max(1, getWidth() - laneHeaderWidth()), getHeight());
    }

    // ------------------------------------------------------------------ clamping

    private TimeRange clamp(TimeRange range) {
        double span = clampSpan(range.span());
        double center = range.center();
        double start = center - span / 2;
        double end = center + span / 2;
        if (start < FIRST_DAY) {
            end += FIRST_DAY - start;
            start = FIRST_DAY;
        }
        if (end > LAST_DAY) {
            start -= end - LAST_DAY;
            end = LAST_DAY;
        }
        return new TimeRange(start, end);
    }

    private double clampSpan(double span) {
        return Math.max(MIN_SPAN_DAYS, Math.min(maxSpanDays(), span));
    }

    private static TimeRange defaultRange() {
        double start = java.time.LocalDate.of(1900, 1, 1).toEpochDay();
        double end = java.time.LocalDate.of(2030, 1, 1).toEpochDay();
        return new TimeRange(start, end);
    }

    private record Duration(double millis) {}

    // ------------------------------------------------------------------ CSS

    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final StyleableObjectProperty<Paint> backgroundFill =
            (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(
                    this, "backgroundFill", "-tl-background", s -> s.backgroundFill, Color.WHITE);
    private final StyleableObjectProperty<Paint> textFill = (StyleableObjectProperty<Paint>)
            CSS.createStyleablePaintProperty(this, "textFill", "-tl-text-fill", s -> s.textFill, Color.web("#24292f"));
    private final StyleableObjectProperty<Paint> mutedTextFill =
            (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(
                    this, "mutedTextFill", "-tl-muted-text-fill", s -> s.mutedTextFill, Color.web("#57606a"));
    private final StyleableObjectProperty<Paint> gridStroke =
            (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(
                    this, "gridStroke", "-tl-grid-stroke", s -> s.gridStroke, Color.web("#eaeef2"));
    private final StyleableObjectProperty<Paint> majorGridStroke =
            (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(
                    this, "majorGridStroke", "-tl-major-grid-stroke", s -> s.majorGridStroke, Color.web("#d0d7de"));
    private final StyleableObjectProperty<Paint> axisFill = (StyleableObjectProperty<Paint>)
            CSS.createStyleablePaintProperty(this, "axisFill", "-tl-axis-fill", s -> s.axisFill, Color.web("#f6f8fa"));
    private final StyleableObjectProperty<Paint> eraFill =
            (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(
                    this, "eraFill", "-tl-era-fill", s -> s.eraFill, Color.web("#0969da", 0.06));
    private final StyleableObjectProperty<Paint> eraTextFill =
            (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(
                    this, "eraTextFill", "-tl-era-text-fill", s -> s.eraTextFill, Color.web("#0969da", 0.75));
    private final StyleableObjectProperty<Paint> selectionStroke =
            (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(
                    this, "selectionStroke", "-tl-selection-stroke", s -> s.selectionStroke, Color.web("#0969da"));
    private final StyleableObjectProperty<Paint> badgeFill =
            (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(
                    this, "badgeFill", "-tl-badge-fill", s -> s.badgeFill, Color.web("#6e7781"));
    private final StyleableObjectProperty<Paint> badgeTextFill =
            (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(
                    this, "badgeTextFill", "-tl-badge-text-fill", s -> s.badgeTextFill, Color.WHITE);
    private final StyleableObjectProperty<Paint> overviewFill =
            (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(
                    this, "overviewFill", "-tl-overview-fill", s -> s.overviewFill, Color.web("#8c959f"));
    private final StyleableObjectProperty<Paint> overviewWindowFill =
            (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(
                    this,
                    "overviewWindowFill",
                    "-tl-overview-window-fill",
                    s -> s.overviewWindowFill,
                    Color.web("#0969da", 0.15));
    private final StyleableObjectProperty<Paint> neutralEventFill =
            (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(
                    this, "neutralEventFill", "-tl-neutral-event-fill", s -> s.neutralEventFill, Color.web("#6e7781"));
    private final StyleableObjectProperty<Font> labelFont = (StyleableObjectProperty<Font>)
            CSS.createStyleableFontProperty(this, "labelFont", "-tl-label-font", s -> s.labelFont, Font.font(12));

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** Background of the bands ({@code -tl-background}). */
    public final StyleableObjectProperty<Paint> backgroundFillProperty() {
        return backgroundFill;
    }

    /** Event labels and major axis labels ({@code -tl-text-fill}). */
    public final StyleableObjectProperty<Paint> textFillProperty() {
        return textFill;
    }

    /** Minor axis labels and secondary text ({@code -tl-muted-text-fill}). */
    public final StyleableObjectProperty<Paint> mutedTextFillProperty() {
        return mutedTextFill;
    }

    /** Minor grid lines ({@code -tl-grid-stroke}). */
    public final StyleableObjectProperty<Paint> gridStrokeProperty() {
        return gridStroke;
    }

    /** Major grid lines ({@code -tl-major-grid-stroke}). */
    public final StyleableObjectProperty<Paint> majorGridStrokeProperty() {
        return majorGridStroke;
    }

    /** The axis strip ({@code -tl-axis-fill}). */
    public final StyleableObjectProperty<Paint> axisFillProperty() {
        return axisFill;
    }

    /** Era bands ({@code -tl-era-fill}). */
    public final StyleableObjectProperty<Paint> eraFillProperty() {
        return eraFill;
    }

    /** Era names ({@code -tl-era-text-fill}). */
    public final StyleableObjectProperty<Paint> eraTextFillProperty() {
        return eraTextFill;
    }

    /** The selection outline ({@code -tl-selection-stroke}). */
    public final StyleableObjectProperty<Paint> selectionStrokeProperty() {
        return selectionStroke;
    }

    /** "+N" badges ({@code -tl-badge-fill}). */
    public final StyleableObjectProperty<Paint> badgeFillProperty() {
        return badgeFill;
    }

    /** Text on "+N" badges ({@code -tl-badge-text-fill}). */
    public final StyleableObjectProperty<Paint> badgeTextFillProperty() {
        return badgeTextFill;
    }

    /** The density bars of the overview strip ({@code -tl-overview-fill}). */
    public final StyleableObjectProperty<Paint> overviewFillProperty() {
        return overviewFill;
    }

    /** The visible-range window in the overview strip ({@code -tl-overview-window-fill}). */
    public final StyleableObjectProperty<Paint> overviewWindowFillProperty() {
        return overviewWindowFill;
    }

    /** Events without a category or country colour ({@code -tl-neutral-event-fill}). */
    public final StyleableObjectProperty<Paint> neutralEventFillProperty() {
        return neutralEventFill;
    }

    private Color getNeutralEventColor() {
        return neutralEventFill.get() instanceof Color c ? c : Color.GRAY;
    }

    /** The font of labels ({@code -tl-label-font}); axis labels use it too. */
    public final StyleableObjectProperty<Font> labelFontProperty() {
        return labelFont;
    }

    // ------------------------------------------------------------------ editing by dragging

    private final ObjectProperty<java.util.function.Consumer<EventDrag>> onEventDrag =
            new javafx.beans.property.SimpleObjectProperty<>(this, "onEventDrag");

    /**
     * Told of events dragged on the main band (see {@link EventDrag}); null, the default, leaves events where they
     * are and a drag on one pans the view as a drag elsewhere does.
     */
    public final ObjectProperty<java.util.function.Consumer<EventDrag>> onEventDragProperty() {
        return onEventDrag;
    }

    public final java.util.function.Consumer<EventDrag> getOnEventDrag() {
        return onEventDrag.get();
    }

    public final void setOnEventDrag(java.util.function.Consumer<EventDrag> value) {
        onEventDrag.set(value);
    }
}
