package dev.timelineexplorer.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.app.settings.AppPreferences;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.io.DatasetWriter;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.testing.FxTestBase;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Faults while the app is open: each gives a clear message and loses nothing on screen. */
class FaultsTest extends FxTestBase {
    @TempDir
    Path dir;

    private ExplorerWindow window;
    private Preferences node;
    private Path file;
    /** Whether a test removed the preferences node itself. */
    private boolean nodeRemoved;

    @Start
    void start(Stage stage) {
        closePopups();
        node = Preferences.userRoot().node("dev/timelineexplorer/test-" + UUID.randomUUID());
        window = new ExplorerWindow(stage, new AppPreferences(node), url -> {});
        window.timeline().setAnimated(false);
        window.show();
    }

    @AfterEach
    void closeWindow() throws BackingStoreException {
        runFx(() -> window.stage().hide());
        if (!nodeRemoved) {
            node.removeNode();
        }
    }

    /** Opens a small valid file of our own and waits until it is shown. */
    private Dataset openMine() throws Exception {
        file = dir.resolve("mine.json");
        Files.writeString(
                file, "{\"title\": \"Mine\", \"events\": [{\"id\": \"a\", \"title\": \"A\", \"start\": \"2000\"}]}");
        runFx(() -> window.open(file));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.stage().getTitle().endsWith("Mine"));
        WaitForAsyncUtils.waitForFxEvents();
        return window.datasetProperty().get();
    }

    private String notice(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#status-warnings").queryAs(Hyperlink.class).isVisible());
        return robot.lookup("#status-warnings").queryAs(Hyperlink.class).getText();
    }

    @Test
    void givenTheWatchedFile_whenItIsSavedInvalid_thenANoticeSaysSoAndTheDataStays(FxRobot robot) throws Exception {
        Dataset before = openMine();

        Files.writeString(file, "{\"events\": [{\"title\": \"A\", \"start\": \"2000-13\"}]}");

        assertThat(notice(robot)).isEqualTo("mine.json changed on disk and now has 1 error: the data shown stays");
        assertThat(window.datasetProperty().get()).isSameAs(before);
        assertThat(window.timeline().getEvents()).hasSize(1);
    }

    @Test
    void givenTheWatchedFile_whenItIsDeleted_thenANoticeSaysSoAndTheDataStays(FxRobot robot) throws Exception {
        Dataset before = openMine();

        Files.delete(file);

        assertThat(notice(robot))
                .isEqualTo("mine.json changed on disk and could not be read again: the data shown stays");
        assertThat(window.datasetProperty().get()).isSameAs(before);
    }

    @Test
    void givenTheWatchedFile_whenItBecomesUnreadable_thenANoticeSaysSoAndTheDataStays(FxRobot robot) throws Exception {
        Dataset before = openMine();

        // Replaced by a folder of the same name: unreadable as a file for every user, root included.
        Files.delete(file);
        Files.createDirectory(file);

        assertThat(notice(robot)).endsWith("could not be read again: the data shown stays");
        assertThat(window.datasetProperty().get()).isSameAs(before);
    }

    @Test
    void givenAFullDiskOrAReadOnlyFolder_whenAnExportFails_thenTheMessageSaysWhichAndTheOldFileStays(FxRobot robot)
            throws Exception {
        openMine();
        Path target = dir.resolve("events.csv");
        Files.writeString(target, "old content");
        I18n english = new I18n(Locale.ENGLISH);

        // The disk fills up as the export is written; the system's message is in another language.
        runFx(() -> exports().setUsableSpace(folder -> 0));
        runFx(() -> exports()
                .write(
                        target,
                        out -> DatasetWriter.writeAtomically(out, stream -> {
                            stream.write("half an export".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            throw new FileSystemException(out.toString(), null, "Il n'y a plus d'espace disponible");
                        }),
                        "done"));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#problems-dialog").tryQuery().isPresent());

        DialogPane dialog = robot.lookup("#problems-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText())
                .startsWith("The disk is full (")
                .endsWith("Nothing was written, and any file already there is unchanged.");
        assertThat(target).hasContent("old content");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactlyInAnyOrder(file, target);
        }
        runFx(() -> ((Stage) dialog.getScene().getWindow()).close());
        assertThat(invoke(() -> exports().reason(new AccessDeniedException(target.toString()), target, english)))
                .isEqualTo("The folder cannot be written to (" + target + ")");
        // A read-only file system, told by the folder's state, whatever the message says.
        assertThat(Exports.classify(
                        new FileSystemException(target + ": Dateisystem ist schreibgeschützt"),
                        target,
                        folder -> Long.MAX_VALUE,
                        folder -> false))
                .isEqualTo(Exports.WriteFault.READ_ONLY);
        assertThat(Exports.classify(
                        new FileSystemException(target + ": No space left on device"),
                        target,
                        folder -> 50L << 30,
                        folder -> true))
                .as("a message alone proves nothing: with 50 GB free, the disk is not full")
                .isEqualTo(Exports.WriteFault.OTHER);
    }

    @Test
    void givenThePreferencesStore_whenItFails_thenTheStatusBarSaysSettingsCannotBeSavedAndTheAppGoesOn(FxRobot robot)
            throws Exception {
        Dataset before = openMine();

        node.removeNode();
        nodeRemoved = true;
        runFx(() -> window.setTheme(AppPreferences.Theme.LIGHT));

        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText())
                .startsWith("Settings cannot be saved (");
        assertThat(window.datasetProperty().get()).isSameAs(before);
    }

    @Test
    void givenAnExportUnderWay_whenTheWindowIsClosed_thenItWaitsForTheExportAndThenCloses() throws Exception {
        openMine();
        Path target = dir.resolve("slow.csv");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        runFx(() -> exports()
                .write(
                        target,
                        out -> {
                            try {
                                release.await(20, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                throw new java.io.InterruptedIOException("interrupted");
                            }
                            DatasetWriter.writeAtomically(out, stream -> stream.write('x'));
                        },
                        "done"));

        runFx(() -> window.stage()
                .fireEvent(
                        new javafx.stage.WindowEvent(window.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        boolean showingWhileWriting = invoke(() -> window.stage().isShowing());
        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.stage().isShowing());

        assertThat(showingWhileWriting).as("the window waits for the export").isTrue();
        assertThat(target).as("the export was written, not cut off").hasContent("x");
    }

    private Exports exports() {
        return window.exports();
    }
}
