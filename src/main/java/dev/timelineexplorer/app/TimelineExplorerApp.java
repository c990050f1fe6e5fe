package dev.timelineexplorer.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the explorer window on the file given as the first argument, else on the dataset
 * open at the last exit, else on the bundled South Korea dataset.
 */
public final class TimelineExplorerApp extends Application {
    @Override
    public void start(Stage stage) {
        AppPreferences preferences = AppPreferences.open();
        ExplorerWindow window =
                new ExplorerWindow(stage, preferences, url -> getHostServices().showDocument(url));
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
