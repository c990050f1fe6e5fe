package dev.timelineexplorer.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.io.DatasetLoader;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing in the window: deleting, undoing, saving safely, and being asked before changes are lost. */
class EditingFlowTest extends WindowTestBase {
    private static final String MINE = """
            {"title": "Mine", "events": [
              {"id": "a", "title": "Armistice", "start": "1953-07-27"},
              {"id": "b", "title": "Korean War", "start": "1950-06-25", "end": "1953-07-27", "countries": ["KR"]}
            ]}
            """;

    @TempDir
    Path dir;

    private Path file;

    @Start
    void start(Stage stage) {
        startWindow(preferences -> new ExplorerWindow(stage, preferences, url -> {}));
    }

    private Dataset openMine() throws Exception {
        waitForDataset();
        file = dir.resolve("mine.json");
        Files.writeString(file, MINE);
        runFx(() -> window.open(file));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.stage().getTitle().endsWith("Mine"));
        settle();
        return window.datasetProperty().get();
    }

    private DatasetEditor editor() {
        return window.editor();
    }

    private void selectAndDelete(FxRobot robot, String title) throws Exception {
        Event event = window.datasetProperty().get().events().stream()
                .filter(e -> e.title().equals(title))
                .findFirst()
                .orElseThrow();
        runFx(() -> window.timeline().setSelectedEvent(event));
        robot.clickOn("#timeline", javafx.scene.input.MouseButton.MIDDLE);
        runFx(() -> window.timeline().requestFocus());
        robot.type(KeyCode.DELETE);
        settle();
    }

    private MenuItem menuItem(String id) {
        return invoke(() -> window.menus().menuBar().getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow());
    }

    @Test
    void givenASelectedEvent_whenDeleteIsPressedAndThenCtrlZ_thenItGoesAndComesBackNamedInTheEditMenu(FxRobot robot)
            throws Exception {
        Dataset before = openMine();

        selectAndDelete(robot, "Korean War");

        assertThat(window.timeline().getEvents()).extracting(Event::title).containsExactly("Armistice");
        assertThat(window.stage().getTitle()).isEqualTo("Timeline Explorer — • Mine");
        assertThat(invoke(() -> editor().undoTextProperty().get())).isEqualTo("Undo Delete ‘Korean War’");
        assertThat(status(robot)).startsWith("Showing 1 of 1 events");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settle();

        assertThat(window.datasetProperty().get()).isEqualTo(before);
        assertThat(window.timeline().getEvents()).extracting(Event::title).containsExactly("Korean War", "Armistice");
        assertThat(window.stage().getTitle()).isEqualTo("Timeline Explorer — Mine");
        assertThat(invoke(() -> editor().redoTextProperty().get())).isEqualTo("Redo Delete ‘Korean War’");

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        settle();
        assertThat(window.timeline().getEvents()).extracting(Event::title).containsExactly("Armistice");
    }

    @Test
    void givenAnEdit_whenSaved_thenTheFileReadsBackAsEditedAndTheWatcherDoesNotReloadIt(FxRobot robot)
            throws Exception {
        openMine();
        selectAndDelete(robot, "Armistice");

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        settle();

        Dataset saved = new DatasetLoader().read(file).dataset();
        assertThat(saved.events()).extracting(Event::title).containsExactly("Korean War");
        assertThat(saved).isEqualTo(window.datasetProperty().get());
        assertThat(window.stage().getTitle()).isEqualTo("Timeline Explorer — Mine");
        assertThat(status(robot)).isEqualTo("Saved mine.json");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }

        // The watcher sees the app's own save: it is not read back, so the edit can still be undone.
        runFx(() -> window.session().fileChanged(file));
        settle();
        assertThat(invoke(() -> editor().canUndoProperty().get())).isTrue();
    }

    @Test
    void givenASlowSave_whenTheUserUndoesMeanwhile_thenTheWindowAnswersAndTheUndoneStateStaysUnsaved(FxRobot robot)
            throws Exception {
        openMine();
        selectAndDelete(robot, "Armistice");
        java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        runFx(() -> editor().setWriter((dataset, path) -> {
            writing.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            dev.timelineexplorer.io.DatasetWriter.write(dataset, path);
        }));

        // When: saved, and while the file is being written, the deletion is undone
        runFx(() -> editor().save());
        assertThat(writing.await(10, TimeUnit.SECONDS))
                .as("the save is being written")
                .isTrue();
        assertThat(status(robot)).isEqualTo("Saving mine.json…");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.timeline().getEvents())
                .as("the window answers during the save")
                .extracting(Event::title)
                .containsExactly("Korean War", "Armistice");
        release.countDown();
        settle();

        // Then: the file holds the dataset as it was when saved, and the window says its state is not that one
        assertThat(new DatasetLoader().read(file).dataset().events())
                .extracting(Event::title)
                .containsExactly("Korean War");
        assertThat(status(robot)).isEqualTo("Saved mine.json");
        assertThat(window.stage().getTitle()).isEqualTo("Timeline Explorer — • Mine");
    }

    @Test
    void givenAFullDisk_whenSaving_thenTheMessageSaysSoAndTheOldFileStays(FxRobot robot) throws Exception {
        openMine();
        selectAndDelete(robot, "Armistice");
        runFx(() -> {
            editor().setUsableSpace(folder -> 0);
            editor().setWriter((dataset, path) -> dev.timelineexplorer.io.DatasetWriter.writeAtomically(path, out -> {
                out.write("half a dataset".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                throw new FileSystemException(path.toString(), null, "Il n'y a plus d'espace disponible");
            }));
        });

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#problems-dialog").tryQuery().isPresent());

        DialogPane dialog = robot.lookup("#problems-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).startsWith("The disk is full (").endsWith("The file on disk is unchanged.");
        assertThat(file).hasContent(MINE);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
        assertThat(window.stage().getTitle()).as("still unsaved").isEqualTo("Timeline Explorer — • Mine");
        runFx(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void givenAReadOnlyFolder_whenSaving_thenTheMessageSaysSoAndTheOldFileStays(FxRobot robot) throws Exception {
        openMine();
        selectAndDelete(robot, "Armistice");
        // What the system throws for a folder it may not write to (root may write anywhere, so it is given here).
        runFx(() -> editor().setWriter((dataset, path) -> {
            throw new AccessDeniedException(
                    path.resolveSibling(".mine.json.tmp").toString());
        }));

        runFx(() -> editor().save());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#problems-dialog").tryQuery().isPresent());

        DialogPane dialog = robot.lookup("#problems-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).startsWith("The folder cannot be written to (");
        assertThat(file).hasContent(MINE);
        runFx(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void givenUnsavedChanges_whenClosingOrOpening_thenTheUserIsAskedAndCancelKeepsEverything(FxRobot robot)
            throws Exception {
        openMine();
        selectAndDelete(robot, "Armistice");
        Dataset edited = window.datasetProperty().get();

        runFx(() -> editor().setAsker(title -> DatasetEditor.Choice.CANCEL));
        runFx(() -> window.requestClose());
        runFx(() -> window.open(null));
        settle();
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(window.datasetProperty().get()).isSameAs(edited);

        runFx(() -> editor().setAsker(title -> DatasetEditor.Choice.DISCARD));
        runFx(() -> window.reload());
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.datasetProperty().get().events().size() == 2);
        settle();
        assertThat(file).hasContent(MINE);
        assertThat(window.stage().getTitle()).isEqualTo("Timeline Explorer — Mine");
    }

    @Test
    void givenTheBundledDataset_whenSaved_thenSaveAsWritesTheAppsJsonAndTheNewFileIsTheOneOpen(FxRobot robot)
            throws Exception {
        Dataset bundled = waitForDataset();
        Path chosen = dir.resolve("copy");
        runFx(() -> editor().setSaveAsChooser(from -> chosen));

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        settle();

        Path written = dir.resolve("copy.json");
        assertThat(new DatasetLoader().read(written).dataset()).isEqualTo(bundled);
        assertThat(window.session().currentFile()).isEqualTo(written);
        assertThat(invoke(() -> editor().target())).isEqualTo(written);
        assertThat(menuItem("menu-save").getText()).isEqualTo("Save");
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).type(keys).release(KeyCode.CONTROL);
    }

    private EventForm waitForForm() throws Exception {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> invoke(() -> window.editing().form()) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return invoke(() -> window.editing().form());
    }

    @Test
    void givenTheKeyboardOnly_whenCtrlNTitleCtrlEnterCtrlZCtrlS_thenTheEventIsAddedUndoneAndTheFileSaved(FxRobot robot)
            throws Exception {
        openMine();
        runFx(() -> {
            window.timeline().setCursorDay(java.time.LocalDate.of(1952, 3, 1).toEpochDay());
            window.timeline().requestFocus();
        });

        shortcut(robot, KeyCode.N);
        EventForm form = waitForForm();
        assertThat(invoke(() -> robot.lookup("#event-form-title")
                        .queryAs(javafx.scene.control.TextField.class)
                        .isFocused()))
                .isTrue();
        assertThat(invoke(() -> form.draft().start())).isEqualTo("1952-03-01");
        // TestFX writes text into the window it targets; the form is the focused window, as for the user.
        robot.targetWindow(form.stage()).write("Peace talks");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(invoke(() -> form.draft().anyTitle())).isEqualTo("Peace talks");
        shortcut(robot, KeyCode.ENTER);
        settle();

        assertThat(invoke(() -> window.editing().form())).isNull();
        assertThat(window.timeline().getEvents())
                .extracting(Event::title)
                .containsExactly("Korean War", "Peace talks", "Armistice");
        assertThat(window.timeline().getSelectedEvent().id()).isEqualTo("peace-talks-1952-03-01");
        assertThat(invoke(() -> editor().undoTextProperty().get())).isEqualTo("Undo Add ‘Peace talks’");
        assertThat(window.stage().getTitle()).isEqualTo("Timeline Explorer — • Mine");

        shortcut(robot, KeyCode.Z);
        settle();
        assertThat(window.timeline().getEvents()).extracting(Event::title).containsExactly("Korean War", "Armistice");

        shortcut(robot, KeyCode.S);
        settle();
        assertThat(new DatasetLoader().read(file).dataset().events())
                .extracting(Event::title)
                .containsExactly("Korean War", "Armistice");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        shortcut(robot, KeyCode.S);
        settle();
        assertThat(new DatasetLoader().read(file).dataset().events())
                .extracting(Event::title)
                .containsExactly("Korean War", "Peace talks", "Armistice");
        assertThat(window.stage().getTitle()).isEqualTo("Timeline Explorer — Mine");
    }

    @Test
    void givenTheFormOfAnEvent_whenADateIsWrong_thenTheFieldShowsTheLoadersMessageAndNothingIsApplied(FxRobot robot)
            throws Exception {
        Dataset before = openMine();
        Event war = before.event("b");
        runFx(() -> {
            window.timeline().setSelectedEvent(war);
            window.timeline().requestFocus();
        });

        robot.type(KeyCode.ENTER);
        EventForm form = waitForForm();
        javafx.scene.control.TextField start =
                robot.lookup("#event-form-start").queryAs(javafx.scene.control.TextField.class);
        runFx(() -> start.setText("1950-13"));

        javafx.scene.control.Label error =
                robot.lookup("#event-form-error-start").queryAs(javafx.scene.control.Label.class);
        String expected = new DatasetLoader()
                .read(
                        new java.io.ByteArrayInputStream(MINE.replace("1950-06-25", "1950-13")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "x")
                .errors()
                .get(0)
                .message();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo(expected);
        assertThat(robot.lookup("#event-form-apply").queryButton().isDisabled()).isTrue();

        shortcut(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(invoke(() -> window.editing().form()))
                .as("a wrong form stays open")
                .isNotNull();
        robot.type(KeyCode.ESCAPE);
        settle();

        assertThat(invoke(() -> window.editing().form())).isNull();
        assertThat(window.datasetProperty().get()).isEqualTo(before);
        assertThat(invoke(() -> editor().isModified())).isFalse();

        // The same form, corrected: the change is applied and named.
        robot.type(KeyCode.ENTER);
        form = waitForForm();
        EventForm open = form;
        runFx(() -> robot.lookup("#event-form-start")
                .queryAs(javafx.scene.control.TextField.class)
                .setText("1950-06-24"));
        shortcut(robot, KeyCode.ENTER);
        settle();
        assertThat(window.datasetProperty().get().event("b").start().toIsoString())
                .isEqualTo("1950-06-24");
        assertThat(invoke(() -> editor().undoTextProperty().get())).isEqualTo("Undo Change ‘Korean War’");
        assertThat(open.stage().isShowing()).isFalse();
    }

    @Test
    void givenUnsavedChanges_whenTheAppStopsWithoutClosing_thenTheNextStartOffersThemAndSavingDeletesTheCopy(
            FxRobot robot) throws Exception {
        openMine();
        Path folder = dir.resolve("recovery");
        runFx(() -> editor().setRecovery(new Recovery(folder)));
        selectAndDelete(robot, "Armistice");

        invoke(() -> editor().writeRecovery()).get(10, TimeUnit.SECONDS);
        Path copy = folder.resolve("recovery.json");
        assertThat(new DatasetLoader().read(copy).dataset().events())
                .extracting(Event::title)
                .containsExactly("Korean War");

        // As at the next start after a crash: the file is open as it is on disk, and the copy is offered.
        runFx(() -> editor().setAsker(title -> DatasetEditor.Choice.DISCARD));
        runFx(() -> window.reload());
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> window.datasetProperty().get().events().size() == 2);
        settle();
        runFx(() -> editor().setRestoreAsker(found -> found.source().equals(file)));
        runFx(() -> editor().offerRecovery());
        settle();

        assertThat(window.timeline().getEvents()).extracting(Event::title).containsExactly("Korean War");
        assertThat(window.stage().getTitle()).isEqualTo("Timeline Explorer — • Mine");
        assertThat(invoke(() -> editor().target())).isEqualTo(file);

        shortcut(robot, KeyCode.S);
        settle();
        assertThat(new DatasetLoader().read(file).dataset().events())
                .extracting(Event::title)
                .containsExactly("Korean War");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(copy));
    }

    @Test
    void givenTheKoreanWar_whenItsBarAndThenItsEndAreDragged_thenEachDragIsOneUndoableChangeByWholeMonths(FxRobot robot)
            throws Exception {
        Dataset dataset = waitForDataset();
        dev.timelineexplorer.view.TimelineView timeline = window.timeline();
        Event war = dataset.event("korean-war");
        double from = java.time.LocalDate.of(1949, 1, 1).toEpochDay();
        runFx(() -> timeline.setVisibleRange(new dev.timelineexplorer.view.TimeRange(from, from + 4 * 365.25)));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D where = invoke(
                        () -> dev.timelineexplorer.testing.DrawnEvents.locate(timeline, dataset, war))
                .orElseThrow();
        double daysPerPixel = invoke(() -> timeline.timeScale().daysFor(1));
        assertThat(1 / daysPerPixel * 30.4)
                .as("a month takes several pixels at this zoom")
                .isGreaterThan(6);
        assertThat(1 / daysPerPixel).as("a day does not").isLessThan(6);

        robot.drag(invoke(() -> timeline.localToScreen(where)), javafx.scene.input.MouseButton.PRIMARY)
                .moveBy(60, 0)
                .moveBy(60, 0)
                .drop();
        settle();

        long months = Math.round(120 * daysPerPixel / (365.2425 / 12));
        Event moved = window.datasetProperty().get().event("korean-war");
        assertThat(moved.start()).isEqualTo(plusMonths(HistoricalDate.of(1950, 6, 25), months));
        assertThat(moved.end()).isEqualTo(plusMonths(HistoricalDate.of(1953, 7, 27), months));
        assertThat(invoke(() -> editor().undoTextProperty().get())).isEqualTo("Undo Move ‘Korean War’");

        // The start of the bar, grabbed at its first pixels, drawn where the time scale puts it.
        double startX = invoke(() -> timeline.timeScale().toX(moved.startDay())) + 2;
        robot.drag(invoke(() -> timeline.localToScreen(startX, where.getY())), javafx.scene.input.MouseButton.PRIMARY)
                .moveBy(40, 0)
                .moveBy(40, 0)
                .drop();
        settle();
        long later = Math.round(80 * daysPerPixel / (365.2425 / 12));
        Event resized = window.datasetProperty().get().event("korean-war");
        assertThat(later).isPositive();
        assertThat(resized.start()).isEqualTo(plusMonths(moved.start(), later));
        assertThat(resized.end()).isEqualTo(moved.end());
        assertThat(invoke(() -> editor().undoTextProperty().get())).isEqualTo("Undo Resize ‘Korean War’");

        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        settle();
        assertThat(window.datasetProperty().get()).isEqualTo(dataset);
    }

    @Test
    void givenANewDataset_whenAnEventIsAddedAndSaved_thenSaveAsWritesAFileThatOpens(FxRobot robot) throws Exception {
        waitForDataset();
        Path chosen = dir.resolve("new.json");
        runFx(() -> editor().setSaveAsChooser(from -> chosen));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        settle();
        assertThat(window.datasetProperty().get().events()).isEmpty();
        assertThat(window.stage().getTitle()).isEqualTo("Timeline Explorer — Untitled");

        runFx(() -> window.timeline().requestFocus());
        shortcut(robot, KeyCode.N);
        EventForm form = waitForForm();
        robot.targetWindow(form.stage()).write("First event");
        shortcut(robot, KeyCode.ENTER);
        settle();
        assertThat(window.stage().getTitle()).isEqualTo("Timeline Explorer — • Untitled");

        shortcut(robot, KeyCode.S);
        settle();
        assertThat(new DatasetLoader().read(chosen).dataset().events())
                .extracting(Event::title)
                .containsExactly("First event");
        assertThat(window.session().currentFile()).isEqualTo(chosen);
    }

    @Test
    void givenJapansRowInTheSidebar_whenItsRelationsAreEdited_thenOverlapsAreRefusedAndTheChangeIsOneUndoableEdit(
            FxRobot robot) throws Exception {
        Dataset dataset = waitForDataset();
        dev.timelineexplorer.model.Country japan = dataset.country("JP");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListCell<Object> cell = robot.lookup("#country-list .list-cell")
                .match(node -> node instanceof javafx.scene.control.ListCell<?> c
                        && c.getContextMenu() != null
                        && c.getAccessibleText() != null
                        && c.getAccessibleText().contains("Japan"))
                .queryAs(javafx.scene.control.ListCell.class);
        MenuItem edit = invoke(() -> cell.getContextMenu().getItems().stream()
                .filter(item -> "Edit Country and Relations…".equals(item.getText()))
                .findFirst()
                .orElseThrow());

        runFx(edit::fire);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> invoke(() -> window.editing().countryForm()) != null);
        javafx.scene.control.TextArea periods =
                robot.lookup("#country-form-periods").queryAs(javafx.scene.control.TextArea.class);
        String before = invoke(periods::getText);
        String firstLine = before.split("\n")[0];
        // The first period again, open-ended: it overlaps the first.
        String[] parts = firstLine.split("\\|", -1);
        parts[parts.length - 2] = " ";
        runFx(() -> periods.setText(before + "\n" + String.join("|", parts)));

        javafx.scene.control.Label error =
                robot.lookup("#country-form-error-periods").queryAs(javafx.scene.control.Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("overlap");
        assertThat(robot.lookup("#country-form-apply").queryButton().isDisabled())
                .isTrue();

        runFx(() -> {
            periods.setText(before);
            robot.lookup("#country-form-name")
                    .queryAs(javafx.scene.control.TextField.class)
                    .setText("Nippon");
        });
        assertThat(error.isVisible()).isFalse();
        runFx(() -> robot.lookup("#country-form-apply").queryButton().fire());
        settle();

        dev.timelineexplorer.model.Country renamed =
                window.datasetProperty().get().country("JP");
        assertThat(renamed.name().in("en")).isEqualTo("Nippon");
        assertThat(renamed.name().in("ko")).isEqualTo(japan.name().in("ko"));
        assertThat(renamed.periods()).isEqualTo(japan.periods());
        assertThat(invoke(() -> editor().undoTextProperty().get())).isEqualTo("Undo Change ‘Nippon’");

        runFx(() -> window.timeline().requestFocus());
        shortcut(robot, KeyCode.Z);
        settle();
        assertThat(window.datasetProperty().get()).isEqualTo(dataset);
    }

    @Test
    void givenTheMap_whenBrazilIsRightClicked_thenItsFormOpens(FxRobot robot) throws Exception {
        waitForDataset();
        dev.timelineexplorer.view.map.WorldMapView map = window.mapPanel().map();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> invoke(() -> map.countryPosition("BR")) != null);
        // Brazil, in the middle of the map's height, away from the panel's controls along its edges.
        javafx.geometry.Point2D brazil = invoke(() -> map.localToScreen(map.countryPosition("BR")));

        robot.rightClickOn(brazil);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("Edit Country and Relations…").tryQuery().isPresent());
        robot.clickOn("Edit Country and Relations…");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> invoke(() -> window.editing().countryForm()) != null);

        assertThat(robot.lookup("#country-form-name")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText())
                .isEqualTo("Brazil");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(invoke(() -> window.editing().countryForm())).isNull();
    }

    /** A day-precise date some months later, worked out with java.time. */
    private static HistoricalDate plusMonths(HistoricalDate date, long months) {
        java.time.LocalDate moved =
                java.time.LocalDate.of(date.year(), date.month(), date.day()).plusMonths(months);
        return HistoricalDate.of(moved.getYear(), moved.getMonthValue(), moved.getDayOfMonth());
    }
}
