package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.I18n;
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

/** The F1 window: keyboard and mouse shortcuts, and a summary of the data format, in the interface's language. */
public final class HelpWindow {
    /** The keys of each shortcut, and the bundle key of what it does. */
    private static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Ctrl+O", "help.open"},
            new String[] {"F5", "help.reload"},
            new String[] {"Ctrl+F", "help.search"},
            new String[] {"Ctrl+0", "help.fit"},
            new String[] {"Ctrl+T", "help.table"},
            new String[] {"Ctrl+M", "help.map"},
            new String[] {"Ctrl+P", "help.play"},
            new String[] {"Ctrl+← / Ctrl+→", "help.step"},
            new String[] {"Ctrl+Q", "help.quit"},
            new String[] {"Ctrl+S / Ctrl+Shift+S", "help.save"},
            new String[] {"Ctrl+N", "help.newEvent"},
            new String[] {"Enter", "help.editEvent"},
            new String[] {"Delete / Ctrl+D", "help.deleteDuplicate"},
            new String[] {"Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y", "help.undoRedo"},
            new String[] {"F1", "help.help"},
            new String[] {"help.keys.wheel", "help.wheel"},
            new String[] {"help.keys.shiftWheel", "help.pan"},
            new String[] {"help.keys.drag", "help.drag"},
            new String[] {"help.keys.click", "help.click"},
            new String[] {"+ / −", "help.zoom"},
            new String[] {"← / →", "help.arrows"},
            new String[] {"Home / End", "help.firstLast"},
            new String[] {"Tab, ] / Shift+Tab, [", "help.nextPrevious"},
            new String[] {"↑ / ↓", "help.lanes"},
            new String[] {"help.keys.laneScroll", "help.laneScroll"},
            new String[] {"help.keys.laneHeader", "help.laneHeader"},
            new String[] {"0", "help.fit"},
            new String[] {"Escape", "help.escape"},
            new String[] {"help.keys.mapArrows", "help.mapArrows"},
            new String[] {"help.keys.mapEnter", "help.mapEnter"});

    private HelpWindow() {}

    public static Stage create(Window owner, List<String> stylesheets, I18n i18n) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(190), new ColumnConstraints());
        for (int row = 0; row < SHORTCUTS.size(); row++) {
            String keys = SHORTCUTS.get(row)[0];
            Label key = new Label();
            key.textProperty().bind(keys.startsWith("help.") ? i18n.binding(keys) : i18n.binding("help.literal", keys));
            key.getStyleClass().add("shortcut-key");
            Label action = new Label();
            action.textProperty().bind(i18n.binding(SHORTCUTS.get(row)[1]));
            action.setWrapText(true);
            grid.addRow(row, key, action);
        }
        Label shortcutsTitle = new Label();
        shortcutsTitle.textProperty().bind(i18n.binding("help.shortcutsTitle"));
        shortcutsTitle.getStyleClass().add("title-4");
        Label formatTitle = new Label();
        formatTitle.textProperty().bind(i18n.binding("help.formatTitle"));
        formatTitle.getStyleClass().add("title-4");
        Label format = new Label();
        format.textProperty().bind(i18n.binding("help.format"));
        format.getStyleClass().add("format-summary");
        format.setWrapText(true);
        VBox content = new VBox(12, shortcutsTitle, grid, formatTitle, format);
        content.setPadding(new Insets(20));
        content.setId("help-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 660, 640);
        scene.getStylesheets().addAll(stylesheets);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(i18n.binding("help.title"));
        stage.setScene(scene);
        return stage;
    }
}
