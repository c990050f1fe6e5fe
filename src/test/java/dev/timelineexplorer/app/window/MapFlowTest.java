package dev.timelineexplorer.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.app.map.Playback;
import dev.timelineexplorer.app.settings.AppPreferences;
import dev.timelineexplorer.app.settings.DateTexts;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.view.TimelineView;
import dev.timelineexplorer.view.map.MapShading;
import dev.timelineexplorer.view.map.WorldMapView;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map in the window: linked to the filter, the selection and the timeline's time cursor. */
class MapFlowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startWindow(preferences -> new ExplorerWindow(stage, preferences, url -> {}));
    }

    private WorldMapView map() {
        return window.mapPanel().map();
    }

    private Point2D onMap(String code) {
        return invoke(() -> map().localToScreen(map().countryPosition(code)));
    }

    private Set<String> states(Dataset dataset) {
        return dataset.countries().stream().map(Country::code).collect(Collectors.toSet());
    }

    @Test
    void givenTheBundledDataset_whenTheWindowOpens_thenTheMapIsShownCentredOnThePacific() throws Exception {
        waitForDataset();

        assertThat(invoke(window::isMapShown)).isTrue();
        assertThat(map().centralMeridianProperty().get()).isEqualTo(150);
        assertThat(map().shadingProperty().get()).isInstanceOf(MapShading.Counts.class);
        assertThat(((MapShading.Counts) map().shadingProperty().get()).count("KR"))
                .isGreaterThan(400);
    }

    @Test
    void givenACountryOnTheMap_whenClickedThenAnotherCtrlClicked_thenTheFilterShowsOnlyThemAndTheMapGreysTheRest(
            FxRobot robot) throws Exception {
        Dataset dataset = waitForDataset();

        robot.clickOn(onMap("BR"));
        settle();
        assertThat(window.hiddenCountries())
                .doesNotContain("BR")
                .hasSize(states(dataset).size() - 1);

        robot.press(KeyCode.CONTROL).clickOn(onMap("AU")).release(KeyCode.CONTROL);
        settle();
        assertThat(window.hiddenCountries()).doesNotContain("BR", "AU").contains("KR", "JP");
        assertThat(map().excludedCodesProperty().get()).contains("KR").doesNotContain("BR", "AU");

        robot.press(KeyCode.CONTROL).clickOn(onMap("AU")).release(KeyCode.CONTROL);
        settle();
        assertThat(window.hiddenCountries()).contains("AU").doesNotContain("BR");
        assertThat(window.timeline().getEvents()).allMatch(e -> e.countryCodes().contains("BR"));
    }

    @Test
    void givenTheUnmappedList_whenTheUnitedNationsIsClicked_thenOnlyItsEventsShow(FxRobot robot) throws Exception {
        waitForDataset();

        robot.clickOn(robot.lookup("#unmapped-list .list-cell .label")
                .match((Label l) -> "United Nations".equals(l.getText()))
                .queryAs(Label.class));
        settle();

        assertThat(window.timeline().getEvents())
                .isNotEmpty()
                .allMatch(e -> e.countryCodes().contains("UN"));
    }

    @Test
    void givenRelationsMode_whenTheCursorIsDraggedBack_thenFewerStatesAreShadedAndTheStatusSaysWhen(FxRobot robot)
            throws Exception {
        Dataset dataset = waitForDataset();
        TimelineView timeline = window.timeline();
        robot.clickOn("#map-mode-relations");
        double startDay = timeline.effectiveCursorDay();
        int before =
                ((MapShading.Compared) map().shadingProperty().get()).sides().size();

        double x = invoke(() -> timeline.timeScale().toX(timeline.effectiveCursorDay()));
        Point2D grab = invoke(() -> timeline.localToScreen(x, 200));
        robot.drag(grab, MouseButton.PRIMARY).moveBy(-120, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        double day = timeline.effectiveCursorDay();
        MapShading.Compared after =
                (MapShading.Compared) map().shadingProperty().get();
        assertThat(day).isLessThan(startDay);
        assertThat(after.sides()).as("states with relations with either Korea").hasSizeLessThan(before);
        // Each state in the class its own periods give on that day, counted here from the periods themselves.
        long epochDay = (long) Math.floor(day);
        for (Country country : dataset.countries()) {
            boolean rok = country.periods("rok").stream().anyMatch(p -> p.activeOn(epochDay));
            boolean dprk = country.periods("dprk").stream().anyMatch(p -> p.activeOn(epochDay));
            MapShading.Side expected = country.kind() != dev.timelineexplorer.model.CountryKind.COUNTRY
                    ? MapShading.Side.NEITHER
                    : rok && dprk
                            ? MapShading.Side.BOTH
                            : rok ? MapShading.Side.FIRST : dprk ? MapShading.Side.SECOND : MapShading.Side.NEITHER;
            assertThat(after.side(country.code())).as(country.code()).isEqualTo(expected);
        }
        String status = robot.lookup("#status-time").queryAs(Label.class).getText();
        assertThat(status)
                .startsWith(
                        DateTexts.of(java.util.Locale.ENGLISH).date(HistoricalDate.ofEpochDay((long) Math.floor(day))))
                .matches(".*: ROK \\d+ · DPRK \\d+ · both \\d+");
    }

    @Test
    void givenPlay_whenPressed_thenTheCursorMovesOnAndTheShadingFollowsUntilPaused(FxRobot robot) throws Exception {
        waitForDataset();
        TimelineView timeline = window.timeline();
        // Start from the 1960s, when relations were spreading fast.
        runFx(() -> timeline.setCursorDay(HistoricalDate.of(1960, 1, 1).firstDay()));
        robot.clickOn("#map-mode-relations");
        int before =
                ((MapShading.Compared) map().shadingProperty().get()).sides().size();

        // Time is driven here, frame by frame, not by the machine's clock: 3 seconds in frames of 0.2 s.
        Playback playback = window.mapPanel().playback();
        runFx(() -> playback.setClockDriven(false));
        double start = HistoricalDate.of(1960, 1, 1).firstDay();
        robot.clickOn("#map-play");
        runFx(() -> {
            for (int frame = 0; frame <= 15; frame++) {
                playback.frame(frame * 200_000_000L);
            }
        });
        String menuWhilePlaying = invoke(() -> window.menus().menuBar().getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menu-play".equals(item.getId()))
                .findFirst()
                .orElseThrow()
                .getText());
        robot.clickOn("#map-play");
        double paused = timeline.effectiveCursorDay();
        assertThat(menuWhilePlaying)
                .as("the menu follows the one playing state")
                .isEqualTo("Pause");
        runFx(() -> playback.frame(16 * 200_000_000L));

        assertThat(paused)
                .as("played on from where the cursor was put, 3 s at 2 years a second")
                .isCloseTo(start + 6 * Playback.YEAR, org.assertj.core.data.Offset.offset(1.0));
        assertThat(timeline.effectiveCursorDay()).as("paused").isEqualTo(paused);
        assertThat(((MapShading.Compared) map().shadingProperty().get()).sides())
                .hasSizeGreaterThan(before);

        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertThat(timeline.effectiveCursorDay())
                .isCloseTo(paused + Playback.YEAR, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void givenTheDarkTheme_whenTheMapIsStyled_thenItsColoursAreTheDarkOnes() throws Exception {
        waitForDataset();

        runFx(() -> window.setTheme(AppPreferences.Theme.DARK));
        try {
            layout(window.stage().getScene().getRoot());
            assertThat(invoke(() -> map().style().sea())).isEqualTo(Color.web("#121d2b"));
            assertThat(invoke(() -> map().style().land())).isEqualTo(Color.web("#2d333b"));
        } finally {
            runFx(() -> window.setTheme(AppPreferences.Theme.LIGHT));
        }
        layout(window.stage().getScene().getRoot());
        assertThat(invoke(() -> map().style().sea())).isEqualTo(Color.web("#eef4fa"));
    }

    @Test
    void givenADatasetWithNoCountryOnTheMap_whenOpened_thenThePanelIsNotShownAndTheMenuIsOff(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        waitForDataset();
        java.nio.file.Path file = dir.resolve("atlantis.json");
        java.nio.file.Files.writeString(
                file,
                "{\"countries\": [{\"code\": \"ATL\", \"name\": \"Atlantis\"}],"
                        + " \"events\": [{\"title\": \"Sinks\", \"start\": \"-9600\", \"countries\": [\"ATL\"]}]}");

        runFx(() -> window.open(file));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.datasetProperty().get() != null
                        && window.datasetProperty().get().events().size() == 1);
        settle();

        assertThat(invoke(window::isMapShown)).isFalse();
    }

    @Test
    void givenTheAboutBox_whenOpened_thenItCreditsTheMapData(FxRobot robot) throws Exception {
        waitForDataset();

        runFx(window::showAbout);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.DialogPane about =
                robot.lookup("#about-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(about.getContentText()).contains("Natural Earth", "public domain", "world-atlas", "ISC");
        runFx(() -> ((Stage) about.getScene().getWindow()).close());
    }

    @Test
    void givenRelationsMode_whenTheChartIsClickedAtADate_thenTheCursorGoesThereAndTheMapAndChartFollow(FxRobot robot)
            throws Exception {
        waitForDataset();
        robot.clickOn("#map-mode-relations");
        dev.timelineexplorer.view.map.RelationChart chart =
                robot.lookup("#relation-chart").queryAs(dev.timelineexplorer.view.map.RelationChart.class);
        assertThat(chart.isVisible()).isTrue();
        assertThat(chart.seriesProperty().get()).hasSize(2);
        double target = HistoricalDate.parse("1991-09-17").firstDay();

        Point2D at = invoke(() -> chart.localToScreen(chart.xOf(target), chart.getHeight() / 2));
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();

        double cursor = window.timeline().effectiveCursorDay();
        // One pixel of a chart eighty years wide is some two months.
        assertThat(cursor).isCloseTo(target, org.assertj.core.data.Offset.offset(150.0));
        assertThat(chart.cursorDayProperty().get()).isEqualTo(cursor);
        assertThat(((MapShading.Compared) map().shadingProperty().get()).title())
                .endsWith("1991");
    }

    @Test
    void givenTheSidebarShowingStatesWithBothKoreas_whenTheCursorMoves_thenTheFilterFollowsTheirRelations(FxRobot robot)
            throws Exception {
        waitForDataset();
        robot.clickOn("#map-mode-relations");
        runFx(() -> window.timeline()
                .setCursorDay(HistoricalDate.parse("1975-06-01").firstDay()));

        runFx(() -> window.sidebar().relationStatusProperty().set(FilterSidebar.RelationStatus.BOTH));
        settle();

        assertThat(window.hiddenCountries())
                .as("the ROK's partners alone, the DPRK's alone, and organisations")
                .contains("US", "JP", "CU", "CN", "UN")
                .doesNotContain("AU", "IN");
        assertThat(window.timeline().getEvents())
                .allSatisfy(event -> assertThat(event.countryCodes())
                        .anyMatch(code -> !window.hiddenCountries().contains(code)));

        runFx(() -> window.timeline()
                .setCursorDay(HistoricalDate.parse("2024-06-01").firstDay()));
        settle();

        assertThat(window.hiddenCountries())
                .as(
                        "Cuba has relations with both since February 2024; Australia broke with the North in 1975 and restored them")
                .doesNotContain("CU", "AU")
                .contains("US", "MY");
        assertThat(window.sidebar().countryList().uncheckedKeys())
                .as("the user's own choices are untouched")
                .isEmpty();
    }

    @Test
    void givenTheMapUnderTheTimeline_whenPutBesideIt_thenTheCentreTurnsSidewaysAndTheChoiceIsRemembered()
            throws Exception {
        waitForDataset();
        assertThat(invoke(window::isMapBeside)).as("under, by default").isFalse();

        runFx(() -> window.menus().mapBeside().selectedProperty().set(true));
        settle();

        assertThat(invoke(window::isMapBeside)).isTrue();
        assertThat(invoke(window::isMapShown)).isTrue();
        assertThat(window.preferences().mapBeside())
                .as("remembered like the other splits")
                .isTrue();
        runFx(() -> window.menus().table().selectedProperty().set(true));
        settle();
        assertThat(invoke(window::isMapBeside))
                .as("the table goes under the timeline, the map stays beside")
                .isTrue();
        runFx(() -> window.menus().mapBeside().selectedProperty().set(false));
        settle();
        assertThat(invoke(window::isMapBeside)).isFalse();
        assertThat(window.preferences().mapBeside()).isFalse();
    }

    @Test
    void givenRelationsModeWithItsChart_whenTheMapIsExported_thenThePictureHasTheChartUnderTheMap(FxRobot robot)
            throws Exception {
        waitForDataset();
        robot.clickOn("#map-mode-relations");
        settle();

        dev.timelineexplorer.app.export.Picture picture =
                invoke(() -> window.exports().picture(dev.timelineexplorer.app.export.Picture.Part.MAP));
        String svg = new String(invoke(picture::svg), java.nio.charset.StandardCharsets.UTF_8);

        double chartHeight = invoke(() -> window.mapPanel().chart().getHeight());
        assertThat(chartHeight).isPositive();
        assertThat(invoke(picture::height)).isEqualTo(invoke(() -> map().getHeight()) + chartHeight);
        assertThat(svg).contains(">States with relations<").containsPattern(">ROK \\d+<");
    }
}
