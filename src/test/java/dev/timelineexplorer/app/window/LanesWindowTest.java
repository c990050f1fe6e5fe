package dev.timelineexplorer.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.app.settings.AppPreferences;
import dev.timelineexplorer.index.Grouping;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.testing.DrawnEvents;
import dev.timelineexplorer.view.Lane;
import dev.timelineexplorer.view.TimelineView;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Grouping the timeline into lanes, through the real main window, as a user does it. */
class LanesWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        startWindow(preferences -> new ExplorerWindow(stage, preferences, link -> {}));
    }

    private TimelineView timeline() {
        return window.timeline();
    }

    /** View > Group By > Country, fired as the menu fires it (menus of the system's menu bar are not nodes). */
    private void groupByCountryFromTheViewMenu() throws Exception {
        runFx(() -> window.menus().menuBar().getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> item instanceof javafx.scene.control.Menu)
                .flatMap(menu -> ((javafx.scene.control.Menu) menu).getItems().stream())
                .filter(item -> "menu-group-country".equals(item.getId()))
                .findFirst()
                .orElseThrow()
                .fire());
        settle();
    }

    /** The toolbar's chooser, clicked open, and its "Country" clicked. */
    private void groupByCountryFromTheToolbar(FxRobot robot) throws Exception {
        robot.clickOn("#toolbar-group-by");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell")
                .match(node -> node instanceof ListCell<?> cell && "Country".equals(cell.getText()))
                .queryAs(ListCell.class));
        settle();
    }

    @Test
    void givenGroupByCountry_whenChosenFromTheViewMenu_thenEachCheckedCountryIsALaneInTheSidebarsOrder(FxRobot robot)
            throws Exception {
        Dataset dataset = waitForDataset();

        groupByCountryFromTheViewMenu();

        // The sidebar sorts by count first: South Korea, in all events but one, comes first.
        assertThat(timeline().getLanes()).hasSize(dataset.countries().size());
        Lane first = timeline().getLanes().get(0);
        assertThat(first.key()).isEqualTo("KR");
        assertThat(first.name()).isEqualTo("South Korea");
        assertThat(first.events().events())
                .containsExactlyElementsOf(dataset.events().stream()
                        .filter(e -> e.countryCodes().contains("KR"))
                        .toList());
        assertThat(new AppPreferences(node).grouping()).isEqualTo(Grouping.COUNTRY);
    }

    @Test
    void givenLanesOfJapanAndChina_whenAnEventInTheSecondLaneIsClicked_thenTheDetailPaneShowsIt(FxRobot robot)
            throws Exception {
        Dataset dataset = waitForDataset();
        groupByCountryFromTheToolbar(robot);
        assertThat(window.groupingProperty().get()).isEqualTo(Grouping.COUNTRY);
        robot.clickOn("#countries-none");
        settle();
        clickCountryCheckBox(robot, "Japan");
        clickCountryCheckBox(robot, "China");
        assertThat(timeline().getLanes()).extracting(Lane::key).containsExactly("JP", "CN");

        Event war = dataset.event("korean-war");
        Bounds china = invoke(() -> timeline().laneHeaderBounds("CN")).orElseThrow();
        // Where its red bar is drawn in China's lane, found from the time scale and the pixels.
        Point2D where = invoke(() -> DrawnEvents.locate(timeline(), dataset, war, china.getMinY(), china.getMaxY()))
                .orElseThrow();
        robot.clickOn(invoke(() -> timeline().localToScreen(where)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(timeline().getSelectedEvent()).isEqualTo(war);
        assertThat(timeline().getCurrentLane()).isEqualTo("CN");
        assertThat(robot.lookup("#detail-title").queryAs(TextInputControl.class).getText())
                .isEqualTo("Korean War");
    }
}
