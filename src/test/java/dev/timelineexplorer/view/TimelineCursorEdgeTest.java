package dev.timelineexplorer.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.testing.FxTestBase;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

/** The time cursor at the ends of time: a view may end at 10000-01-01, a day no date can name. */
class TimelineCursorEdgeTest extends FxTestBase {
    @Test
    void givenAViewEndingAtTheLastDay_whenTheCursorIsDraggedToItsEdge_thenItStopsOnTheLastDateAndDrawingWorks() {
        TimelineView view = invoke(() -> {
            TimelineView v = new TimelineView();
            new Scene(new StackPane(v), 800, 300);
            v.setCursorShown(true);
            v.setVisibleRange(new TimeRange(HistoricalDate.END_EPOCH_DAY - 4000, HistoricalDate.END_EPOCH_DAY));
            return v;
        });

        runFx(() -> view.setCursorDay(HistoricalDate.END_EPOCH_DAY + 0.5));
        double day = invoke(view::getCursorDay);
        runFx(() -> {
            view.applyCss();
            view.layout();
        });

        assertThat(day).isEqualTo(HistoricalDate.END_EPOCH_DAY - 1);
        assertThat(HistoricalDate.ofEpochDay((long) Math.floor(day)).toIsoString())
                .isEqualTo("9999-12-31");
        runFx(() -> view.setCursorDay(HistoricalDate.FIRST_EPOCH_DAY - 10));
        assertThat(invoke(view::getCursorDay)).isEqualTo((double) HistoricalDate.FIRST_EPOCH_DAY);
        runFx(() -> view.setCursorDay(Double.NaN));
        assertThat(invoke(view::effectiveCursorDay))
                .as("the view's centre, within the last date")
                .isLessThan(HistoricalDate.END_EPOCH_DAY);
    }

    @Test
    void givenADatasetWithItsIndexBuiltBeforehand_whenShown_thenTheViewDrawsFromThatIndex() {
        dev.timelineexplorer.model.Dataset dataset =
                dev.timelineexplorer.io.BundledDataset.load().dataset();
        dev.timelineexplorer.index.DatasetIndexes indexes = dev.timelineexplorer.index.DatasetIndexes.of(dataset);

        TimelineView view = invoke(() -> {
            TimelineView v = new TimelineView();
            new Scene(new StackPane(v), 800, 300);
            v.setDataset(dataset, indexes.events());
            v.applyCss();
            v.layout();
            return v;
        });

        assertThat(invoke(view::eventIndex))
                .as("the index built off the FX thread, not a second one")
                .isSameAs(indexes.events());
    }
}
