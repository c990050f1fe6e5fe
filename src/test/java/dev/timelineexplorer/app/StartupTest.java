package dev.timelineexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.app.settings.AppPreferences;
import dev.timelineexplorer.app.window.ExplorerWindow;
import dev.timelineexplorer.io.BundledDataset;
import dev.timelineexplorer.testing.FxTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Starting on a file that cannot be opened: its problems, over the bundled dataset rather than an empty window. */
class StartupTest extends FxTestBase {
    @TempDir
    static Path dir;

    private ExplorerWindow window;
    private Preferences node;

    @Start
    void start(Stage stage) throws Exception {
        closePopups();
        node = Preferences.userRoot().node("dev/timelineexplorer/test-" + UUID.randomUUID());
        window = new ExplorerWindow(stage, new AppPreferences(node), url -> {});
        window.timeline().setAnimated(false);
        window.show();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"events\": [{\"title\": \"X\", \"start\": \"1965-13-01\"}]}");
        window.open(bad);
    }

    @AfterEach
    void removePreferences() throws BackingStoreException {
        runFx(() -> window.stage().hide());
        node.removeNode();
    }

    @Test
    void givenAnInvalidFileAtStart_whenTheWindowOpens_thenItsProblemsShowOverTheBundledDataset(FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#problems-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null);

        DialogPane dialog = robot.lookup("#problems-dialog").queryAs(DialogPane.class);
        TextArea list = robot.from(dialog).lookup("#problem-list").queryAs(TextArea.class);
        assertThat(list.getText()).startsWith("bad.json:1:37: error: events[0].start:");
        assertThat(list.isWrapText()).as("long lines wrap").isTrue();
        assertThat(((Stage) dialog.getScene().getWindow()).isResizable()).isTrue();
        assertThat(window.datasetProperty().get().events())
                .hasSameSizeAs(BundledDataset.load().dataset().events());
        robot.clickOn(robot.from(dialog).lookup(".button").queryButton());
    }
}
