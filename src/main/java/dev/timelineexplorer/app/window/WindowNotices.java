package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.Fonts;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.io.DatasetFileException;
import dev.timelineexplorer.io.ProblemMessages;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import javafx.stage.Stage;

/**
 * What the window tells the user when something goes wrong that is not theirs to fix in the window itself: a file
 * that could not be opened or reloaded, and a bundled font that could not be read. A file opened by the user gets a
 * dialog; a reload the app did by itself, and the font warning, get a notice in the status bar that opens the
 * details, so that nothing gets in the way of an editor where the file is being written.
 */
public final class WindowNotices {
    private final Stage stage;
    private final I18n i18n;
    private final StatusBar status;
    private boolean fontWarningShown;

    WindowNotices(Stage stage, I18n i18n, StatusBar status) {
        this.stage = stage;
        this.i18n = i18n;
        this.status = status;
    }

    /** Says why a file could not be opened or reloaded: its list of problems, or what kept it from being read. */
    public void loadFailed(DatasetSession.Failure failure) {
        String name = DatasetSession.displayName(failure.file());
        String title = i18n.text("problems.openTitle", name);
        if (failure.problems() != null) {
            Runnable showProblems = () ->
                    Dialogs.problems(stage, i18n, title, failure.problems().problems(), true);
            if (failure.automatic()) {
                // The file was saved with mistakes while open: say so without a dialog in the way of the editor.
                status.showNotice(
                        "status.reloadProblems",
                        showProblems,
                        failure.problems().errors().size(),
                        name);
            } else {
                showProblems.run();
            }
            return;
        }
        String message = describe(failure);
        if (failure.automatic()) {
            status.showNotice("status.reloadFailed", () -> Dialogs.error(stage, name, message), name);
        } else {
            Dialogs.error(stage, title, message);
        }
    }

    private String describe(DatasetSession.Failure failure) {
        Throwable error = failure.error();
        if (failure.unexpected()) {
            return i18n.text("error.unexpected", error);
        }
        if (error instanceof NoSuchFileException) {
            return i18n.text("error.noSuchFile", error.getMessage());
        }
        if (error instanceof AccessDeniedException) {
            return i18n.text("error.accessDenied", error.getMessage());
        }
        if (error instanceof DatasetFileException fault) {
            return i18n.text("error.cannotRead", ProblemMessages.text(fault.what(), i18n.getLocale()));
        }
        return i18n.text("error.cannotRead", error.getMessage() == null ? error.toString() : error.getMessage());
    }

    /**
     * Says once, in the status bar, that the bundled font could not be read and the system's fonts are used (Korean
     * may then show as boxes where the system has no Korean font); the notice opens the details.
     */
    public void warnOnceIfBundledFontMissing() {
        if (fontWarningShown) {
            return;
        }
        Fonts.bundled().failure().ifPresent(why -> {
            fontWarningShown = true;
            status.showNotice(
                    "fonts.bundledMissingShort",
                    () -> Dialogs.error(
                            stage, i18n.text("fonts.bundledMissingShort"), i18n.text("fonts.bundledMissing", why)));
        });
    }
}
