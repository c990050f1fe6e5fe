package dev.timelineexplorer.app;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the explorer window on the file given as the first argument, else on the dataset
 * open at the last exit, else on the bundled South Korea dataset. The interface speaks the language chosen last time,
 * else the system's when it is Korean, else English.
 */
public final class TimelineExplorerApp extends Application {
    private static final System.Logger LOG = System.getLogger(TimelineExplorerApp.class.getName());

    @Override
    public void start(Stage stage) {
        AppPreferences preferences = AppPreferences.open();
        Locale chosen = preferences.language();
        I18n i18n = new I18n(chosen != null ? chosen : Locale.getDefault());
        ExplorerWindow window =
                new ExplorerWindow(stage, preferences, url -> getHostServices().showDocument(url), i18n);
        // A bug anywhere is logged with its stack trace and told to the user, not lost.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.ERROR, "unexpected error on " + thread.getName(), error);
            Platform.runLater(() ->
                    Dialogs.error(stage, i18n.text("error.unexpectedTitle"), i18n.text("error.unexpected", error)));
        });
        window.show();
        window.open(fileToOpen(getParameters().getUnnamed(), preferences));
    }

    static Path fileToOpen(List<String> arguments, AppPreferences preferences) {
        if (!arguments.isEmpty()) {
            return Path.of(arguments.get(0));
        }
        Path last = preferences.lastDataset();
        return ExplorerWindow.readable(last) ? last : null;
    }
}
