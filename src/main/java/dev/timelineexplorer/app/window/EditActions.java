package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.edit.Edit;
import dev.timelineexplorer.model.edit.Edits;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The editing commands, one {@link AppAction} each, for the File and Edit menus: Save, Save as, Undo and Redo (named
 * after the edit they undo), and Duplicate and Delete of the selected event. Delete and Enter are keys of the
 * timeline (and table), not menu accelerators, so that they keep their meaning in a text field.
 */
public final class EditActions {
    private final ExplorerWindow window;
    private final DatasetEditor editor;
    private final I18n i18n;
    private final AppAction save;
    private final AppAction saveAs;
    private final AppAction undo;
    private final AppAction redo;
    private final AppAction duplicate;
    private final AppAction delete;

    EditActions(ExplorerWindow window, DatasetEditor editor, I18n i18n) {
        this.window = window;
        this.editor = editor;
        this.i18n = i18n;
        save = AppAction.of(i18n, "menu.save", Material2MZ.SAVE, shortcut(KeyCode.S), editor::save);
        saveAs = AppAction.of(
                i18n,
                "menu.saveAs",
                null,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                editor::saveAs);
        undo = AppAction.of(i18n, "menu.undo", null, shortcut(KeyCode.Z), editor::undo);
        redo = AppAction.of(
                i18n,
                "menu.redo",
                null,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                editor::redo);
        duplicate = AppAction.of(i18n, "menu.duplicateEvent", null, shortcut(KeyCode.D), this::duplicateSelected);
        delete = AppAction.of(i18n, "menu.deleteEvent", null, null, this::deleteSelected);
        undo.disabledProperty().bind(editor.canUndoProperty().not());
        redo.disabledProperty().bind(editor.canRedoProperty().not());
        var noSelection = window.timeline().selectedEventProperty().isNull();
        duplicate.disabledProperty().bind(noSelection);
        delete.disabledProperty().bind(noSelection);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** The File menu's items for saving. */
    List<MenuItem> fileItems() {
        MenuItem saveItem = save.menuItem();
        saveItem.setId("menu-save");
        MenuItem saveAsItem = saveAs.menuItem();
        saveAsItem.setId("menu-save-as");
        return List.of(new SeparatorMenuItem(), saveItem, saveAsItem);
    }

    /** The Edit menu. */
    Menu editMenu() {
        Menu menu = new Menu();
        menu.textProperty().bind(i18n.binding("menu.edit"));
        menu.setId("menu-edit");
        MenuItem undoItem = named(undo.menuItem(), editor.undoTextProperty());
        undoItem.setId("menu-undo");
        MenuItem redoItem = named(redo.menuItem(), editor.redoTextProperty());
        redoItem.setId("menu-redo");
        MenuItem duplicateItem = duplicate.menuItem();
        duplicateItem.setId("menu-duplicate");
        MenuItem deleteItem = delete.menuItem();
        deleteItem.setId("menu-delete");
        menu.getItems().addAll(undoItem, redoItem, new SeparatorMenuItem(), duplicateItem, deleteItem);
        return menu;
    }

    private static MenuItem named(MenuItem item, ObservableStringValue text) {
        item.textProperty().unbind();
        item.textProperty().bind(Bindings.createStringBinding(text::get, text));
        return item;
    }

    /** Ctrl+Y redoes too, as on Windows; Delete deletes the event selected on the timeline or in the table. */
    void installKeys(Scene scene, List<Node> eventViews) {
        scene.getAccelerators().put(shortcut(KeyCode.Y), redo::run);
        for (Node view : eventViews) {
            view.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown() && !e.isAltDown()) {
                    delete.run();
                    e.consume();
                }
            });
        }
    }

    /** Deletes the selected event, if any. */
    public void deleteSelected() {
        Event selected = window.timeline().getSelectedEvent();
        if (selected != null && editor.dataset() != null) {
            editor.apply(Edits.delete(editor.dataset(), selected));
        }
    }

    /** Adds a copy of the selected event and selects the copy. */
    public void duplicateSelected() {
        Event selected = window.timeline().getSelectedEvent();
        if (selected == null || editor.dataset() == null) {
            return;
        }
        Edit edit = Edits.duplicate(editor.dataset(), selected, Edits.freeId(editor.dataset(), selected.id()));
        if (editor.apply(edit)) {
            window.timeline().setSelectedEvent(edit.added().get(0).event());
        }
    }
}
