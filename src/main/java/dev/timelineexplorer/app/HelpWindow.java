package dev.timelineexplorer.app;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The F1 window: keyboard and mouse shortcuts, and a summary of the data format. */
final class HelpWindow {
    private static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Ctrl+O", "Open a dataset (or drop a .json file on the window)"},
            new String[] {"F5", "Reload the dataset (it also reloads by itself when the file changes)"},
            new String[] {"Ctrl+F", "Search events"},
            new String[] {"Ctrl+0", "Fit all events"},
            new String[] {"Ctrl+T", "Show or hide the event table"},
            new String[] {"Ctrl+Q", "Quit"},
            new String[] {"F1", "This help"},
            new String[] {"Mouse wheel", "Zoom around the pointer"},
            new String[] {"Shift+wheel, horizontal scroll", "Pan"},
            new String[] {"Drag", "Pan; drag the window in the overview strip to pan, its edges to zoom"},
            new String[] {"Click / double-click", "Select an event / zoom to it (on empty space: zoom in 2×)"},
            new String[] {"+ / −", "Zoom in / out (timeline focused)"},
            new String[] {"Left / Right", "Pan by a tenth of the view"},
            new String[] {"Home / End", "First / last event"},
            new String[] {"Tab, ] / Shift+Tab, [", "Next / previous event in time"},
            new String[] {"0", "Fit all events"},
            new String[] {"Escape", "Clear the selection"});

    private static final String FORMAT = String.join(
            "\n",
            "A dataset is a UTF-8 JSON file:",
            "{ \"title\": …, \"countries\": [{\"code\", \"name\", \"color\", \"kind\"}],",
            "  \"categories\": [{\"id\", \"name\", \"color\"}], \"eras\": [{\"title\", \"start\", \"end\"}],",
            "  \"events\": [{\"id\", \"title\", \"start\", \"end\", \"countries\", \"category\",",
            "               \"summary\", \"description\", \"sources\": [{\"title\", \"url\"}], \"tags\"}] }",
            "",
            "Only \"events\" and each event's \"title\" and \"start\" are required.",
            "Dates: \"1965\", \"1965-06\" or \"1965-06-22\"; \"-0043-03-15\" is 15 March 44 BC.",
            "Colours: #RRGGBB. Source links: http or https only.",
            "The JSON Schema is data/timeline-dataset.schema.json; the README has the full description.");

    private HelpWindow() {}

    static Stage create(Window owner, List<String> stylesheets) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(190), new ColumnConstraints());
        for (int row = 0; row < SHORTCUTS.size(); row++) {
            Label key = new Label(SHORTCUTS.get(row)[0]);
            key.getStyleClass().add("shortcut-key");
            Label action = new Label(SHORTCUTS.get(row)[1]);
            action.setWrapText(true);
            grid.addRow(row, key, action);
        }
        Label shortcutsTitle = new Label("Keyboard and mouse");
        shortcutsTitle.getStyleClass().add("title-4");
        Label formatTitle = new Label("Data format");
        formatTitle.getStyleClass().add("title-4");
        Label format = new Label(FORMAT);
        format.getStyleClass().add("format-summary");
        format.setWrapText(true);
        VBox content = new VBox(12, shortcutsTitle, grid, formatTitle, format);
        content.setPadding(new Insets(20));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 640, 620);
        scene.getStylesheets().addAll(stylesheets);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Timeline Explorer — Help");
        stage.setScene(scene);
        return stage;
    }
}
