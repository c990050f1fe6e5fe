package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.AppPreferences;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.testing.FxTestBase;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on the bundled dataset, with preferences of its own that are removed after each test: the
 * set-up the window's flow tests share.
 */
abstract class WindowTestBase extends FxTestBase {
    protected ExplorerWindow window;
    protected Preferences node;

    /** Shows a window made from fresh preferences, without animations, opening the bundled dataset. */
    protected void startWindow(Function<AppPreferences, ExplorerWindow> create) {
        closePopups();
        node = Preferences.userRoot().node("dev/timelineexplorer/test-" + UUID.randomUUID());
        window = create.apply(new AppPreferences(node));
        window.timeline().setAnimated(false);
        window.show();
        window.open(null);
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        // Closed first, so that the window saves its state into the node before the node goes.
        runFx(() -> window.stage().hide());
        node.removeNode();
    }

    protected Dataset waitForDataset() throws Exception {
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null);
        settle();
        return window.datasetProperty().get();
    }

    /** Waits until a typed search has applied and filtering has finished, as a user sees the result. */
    protected void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> invoke(window::isSettled));
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected String status(FxRobot robot) {
        return robot.lookup("#status-text").queryAs(Label.class).getText();
    }
    /** Clicks the box of a country's row in the sidebar, as a user does, and waits for the filter. */
    protected void clickCountryCheckBox(FxRobot robot, String name) throws Exception {
        @SuppressWarnings("unchecked")
        ListCell<Object> cell = robot.lookup("#country-list .list-cell")
                .match(node -> node instanceof ListCell<?> c
                        && c.getItem() != null
                        && c.getGraphic() != null
                        && robot.from(c.getGraphic())
                                .lookup((Label l) -> name.equals(l.getText()))
                                .tryQuery()
                                .isPresent())
                .queryAs(ListCell.class);
        CheckBox box = robot.from(cell).lookup(".check-box").queryAs(CheckBox.class);
        robot.clickOn(box);
        settle();
    }
}
