package dev.timelineexplorer.app;

import dev.timelineexplorer.io.BundledDataset;
import dev.timelineexplorer.io.LoadResult;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: opens the explorer window on a dataset. */
public final class TimelineExplorerApp extends Application {
    @Override
    public void start(Stage stage) {
        LoadResult result = BundledDataset.load();
        Label label = new Label(
                result.dataset().title() + ": " + result.dataset().events().size() + " events");
        stage.setTitle("Timeline Explorer — " + result.dataset().title());
        stage.setScene(new Scene(label, 800, 500));
        stage.show();
    }
}
