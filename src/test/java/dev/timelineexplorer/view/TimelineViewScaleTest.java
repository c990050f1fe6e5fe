package dev.timelineexplorer.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.testing.FxTestBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.geometry.Point2D;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Many events: density where rows cannot hold them, single events once zoomed in. */
class TimelineViewScaleTest extends FxTestBase {
    private static final long FIRST = LocalDate.of(1990, 1, 1).toEpochDay();
    private TimelineView view;
    private List<Event> events;

    @Start
    void start(Stage stage) {
        Random random = new Random(3);
        long[] days = new long[30_000];
        for (int i = 0; i < days.length; i++) {
            days[i] = FIRST + random.nextInt(3650);
        }
        java.util.Arrays.sort(days);
        events = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            events.add(new Event(
                    "e" + i,
                    "Event " + i,
                    HistoricalDate.ofEpochDay(days[i]),
                    null,
                    List.of(),
                    null,
                    "",
                    "",
                    List.of(),
                    List.of(),
                    null));
        }
        view = new TimelineView();
        view.setAnimated(false);
        view.setDataset(new Dataset("Many", "", List.of(), List.of(), List.of(), events));
        show(stage, new StackPane(view), 1000, 520);
    }

    @Test
    void givenThirtyThousandEvents_whenFitted_thenDensityIsDrawnInsteadOfSingleEvents() {
        assertThat(invoke(() -> view.eventPosition(events.get(15_000)))).isEmpty();
        assertThat(invoke(() -> view.eventAt(500, 200))).isNull();
        // What is drawn instead: a row of "+N" badges, one per time column, standing for every event in view.
        double badgeY = TimelineMetrics.AXIS_HEIGHT + 4 + TimelineMetrics.ROW_HEIGHT / 2 + 2;
        List<TimeRange> badges = invoke(() -> {
            List<TimeRange> found = new ArrayList<>();
            for (double x = 0; x < view.getWidth(); x += TimelineMetrics.BADGE_COLUMN_PX / 4) {
                view.hitMap().badgeAt(x, badgeY).filter(r -> !found.contains(r)).ifPresent(found::add);
            }
            return found;
        });
        assertThat(badges).hasSizeGreaterThan(5);
        assertThat(badges.get(0).startDay())
                .isLessThanOrEqualTo((double) events.get(0).startDay());
    }

    @Test
    void givenADensityView_whenZoomedToAWeek_thenTheEventsThereAreDrawnOneByOne() {
        Event middle = events.get(15_000);
        WaitForAsyncUtils.asyncFx(
                () -> view.setVisibleRange(new TimeRange(middle.startDay() - 3, middle.startDay() + 4)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(invoke(() -> view.eventPosition(middle))).isPresent();
        Point2D where = invoke(() -> view.eventPosition(middle)).orElseThrow();
        assertThat(view.eventAt(where.getX(), where.getY())).isEqualTo(middle);
    }

    @Test
    void givenADensityView_whenABadgeIsClicked_thenTheViewZoomsIn(FxRobot robot) {
        TimeRange before = view.getVisibleRange();
        double badgeY = TimelineMetrics.AXIS_HEIGHT + 4 + TimelineMetrics.ROW_HEIGHT / 2 + 2;

        robot.clickOn(view.localToScreen(500, badgeY));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.getVisibleRange().span()).isLessThan(before.span() / 5);
    }

    @Test
    void givenAFixedZoom_whenPanning_thenAnEventKeepsItsRow() {
        Event middle = events.get(15_000);
        double day = middle.startDay();
        WaitForAsyncUtils.asyncFx(() -> view.setVisibleRange(new TimeRange(day - 10, day + 10)));
        WaitForAsyncUtils.waitForFxEvents();
        double y = invoke(() -> view.eventPosition(middle)).orElseThrow().getY();

        WaitForAsyncUtils.asyncFx(() -> view.panBy(3));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(invoke(() -> view.eventPosition(middle)).orElseThrow().getY())
                .isEqualTo(y);
    }

    @Test
    void givenCompactCounts_whenFormatted_thenShort() {
        assertThat(EventRenderer.compactCount(999)).isEqualTo("999");
        assertThat(EventRenderer.compactCount(1234)).isEqualTo("1.2k");
        assertThat(EventRenderer.compactCount(45_600)).isEqualTo("45k");
        assertThat(EventRenderer.compactCount(1_250_000)).isEqualTo("1.3M");
    }
}
