package dev.timelineexplorer.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.index.Grouping;
import dev.timelineexplorer.index.LaneAssignment;
import dev.timelineexplorer.io.BundledDataset;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.testing.DrawnEvents;
import dev.timelineexplorer.testing.FxTestBase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class TimelineViewLanesTest extends FxTestBase {
    private static final Dataset DATASET = BundledDataset.load().dataset();

    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setAnimated(false);
        view.setDataset(DATASET);
        view.setLanes(countryLanes(List.of("KP", "CN", "JP")));
        view.setLaneHeading("Countries");
        show(stage, new StackPane(view), 1000, 560);
    }

    private static List<Lane> countryLanes(List<String> codes) {
        List<EventIndex> indexes =
                LaneAssignment.assign(EventIndex.of(DATASET.events()), codes, DATASET, Grouping.COUNTRY);
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Country country = DATASET.country(codes.get(i));
            lanes.add(new Lane(codes.get(i), country.name().in("en"), Color.web(country.color()), indexes.get(i)));
        }
        return lanes;
    }

    private Point2D onScreen(double x, double y) {
        return view.localToScreen(x, y);
    }

    private Bounds header(String key) {
        return invoke(() -> view.laneHeaderBounds(key)).orElseThrow();
    }

    /** Where a bar event is drawn within a lane's rows, found from the time scale and the pixels, not the hit map. */
    private Optional<Point2D> drawnInLane(Event event, String lane) {
        Bounds rows = header(lane);
        return invoke(() -> DrawnEvents.locate(view, DATASET, event, rows.getMinY(), rows.getMaxY()));
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed())
                        + Math.abs(a.getGreen() - b.getGreen())
                        + Math.abs(a.getBlue() - b.getBlue())
                < 0.12;
    }

    /** Whether the selection colour is drawn just above a point (the outline around a selected bar). */
    private boolean outlinedAbove(Point2D point) {
        return invoke(() -> {
            Color selection = (Color) view.selectionStrokeProperty().get();
            PixelReader pixels = view.snapshot(null, null).getPixelReader();
            for (int dy = 3; dy <= 12; dy++) {
                if (close(pixels.getColor((int) point.getX(), (int) point.getY() - dy), selection)) {
                    return true;
                }
            }
            return false;
        });
    }

    @Test
    void givenCountryLanes_whenDrawn_thenEachLaneNameIsInTheHeaderColumnInOrder() {
        Bounds northKorea = header("KP");
        Bounds china = header("CN");
        Bounds japan = header("JP");

        assertThat(northKorea.getMaxY()).isLessThanOrEqualTo(china.getMinY());
        assertThat(china.getMaxY()).isLessThanOrEqualTo(japan.getMinY());
        assertThat(invoke(view::laneHeaderWidth)).isBetween(LaneHeaderRenderer.MIN_WIDTH, LaneHeaderRenderer.MAX_WIDTH);
    }

    @Test
    void givenTheKoreanWarInTwoLanes_whenClickedInTheSecondLane_thenItIsSelectedAndOutlinedInBoth(FxRobot robot) {
        Event war = DATASET.event("korean-war");
        Point2D inChina = drawnInLane(war, "CN").orElseThrow();
        assertThat(outlinedAbove(inChina)).as("not outlined before the click").isFalse();

        robot.clickOn(onScreen(inChina.getX(), inChina.getY()));

        assertThat(view.getSelectedEvent()).isEqualTo(war);
        assertThat(view.getCurrentLane()).isEqualTo("CN");
        Point2D inNorthKorea = drawnInLane(war, "KP").orElseThrow();
        assertThat(outlinedAbove(inChina)).as("outlined in China's lane").isTrue();
        assertThat(outlinedAbove(inNorthKorea))
                .as("outlined in North Korea's lane")
                .isTrue();
    }

    @Test
    void givenAnEventInTheFirstLane_whenDownIsPressed_thenTheNearestEventOfTheNextLaneIsSelected(FxRobot robot) {
        Event war = DATASET.event("korean-war");
        Point2D inNorthKorea = drawnInLane(war, "KP").orElseThrow();
        robot.clickOn(onScreen(inNorthKorea.getX(), inNorthKorea.getY()));

        robot.type(KeyCode.DOWN);
        assertThat(view.getCurrentLane()).isEqualTo("CN");
        assertThat(view.getSelectedEvent().countryCodes()).contains("CN");
        assertThat(view.getSelectedEvent()).isEqualTo(war); // the Korean War is China's event nearest itself

        robot.type(KeyCode.DOWN);
        assertThat(view.getCurrentLane()).isEqualTo("JP");
        Event inJapan = view.getSelectedEvent();
        assertThat(inJapan.countryCodes()).contains("JP");
        // The nearest in time to the Korean War among Japan's events: none starts closer.
        for (Event event : DATASET.events()) {
            if (event.countryCodes().contains("JP")) {
                assertThat(Math.abs(event.startDay() - war.startDay()))
                        .isGreaterThanOrEqualTo(Math.abs(inJapan.startDay() - war.startDay()));
            }
        }

        robot.type(KeyCode.UP);
        assertThat(view.getCurrentLane()).isEqualTo("CN");
    }

    /** The colour of the swatch drawn in a lane's header row. */
    private Color swatchColor(String key) {
        Bounds row = header(key);
        return invoke(() -> view.snapshot(null, null)
                .getPixelReader()
                .getColor((int) LaneHeaderRenderer.PADDING + 2, (int) (row.getMinY() + row.getHeight() / 2)));
    }

    @Test
    void givenLanesZoomed_whenTheyAreReordered_thenTheHeaderColumnIsDrawnAgainInTheNewOrder() {
        // Given: the header drawn, then kept while the view zooms
        Color japan = Color.web(DATASET.country("JP").color());
        Color northKorea = Color.web(DATASET.country("KP").color());
        assertThat(close(swatchColor("KP"), northKorea)).isTrue();
        invoke(() -> {
            view.setVisibleRange(
                    view.getVisibleRange().zoom(0.5, view.getVisibleRange().center()));
            return null;
        });
        assertThat(close(swatchColor("KP"), northKorea))
                .as("kept through the zoom")
                .isTrue();

        // When: Japan is put first
        invoke(() -> {
            List<Lane> lanes = new ArrayList<>(view.getLanes());
            lanes.add(0, lanes.remove(2));
            view.setLanes(lanes);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        // Then: the first row's swatch is Japan's, and North Korea's moved down with its lane
        assertThat(header("JP").getMinY()).isLessThan(header("KP").getMinY());
        assertThat(close(swatchColor("JP"), japan)).isTrue();
        assertThat(close(swatchColor("KP"), northKorea)).isTrue();
    }

    @Test
    void givenALaneName_whenClicked_thenTheLaneCollapsesToOneRowAndAnotherClickExpandsIt(FxRobot robot) {
        Bounds china = header("CN");
        double tall = china.getHeight();

        robot.clickOn(onScreen(60, china.getMinY() + 8));

        assertThat(view.getCollapsedLanes()).containsExactly("CN");
        assertThat(header("CN").getHeight())
                .isEqualTo(TimelineMetrics.ROW_HEIGHT)
                .isLessThan(tall);

        robot.clickOn(onScreen(60, header("CN").getMinY() + 8));
        assertThat(view.getCollapsedLanes()).isEmpty();
        assertThat(header("CN").getHeight()).isEqualTo(tall);
    }

    @Test
    void givenALaneName_whenDraggedBelowAnother_thenTheLaneMovesThere(FxRobot robot) {
        Bounds northKorea = header("KP");
        Bounds japan = header("JP");

        robot.moveTo(onScreen(60, northKorea.getMinY() + 8));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(onScreen(60, northKorea.getMinY() + 30));
        robot.moveTo(onScreen(60, japan.getMaxY() - 2));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.getLanes()).extracting(Lane::key).containsExactly("CN", "JP", "KP");
        assertThat(view.getCollapsedLanes()).as("a drag is not a click").isEmpty();
    }

    @Test
    void givenEveryCountryAsALane_whenMovingDownLaneByLane_thenTheLanesScrollToKeepTheCurrentOneInView(FxRobot robot) {
        List<String> codes = DATASET.countries().stream().map(Country::code).toList();
        runFx(() -> view.setLanes(countryLanes(codes)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(invoke(() -> view.hitMap().lanes().totalRows()))
                .isGreaterThan(invoke(() -> view.hitMap().lanes().visibleRows()));
        robot.clickOn(onScreen(500, 20));

        for (int i = 0; i < 30; i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();

        String current = view.getCurrentLane();
        assertThat(current).isNotEqualTo(codes.get(0));
        assertThat(view.getLaneScroll()).isPositive();
        assertThat(invoke(() -> view.laneHeaderBounds(current))).isPresent();
        assertThat(view.getSelectedEvent().countryCodes()).contains(current);
    }

    @Test
    void givenLanesWithoutEvents_whenDrawn_thenTheyFoldIntoOneRowSayingHowMany() {
        runFx(() -> {
            List<Lane> lanes = new ArrayList<>(countryLanes(List.of("KP", "CN")));
            lanes.add(new Lane("A", "Nowhere A", null, EventIndex.of(List.of())));
            lanes.add(new Lane("B", "Nowhere B", null, EventIndex.of(List.of())));
            view.setLanes(lanes);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(invoke(() -> view.hitMap().lanes().foldedCount())).isEqualTo(2);
        assertThat(invoke(() -> view.laneHeaderBounds("A"))).isEmpty();
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        runFx(() -> view.exportSvg(svg));
        String text = svg.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains(">2 lanes without events<")
                .contains(">North Korea<")
                .contains(">China<");
        assertThat(text.indexOf(">North Korea<")).isLessThan(text.indexOf(">China<"));
    }
}
