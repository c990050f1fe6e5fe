package dev.timelineexplorer.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.timelineexplorer.io.BundledDataset;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.testing.FxTestBase;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class TimelineViewTest extends FxTestBase {
    private static final Dataset DATASET = BundledDataset.load().dataset();

    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setAnimated(false);
        view.setDataset(DATASET);
        show(stage, new StackPane(view), 1000, 520);
    }

    private Point2D onScreen(double x, double y) {
        return view.localToScreen(x, y);
    }

    private Event event(String id) {
        return DATASET.event(id);
    }

    /** A point on the axis strip: part of the main band where no event is drawn. */
    private double axisY() {
        return 20;
    }

    @Test
    void givenANewDataset_whenShown_thenAllEventsFitInTheView() {
        TimeRange range = view.getVisibleRange();

        for (Event event : DATASET.events()) {
            assertThat((double) event.startDay()).isBetween(range.startDay(), range.endDay());
            assertThat((double) event.endDayExclusive()).isBetween(range.startDay(), range.endDay());
        }
    }

    @Test
    void givenThePointerAtX_whenTheWheelZoomsIn_thenTheDateAtXStaysAtX(FxRobot robot) {
        double x = 610;
        double dayAtX = invoke(view::timeScale).toDay(x);
        double spanBefore = view.getVisibleRange().span();

        robot.moveTo(onScreen(x, 200));
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.getVisibleRange().span()).isNotEqualTo(spanBefore);
        assertThat(invoke(view::timeScale).toX(dayAtX)).isCloseTo(x, within(1.0));
    }

    @Test
    void givenEmptySpace_whenDraggedByDPixels_thenTheRangeMovesByExactlyDPixelsOfTime(FxRobot robot) {
        TimeScale before = invoke(view::timeScale);
        double d = 137;

        robot.moveTo(onScreen(300, axisY()));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(onScreen(300 + d / 2, axisY()));
        robot.moveTo(onScreen(300 + d, axisY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        TimeRange after = view.getVisibleRange();
        assertThat(after.startDay()).isCloseTo(before.startDay() - before.daysFor(d), within(before.daysFor(0.01)));
        assertThat(after.span()).isCloseTo(before.spanDays(), within(1e-6));
    }

    @Test
    void givenTheKoreanWar_whenClickedWhereItIsDrawn_thenItIsSelected(FxRobot robot) {
        Event war = event("korean-war");
        // Where its red bar is on screen, found from the time scale and the pixels, not from the hit map under test.
        Point2D where = invoke(() -> dev.timelineexplorer.testing.DrawnEvents.locate(view, DATASET, war))
                .orElseThrow();

        robot.clickOn(onScreen(where.getX(), where.getY()));

        assertThat(view.getSelectedEvent()).isEqualTo(war);
        assertThat(view.getAccessibleText()).contains("Korean War");
    }

    @Test
    void givenASelection_whenEmptySpaceIsClickedOrEscapePressed_thenItClears(FxRobot robot) {
        Event war = event("korean-war");
        Point2D where = invoke(() -> view.eventPosition(war)).orElseThrow();
        robot.clickOn(onScreen(where.getX(), where.getY()));

        robot.clickOn(onScreen(500, axisY()));
        assertThat(view.getSelectedEvent()).isNull();

        robot.clickOn(onScreen(where.getX(), where.getY()));
        robot.type(KeyCode.ESCAPE);
        assertThat(view.getSelectedEvent()).isNull();
    }

    @Test
    void givenAnEvent_whenDoubleClicked_thenTheViewZoomsToIt(FxRobot robot) {
        Event war = event("korean-war");
        Point2D where = invoke(() -> view.eventPosition(war)).orElseThrow();

        robot.doubleClickOn(onScreen(where.getX(), where.getY()));
        WaitForAsyncUtils.waitForFxEvents();

        TimeRange range = view.getVisibleRange();
        double span = war.endDayExclusive() - war.startDay();
        assertThat(range.startDay()).isLessThanOrEqualTo((double) war.startDay());
        assertThat(range.endDay()).isGreaterThanOrEqualTo((double) war.endDayExclusive());
        assertThat(range.span()).isLessThan(span * 1.5);
    }

    @Test
    void givenFocus_whenTabIsPressedRepeatedly_thenEventsAreVisitedInTimeOrder(FxRobot robot) {
        robot.clickOn(onScreen(500, axisY()));
        robot.type(KeyCode.HOME);
        List<Event> visited = new ArrayList<>();
        visited.add(view.getSelectedEvent());

        for (int i = 0; i < 12; i++) {
            robot.type(KeyCode.TAB);
            visited.add(view.getSelectedEvent());
        }

        assertThat(visited).containsExactlyElementsOf(DATASET.events().subList(0, 13));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(view.getSelectedEvent()).isEqualTo(DATASET.events().get(11));
        assertThat(invoke(() -> view.eventPosition(view.getSelectedEvent()))).isPresent();
    }

    @Test
    void givenFocus_whenPlusMinusArrowsAndZeroArePressed_thenTheViewZoomsPansAndFits(FxRobot robot) {
        robot.clickOn(onScreen(500, axisY()));
        TimeRange fitted = view.getVisibleRange();

        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleRange().span()).isCloseTo(fitted.span() / 1.5, within(1.0));

        TimeRange zoomed = view.getVisibleRange();
        robot.type(KeyCode.RIGHT);
        assertThat(view.getVisibleRange().startDay()).isCloseTo(zoomed.startDay() + zoomed.span() * 0.1, within(1.0));

        robot.type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleRange().span()).isCloseTo(fitted.span(), within(1.0));
    }

    @Test
    void givenTheOverview_whenItsWindowIsDragged_thenTheMainViewPans(FxRobot robot) {
        robot.interact(() -> view.setVisibleRange(new TimeRange(
                java.time.LocalDate.of(1960, 1, 1).toEpochDay(),
                java.time.LocalDate.of(1970, 1, 1).toEpochDay())));
        TimeRange before = view.getVisibleRange();
        double overviewY = view.getHeight() - TimelineMetrics.OVERVIEW_HEIGHT / 2;
        TimeRange extent = view.dataExtent();
        double margin = extent.span() * 0.03 + 1;
        TimeScale overview = new TimeScale(extent.startDay() - margin, extent.endDay() + margin, view.getWidth());
        double windowCenter = overview.toX(before.center());

        robot.moveTo(onScreen(windowCenter, overviewY));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(onScreen(windowCenter + 20, overviewY));
        robot.moveTo(onScreen(windowCenter + 40, overviewY));
        robot.release(MouseButton.PRIMARY);

        assertThat(view.getVisibleRange().startDay())
                .isCloseTo(before.startDay() + overview.daysFor(40), within(overview.daysFor(0.5)));
        assertThat(view.getVisibleRange().span()).isCloseTo(before.span(), within(1e-6));
    }

    @Test
    void givenAZoomedInView_whenSetBeyondTheLimits_thenTheSpanIsClamped() {
        WaitForAsyncUtils.asyncFx(() -> view.setVisibleRange(new TimeRange(0, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleRange().span()).isEqualTo(TimelineView.MIN_SPAN_DAYS);

        WaitForAsyncUtils.asyncFx(() -> view.setVisibleRange(new TimeRange(-1e9, 1e9)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getVisibleRange().span()).isEqualTo(view.maxSpanDays());
    }

    @Test
    void givenHiddenEvents_whenTheSelectedOneIsFilteredOut_thenTheSelectionClears() {
        Event war = event("korean-war");
        WaitForAsyncUtils.asyncFx(() -> view.setSelectedEvent(war));
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.asyncFx(() ->
                view.setEvents(DATASET.events().stream().filter(e -> e != war).toList()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.getSelectedEvent()).isNull();
        assertThat(invoke(() -> view.eventPosition(war))).isEmpty();
    }
}
