package dev.timelineexplorer.app;

import dev.timelineexplorer.app.settings.AppPreferences;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.app.settings.StartupTrace;
import dev.timelineexplorer.app.window.ExplorerWindow;
import dev.timelineexplorer.app.window.UnexpectedErrors;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The JavaFX application: opens the explorer window on the file given as the first argument, else on the dataset
 * open at the last exit, else on the bundled South Korea dataset. The interface speaks the language chosen last time,
 * else the system's when it is Korean, else English.
 */
public final class TimelineExplorerApp extends Application {
    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit started");
        AppPreferences preferences = AppPreferences.open();
        Locale chosen = preferences.language();
        I18n i18n = new I18n(chosen != null ? chosen : Locale.getDefault());
        ExplorerWindow window =
                new ExplorerWindow(stage, preferences, url -> getHostServices().showDocument(url), i18n);
        // A bug anywhere is logged with its stack trace and told to the user, not lost; one dialog at a time.
        UnexpectedErrors errors = new UnexpectedErrors(stage, i18n);
        Thread.setDefaultUncaughtExceptionHandler(errors::report);
        StartupTrace.mark("window built");
        // The dataset is read in the background while the window is shown, rather than after.
        window.open(fileToOpen(getParameters().getUnnamed(), preferences));
        window.show();
        StartupTrace.mark("window shown");
        // Unsaved changes a crash left behind are offered once the first dataset is on screen.
        window.offerRecoveryOnceShown();
        if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
            exitOnceShown(window);
        }
    }

    /**
     * Quits a few seconds after the first dataset is shown, when the system property {@value} is true: the installer's
     * training run, which records the classes a start loads into a class-data archive (see the README).
     */
    public static final String EXIT_WHEN_SHOWN = "timeline.exitWhenShown";

    private static void exitOnceShown(ExplorerWindow window) {
        window.datasetProperty().addListener((o, old, now) -> {
            if (now != null && old == null) {
                // A few frames, a resize and the map drawn, so that their classes are recorded too.
                PauseTransition settle = new PauseTransition(Duration.seconds(3));
                settle.setOnFinished(e -> Platform.exit());
                settle.play();
            }
        });
    }

    public static Path fileToOpen(List<String> arguments, AppPreferences preferences) {
        if (!arguments.isEmpty()) {
            return Path.of(arguments.get(0));
        }
        Path last = preferences.lastDataset();
        return ExplorerWindow.readable(last) ? last : null;
    }
}
