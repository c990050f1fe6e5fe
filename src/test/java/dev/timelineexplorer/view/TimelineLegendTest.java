package dev.timelineexplorer.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.io.BundledDataset;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.testing.FxTestBase;
import java.util.AbstractList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The legend finds the categories of the shown events off the JavaFX thread, and shows them. */
class TimelineLegendTest extends FxTestBase {
    @Test
    void givenShownEvents_whenTheLegendRefreshes_thenTheyAreLookedThroughOffTheFxThreadAndTheCategoriesShow()
            throws Exception {
        Dataset dataset = BundledDataset.load().dataset();
        Set<Boolean> readOnFxThread = ConcurrentHashMap.newKeySet();
        List<Event> watched = new AbstractList<>() {
            @Override
            public Event get(int index) {
                readOnFxThread.add(Platform.isFxApplicationThread());
                return dataset.events().get(index);
            }

            @Override
            public int size() {
                return dataset.events().size();
            }
        };
        TimelineView view = invoke(TimelineView::new);
        TimelineLegend legend = invoke(() -> new TimelineLegend(view));

        runFx(() -> {
            view.setDataset(dataset);
            view.setEvents(watched);
        });
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> invoke(() -> legend.getChildren().size()) > 1);

        assertThat(readOnFxThread).containsExactly(false);
        assertThat(invoke(() -> legend.getChildren().stream()
                        .filter(node -> node.getStyleClass().contains("legend-entry"))
                        .map(node -> ((Label) node).getText())
                        .toList()))
                .contains("War and armed clashes", "Diplomatic relations");
    }
}
