package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.io.EventDraft;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.edit.Edit;
import dev.timelineexplorer.model.edit.EditKind;
import dev.timelineexplorer.model.edit.Edits;
import dev.timelineexplorer.view.EventDrag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
    private final StatusBar status;
    private final AppAction save;
    private final AppAction saveAs;
    private final AppAction undo;
    private final AppAction redo;
    private final AppAction duplicate;
    private final AppAction delete;
    private final AppAction newEvent;
    private final AppAction newDataset;
    private final AppAction editEvent;
    /** The form open now, or null. */
    private EventForm form;
    /** The country form open now, or null. */
    private CountryForm countryForm;

    EditActions(ExplorerWindow window, DatasetEditor editor, I18n i18n, StatusBar status) {
        this.window = window;
        this.status = status;
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
        newDataset = AppAction.of(
                i18n,
                "menu.newDataset",
                null,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                editor::newDataset);
        newEvent = AppAction.of(i18n, "menu.newEvent", null, shortcut(KeyCode.N), this::newEvent);
        editEvent = AppAction.of(i18n, "menu.editEvent", null, null, this::editSelected);
        undo.disabledProperty().bind(editor.canUndoProperty().not());
        redo.disabledProperty().bind(editor.canRedoProperty().not());
        var noSelection = window.timeline().selectedEventProperty().isNull();
        duplicate.disabledProperty().bind(noSelection);
        delete.disabledProperty().bind(noSelection);
        editEvent.disabledProperty().bind(noSelection);
        window.timeline().setOnEventDrag(this::dragged);
        window.sidebar().countryList().setMoreItems(code -> {
            MenuItem edit = new MenuItem(i18n.text("menu.editCountry"));
            edit.setOnAction(e -> editCountry(code));
            return List.of(new SeparatorMenuItem(), edit);
        });
        installMapMenu(window.mapPanel().map());
    }

    /** Right-click on a country of the map: Edit Country and Relations. */
    private void installMapMenu(dev.timelineexplorer.view.map.WorldMapView map) {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        // The system's context-menu gesture, and a right click where the platform reports none (a headless one).
        map.setOnContextMenuRequested(e -> {
            if (showMapMenu(map, menu, e.getX(), e.getY(), e.getScreenX(), e.getScreenY())) {
                e.consume();
            }
        });
        map.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY && !menu.isShowing()) {
                showMapMenu(map, menu, e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            }
        });
    }

    private boolean showMapMenu(
            dev.timelineexplorer.view.map.WorldMapView map,
            javafx.scene.control.ContextMenu menu,
            double x,
            double y,
            double screenX,
            double screenY) {
        String code = map.countryAt(x, y);
        Dataset dataset = editor.dataset();
        if (code == null || dataset == null || dataset.country(code) == null) {
            return false;
        }
        MenuItem edit = new MenuItem(i18n.text("menu.editCountry"));
        edit.setId("map-edit-country");
        edit.setOnAction(a -> editCountry(code));
        menu.getItems().setAll(edit);
        menu.show(map, screenX, screenY);
        return true;
    }

    /**
     * Opens the form of a country (from its row in the sidebar): its name, colour, region and relation periods;
     * applying it changes the country as one edit.
     */
    public void editCountry(String code) {
        Dataset dataset = editor.dataset();
        Country country = dataset == null ? null : dataset.country(code);
        if (country == null) {
            return;
        }
        if (countryForm != null && countryForm.stage().isShowing()) {
            countryForm.stage().toFront();
            return;
        }
        countryForm = CountryForm.show(window.stage(), i18n, dataset, country, changed -> {
            if (changed.equals(country)) {
                return;
            }
            EditKind kind =
                    changed.periods().equals(country.periods()) ? EditKind.CHANGE_COUNTRY : EditKind.CHANGE_PERIODS;
            editor.apply(Edits.changeCountry(editor.dataset(), country, changed, kind));
        });
    }

    /** The country form open now, or null (for tests). */
    CountryForm countryForm() {
        return countryForm != null && countryForm.stage().isShowing() ? countryForm : null;
    }

    /**
     * An event dragged on the timeline: where it would go is said in the status bar while the drag goes on, and the
     * move or resize is made, as one edit, when it ends.
     */
    private void dragged(EventDrag drag) {
        Dataset dataset = editor.dataset();
        if (dataset == null) {
            return;
        }
        Event moved = Edits.withDates(drag.event(), drag.start(), drag.end());
        if (!drag.finished()) {
            status.showMessage(i18n.text(
                    "edit.dragTo",
                    drag.event().title(i18n.language()),
                    dev.timelineexplorer.app.settings.DateTexts.of(i18n).range(moved)));
            return;
        }
        if (drag.isUnchanged()) {
            status.restoreCounts();
            return;
        }
        EditKind kind = drag.kind() == EventDrag.Kind.MOVE ? EditKind.MOVE_EVENT : EditKind.RESIZE_EVENT;
        if (editor.apply(Edits.change(dataset, drag.event(), moved, kind))) {
            window.timeline().setSelectedEvent(moved);
        }
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
        MenuItem newItem = newDataset.menuItem();
        newItem.setId("menu-new-dataset");
        return List.of(new SeparatorMenuItem(), newItem, saveItem, saveAsItem);
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
        MenuItem newItem = newEvent.menuItem();
        newItem.setId("menu-new-event");
        MenuItem editItem = editEvent.menuItem();
        editItem.setId("menu-edit-event");
        menu.getItems()
                .addAll(undoItem, redoItem, new SeparatorMenuItem(), newItem, editItem, duplicateItem, deleteItem);
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
                if (e.isShortcutDown() || e.isAltDown()) {
                    return;
                }
                if (e.getCode() == KeyCode.DELETE) {
                    delete.run();
                    e.consume();
                } else if (e.getCode() == KeyCode.ENTER && window.timeline().getSelectedEvent() != null) {
                    editEvent.run();
                    e.consume();
                }
            });
        }
    }

    /**
     * Opens the form of a new event on the time cursor's date (the middle of the view while the cursor follows it),
     * its title field focused; applying it adds the event and selects it.
     */
    public void newEvent() {
        Dataset dataset = editor.dataset();
        if (dataset == null) {
            return;
        }
        long day = (long) Math.floor(window.timeline().effectiveCursorDay());
        Map<String, String> empty = new LinkedHashMap<>();
        for (String language : languages(dataset)) {
            empty.put(language, "");
        }
        EventDraft draft = new EventDraft(
                null,
                empty,
                empty,
                empty,
                HistoricalDate.ofEpochDay(day).toIsoString(),
                "",
                List.of(),
                "",
                List.of(),
                List.of());
        openForm(dataset, draft, i18n.text("form.newTitle"), event -> {
            Dataset now = editor.dataset();
            Event added = event.withId(Edits.freeId(now, event.id()));
            if (editor.apply(Edits.add(now, added))) {
                window.timeline().setSelectedEvent(added);
            }
        });
    }

    /** Opens the form of the selected event; applying it changes the event (if anything changed). */
    public void editSelected() {
        Dataset dataset = editor.dataset();
        Event selected = window.timeline().getSelectedEvent();
        if (dataset == null || selected == null) {
            return;
        }
        EventDraft draft = EventDraft.of(selected, dataset.settings().languages());
        openForm(dataset, draft, i18n.text("form.editTitle", selected.title(i18n.language())), event -> {
            if (!event.equals(selected)
                    && editor.apply(Edits.change(editor.dataset(), selected, event, EditKind.CHANGE_EVENT))) {
                window.timeline().setSelectedEvent(event);
            }
        });
    }

    private void openForm(Dataset dataset, EventDraft draft, String heading, Consumer<Event> onApply) {
        if (form != null && form.stage().isShowing()) {
            form.stage().toFront();
            return;
        }
        form = EventForm.show(window.stage(), i18n, dataset, draft, heading, onApply);
    }

    /** The form open now, or null (for tests). */
    EventForm form() {
        return form != null && form.stage().isShowing() ? form : null;
    }

    private static List<String> languages(Dataset dataset) {
        List<String> languages = dataset.settings().languages();
        return languages.isEmpty() ? List.of("") : languages;
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
