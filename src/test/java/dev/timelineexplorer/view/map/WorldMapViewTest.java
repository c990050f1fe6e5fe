package dev.timelineexplorer.view.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.testing.FxTestBase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class WorldMapViewTest extends FxTestBase {
    private WorldMapView map;
    private final List<WorldMapView.CountryAction> actions = new ArrayList<>();

    @Start
    void start(Stage stage) {
        closePopups();
        map = new WorldMapView();
        map.centralMeridianProperty().set(150);
        map.shadingProperty()
                .set(new MapShading.Counts(Map.of("KR", 460, "JP", 48, "BR", 4), "Events in view", "none"));
        map.countryNamesProperty().set(code -> switch (code) {
            case "KR" -> "South Korea";
            case "JP" -> "Japan";
            default -> code;
        });
        map.onCountryActionProperty().set(actions::add);
        show(stage, new StackPane(map), 800, 420);
    }

    private Point2D onScreen(String code) {
        Point2D local = invoke(() -> map.countryPosition(code));
        return invoke(() -> map.localToScreen(local));
    }

    private Color pixel(WritableImage image, Point2D local) {
        return image.getPixelReader().getColor((int) local.getX(), (int) local.getY());
    }

    @Test
    void givenCounts_whenDrawn_thenTheBusiestCountryIsDarkestAndOneWithoutEventsIsLand() {
        WritableImage image = invoke(() -> map.renderImage(800, 420, 1));
        MapStyle style = invoke(map::style);

        Color korea = pixel(image, invoke(() -> map.countryPosition("KR")));
        Color australia = pixel(image, invoke(() -> map.countryPosition("AU")));

        assertThat(korea)
                .isEqualTo(style.countColor(
                        CountScale.upTo(460).classes() - 1, CountScale.upTo(460).classes()));
        assertThat(australia).isEqualTo(style.land());
    }

    @Test
    void givenACountry_whenClickedAndCtrlClicked_thenTheOwnerHearsShowOnlyAndToggle(FxRobot robot) {
        robot.clickOn(onScreen("AU"));
        robot.press(KeyCode.CONTROL).clickOn(onScreen("BR")).release(KeyCode.CONTROL);

        assertThat(actions)
                .containsExactly(
                        new WorldMapView.CountryAction("AU", false), new WorldMapView.CountryAction("BR", true));
    }

    @Test
    void givenTheKeyboard_whenArrowsAndEnterArePressed_thenTheFocusMovesAndActs(FxRobot robot) {
        runFx(map::requestFocus);
        robot.type(KeyCode.RIGHT);
        String first = map.focusedCodeProperty().get();
        robot.type(KeyCode.RIGHT);
        String second = map.focusedCodeProperty().get();
        robot.type(KeyCode.ENTER);

        assertThat(first).isNotNull();
        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(invoke(() -> map.countryPosition(second)).getX())
                .isGreaterThan(invoke(() -> map.countryPosition(first)).getX());
        assertThat(actions).containsExactly(new WorldMapView.CountryAction(second, false));
    }

    @Test
    void givenTheWheel_whenScrolledAndZeroPressed_thenTheMapZoomsAndComesBackWhole(FxRobot robot) {
        robot.moveTo(onScreen("KR"));
        // TestFX turns the wheel "down" into a positive delta, which JavaFX gives for a wheel turned away from the
        // user.
        robot.scroll(5, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = map.viewportProperty().get().zoom();

        runFx(map::requestFocus);
        robot.type(KeyCode.DIGIT0);

        assertThat(zoomed).isGreaterThan(1);
        assertThat(map.viewportProperty().get().zoom()).isEqualTo(1);
    }

    @Test
    void givenTheMap_whenExportedAsSvg_thenEachCountryIsOneElementWithItsNameAndFill() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runFx(() -> {
            try {
                map.renderSvg(out, 800, 420);
            } catch (javax.xml.stream.XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        });
        String svg = out.toString(StandardCharsets.UTF_8);
        String high = hex(invoke(map::style)
                .countColor(
                        CountScale.upTo(460).classes() - 1, CountScale.upTo(460).classes()));

        assertThat(svg).contains("<title>South Korea</title>").contains("<title>Japan</title>");
        assertThat(svg)
                .containsPattern("<path d=\"[^\"]+\" fill-rule=\"evenodd\" fill=\"" + high
                        + "\"[^>]*><title>South Korea</title></path>");
        assertThat(svg.split("<title>South Korea</title>", -1))
                .as("one element")
                .hasSize(2);
    }

    @Test
    void givenExcludedAndOutlinedCountries_whenDrawn_thenTheyAreGreyedAndOutlined() {
        runFx(() -> {
            map.excludedCodesProperty().set(Set.of("JP"));
            map.outlinedCodesProperty().set(Set.of("KR"));
        });
        WritableImage image = invoke(() -> map.renderImage(800, 420, 1));

        assertThat(pixel(image, invoke(() -> map.countryPosition("JP"))))
                .isEqualTo(invoke(map::style).excluded());
        Point2D korea = invoke(() -> map.countryPosition("KR"));
        Color selection = invoke(map::style).selection();
        assertThat(pixelsNear(image, korea, 40, selection))
                .as("South Korea's outline in the selection colour")
                .isGreaterThan(10);
        runFx(() -> map.outlinedCodesProperty().set(Set.of()));
        WritableImage without = invoke(() -> map.renderImage(800, 420, 1));
        assertThat(pixelsNear(without, korea, 40, selection))
                .as("no outline, no such pixels")
                .isZero();
        // Dumped for a look at the drawing itself; the build keeps it under target/.
        saveForReview(image, "target/map-preview.png");
    }

    /** How many pixels within a square around a point are (nearly) of a colour. */
    private static int pixelsNear(WritableImage image, Point2D centre, int half, Color colour) {
        int count = 0;
        for (int y = (int) centre.getY() - half; y <= (int) centre.getY() + half; y++) {
            for (int x = (int) centre.getX() - half; x <= (int) centre.getX() + half; x++) {
                if (x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight()) {
                    continue;
                }
                Color c = image.getPixelReader().getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed())
                                + Math.abs(c.getGreen() - colour.getGreen())
                                + Math.abs(c.getBlue() - colour.getBlue())
                        < 0.08) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void givenTheMapOnScreen_whenShaded_thenItsOwnPixelsShowEachCountryInItsShade() {
        // The screen draws from cached layers (an index image recoloured per frame), not the vectors exports use.
        runFx(() -> {
            map.shadingProperty().set(new MapShading.Active(Set.of("JP", "BR"), "1 June 1975", "with", "without"));
            map.excludedCodesProperty().set(Set.of("CN"));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        WritableImage screen = invoke(() -> map.snapshot(null, null));
        MapStyle style = invoke(map::style);

        assertThat(pixel(screen, invoke(() -> map.countryPosition("JP")))).isEqualTo(style.active());
        assertThat(pixel(screen, invoke(() -> map.countryPosition("BR")))).isEqualTo(style.active());
        assertThat(pixel(screen, invoke(() -> map.countryPosition("CN")))).isEqualTo(style.excluded());
        assertThat(pixel(screen, invoke(() -> map.countryPosition("AU")))).isEqualTo(style.land());

        runFx(() -> map.shadingProperty().set(new MapShading.Active(Set.of("AU"), "1 June 1975", "with", "without")));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        WritableImage recoloured = invoke(() -> map.snapshot(null, null));
        assertThat(pixel(recoloured, invoke(() -> map.countryPosition("AU")))).isEqualTo(style.active());
        assertThat(pixel(recoloured, invoke(() -> map.countryPosition("JP")))).isEqualTo(style.land());
    }

    private static String hex(Color c) {
        return String.format(
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** Writes an image where a person can look at it; not part of what the test checks. */
    private static void saveForReview(WritableImage image, String path) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader()
                .getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, width);
        java.awt.image.BufferedImage buffered =
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        try {
            javax.imageio.ImageIO.write(buffered, "png", new java.io.File(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
