package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.I18n;
import java.lang.System.Logger.Level;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * Tells the user of a bug: every unexpected error is logged with its stack trace, and one dialog says so. While that
 * dialog is open, later errors (a bug in drawing repeats on every frame) do not open more: the open one counts them.
 */
public final class UnexpectedErrors {
    private static final System.Logger LOG = System.getLogger(UnexpectedErrors.class.getName());

    private final Window owner;
    private final I18n i18n;
    private Alert open;
    private Throwable first;
    private int more;

    public UnexpectedErrors(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /** Logs an error from any thread and tells the user on the JavaFX thread. */
    public void report(Thread thread, Throwable error) {
        LOG.log(Level.ERROR, "unexpected error on " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    /** The dialog shown now, or null. */
    public Alert dialog() {
        return open;
    }

    /** How many errors came while the dialog was open. */
    public int countedSinceShown() {
        return more;
    }

    private void show(Throwable error) {
        if (open != null && open.isShowing()) {
            more++;
            open.setContentText(text());
            return;
        }
        first = error;
        more = 0;
        open = Dialogs.error(owner, i18n.text("error.unexpectedTitle"), text());
        open.setOnHidden(e -> open = null);
    }

    private String text() {
        String text = i18n.text("error.unexpected", first);
        return more == 0 ? text : text + "\n\n" + i18n.text("error.unexpectedMore", more);
    }
}
