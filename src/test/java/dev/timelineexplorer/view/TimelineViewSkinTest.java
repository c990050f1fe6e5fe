package dev.timelineexplorer.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.io.BundledDataset;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.testing.FxTestBase;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The skin's life cycle, and the path of theme colours from CSS to the canvas. */
class TimelineViewSkinTest extends FxTestBase {
    private static final Dataset DATASET = BundledDataset.load().dataset();

    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setAnimated(false);
        view.setDataset(DATASET);
        show(stage, new StackPane(view), 900, 480);
    }

    @Test
    void givenASkinReplacedByANewOne_whenPlusIsPressed_thenTheViewZoomsOnceAndTheOldCanvasesAreGone(FxRobot robot) {
        // Given
        TimelineViewSkin old = invoke(() -> (TimelineViewSkin) view.getSkin());
        runFx(() -> view.setSkin(new TimelineViewSkin(view)));
        layout(view.getScene().getRoot());
        TimeRange before = invoke(view::getVisibleRange);

        // When
        runFx(view::requestFocus);
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();

        // Then: one zoom in by 1.5, not two (the old skin's handler is gone)
        assertThat(invoke(view::getVisibleRange).span())
                .isCloseTo(before.span() / 1.5, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(old.getSkinnable()).isNull();
        long canvases = invoke(() -> view.getChildrenUnmodifiable().stream()
                .filter(Canvas.class::isInstance)
                .count());
        // The new skin's own: the lanes' header column, the main band, the overview and its window; one scroll bar.
        assertThat(canvases).isEqualTo(4);
        long scrollBars = invoke(() -> view.getChildrenUnmodifiable().stream()
                .filter(javafx.scene.control.ScrollBar.class::isInstance)
                .count());
        assertThat(scrollBars).isEqualTo(1);
    }

    @Test
    void givenTheSkinDisposed_whenTheControlIsAskedWhatIsDrawn_thenNothingIs() {
        // Given
        Event war = DATASET.event("korean-war");
        assertThat(invoke(() -> view.eventPosition(war))).isPresent();

        // When
        runFx(() -> view.getSkin().dispose());

        // Then
        assertThat(invoke(() -> view.eventPosition(war))).isEmpty();
        assertThat(invoke(() -> view.eventAt(100, 100))).isNull();
    }

    @Test
    void givenAThemeColourSetInCss_whenDrawn_thenTheCanvasShowsIt() {
        // Given: colours the stylesheet sets through the looked-up colours, on a dataset without eras
        Event one = DATASET.event("korean-war");
        runFx(() -> {
            view.setDataset(new Dataset("One", "", List.of(), List.of(), List.of(), List.of(one)));
            view.setStyle("-tl-background: #123456; -tl-axis-fill: #654321;");
        });
        layout(view.getScene().getRoot());

        // When
        WritableImage image = invoke(() -> view.snapshot(new SnapshotParameters(), null));

        // Then: the axis strip and the band below the event are in the theme's colours (but for grid lines)
        assertThat(share(image, 5, Color.web("#654321"))).isGreaterThan(0.9);
        int lowInBand = (int) (image.getHeight() - TimelineMetrics.OVERVIEW_HEIGHT - 4);
        assertThat(share(image, lowInBand, Color.web("#123456"))).isGreaterThan(0.9);
    }

    /** The share of a row's pixels in a colour. */
    private static double share(WritableImage image, int y, Color color) {
        int same = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            if (image.getPixelReader().getColor(x, y).equals(color)) {
                same++;
            }
        }
        return same / image.getWidth();
    }
}
