package dev.timelineexplorer.app.window;

import atlantafx.base.theme.Styles;
import dev.timelineexplorer.index.TextNormalizer;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A list of check boxes for filtering, in groups (regions of the world, say) that each have a three-state box of
 * their own, filtered by a name query and sorted by name or by count.
 *
 * <p>Every row always shows its box: the row is drawn from the model on every update, never from whatever node the
 * cell held before. A click anywhere on a row toggles it, as people expect from a filter list; a double click (or
 * "Only this one" in the context menu) checks it alone. Space toggles the focused row, left and right fold and
 * unfold a group. The list tells its owner through {@link #setOnChange} once per user action, however many entries
 * the action changed.
 *
 * <p>Why not ControlsFX's {@code CheckTreeView}: its check boxes and their three states would fit the groups, but
 * every other part of this list would have to be built around it again: a tree is sorted and filtered by rebuilding
 * its items (here by name or by count as the counts change, and as the user types), its cells would still need our
 * own layout for the colour dot and the count, a click on a row selects rather than toggles, and it reports each
 * item's change separately where the window wants one change per user action. A list of heading and entry rows
 * does all of that in one place.
 */
public final class FilterList extends ListView<FilterList.Row> {
    /** How counts are written: grouped by thousands as the interface's language does. */
    private java.util.function.LongFunction<String> numbers = n ->
            java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(n);

    /** How the entries are ordered within their groups, and the groups among themselves. */
    public enum Sort {
        /** In the order the entries were given (a dataset's own order of its categories, say). */
        GIVEN,
        /** Alphabetically, in the language's collation. */
        NAME,
        /** Most events first (the faceted counts), then by name. */
        COUNT
    }

    /** One entry that can be checked: a country, an organisation, a category. */
    public static final class Entry {
        private final String key;
        private final String color;
        private boolean checked = true;
        private int count;
        private String name = "";

        /**
         * @param key the country code or category id the entry stands for
         * @param color its colour as {@code #RRGGBB}, or null for none
         */
        Entry(String key, String color) {
            this.key = Objects.requireNonNull(key, "key");
            this.color = color;
        }

        String key() {
            return key;
        }

        String name() {
            return name;
        }

        boolean isChecked() {
            return checked;
        }

        int count() {
            return count;
        }
    }

    /** A group of entries under a heading; a group without a title shows its entries without one. */
    public static final class Group {
        private final String id;
        private final List<Entry> entries;
        private final boolean last;
        private String title;
        private boolean expanded = true;

        /**
         * @param id what the group stands for, such as a region's id
         * @param title its heading, or null for entries shown without one
         * @param entries its entries, in their given order
         * @param last whether it stays after the others whatever the sort (organisations after the regions)
         */
        Group(String id, String title, List<Entry> entries, boolean last) {
            this.id = Objects.requireNonNull(id, "id");
            this.title = title;
            this.entries = List.copyOf(entries);
            this.last = last;
        }

        String id() {
            return id;
        }

        List<Entry> entries() {
            return entries;
        }

        /** The heading, or null. */
        String title() {
            return title;
        }

        boolean isExpanded() {
            return expanded;
        }

        /** Whether every entry is checked (true), none (false), or some (null). */
        Boolean state() {
            int checked = checkedCount(this);
            return checked == entries.size() ? Boolean.TRUE : checked == 0 ? Boolean.FALSE : null;
        }
    }

    /** A row of the list: a group's heading or an entry. */
    public sealed interface Row permits GroupRow, EntryRow {}

    /** The heading of a group. */
    public record GroupRow(Group group) implements Row {}

    /** An entry, in its group. */
    public record EntryRow(Entry entry, Group group) implements Row {}

    /** The cell's horizontal padding: a row is as wide as its cell less this. */
    private static final double ROW_INSETS = 20;

    private List<Group> groups = List.of();
    private String query = "";
    private Sort sort = Sort.GIVEN;
    private Locale locale = Locale.ENGLISH;
    private Runnable onChange = () -> {};
    private Runnable onOrder = () -> {};
    private Function<Entry, String> accessibleText = Entry::name;
    private String onlyThisText = "Only this one";
    private Function<String, List<javafx.scene.control.MenuItem>> moreItems = key -> List.of();

    FilterList() {
        getStyleClass().addAll("filter-list", Styles.DENSE);
        setCellFactory(list -> new FilterCell());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** More commands for an entry's context menu, by its key (the window's editing of a country). */
    public void setMoreItems(Function<String, List<javafx.scene.control.MenuItem>> value) {
        moreItems = Objects.requireNonNull(value, "moreItems");
    }

    /** Called once after each change the user makes. */
    public void setOnChange(Runnable value) {
        onChange = Objects.requireNonNull(value, "onChange");
    }

    /** How the counts are written, in the interface's language. */
    public void setNumbers(java.util.function.LongFunction<String> value) {
        numbers = Objects.requireNonNull(value, "numbers");
        refresh();
    }

    /** The words the list speaks: the context-menu item and what a screen reader says of an entry. */
    public void setTexts(String onlyThis, Function<Entry, String> accessible) {
        onlyThisText = Objects.requireNonNull(onlyThis, "onlyThis");
        accessibleText = Objects.requireNonNull(accessible, "accessible");
        refresh();
    }

    /** Replaces the groups; entries keep the check state they were given. */
    public void setGroups(List<Group> value) {
        groups = List.copyOf(value);
        rebuild();
    }

    public List<Group> groups() {
        return groups;
    }

    /** Renames entries and groups, for a change of language; the order follows the new names. */
    public void rename(Function<Entry, String> entryName, Function<Group, String> groupTitle, Locale language) {
        locale = Objects.requireNonNull(language, "language");
        for (Group group : groups) {
            group.title = group.title == null ? null : groupTitle.apply(group);
            for (Entry entry : group.entries) {
                entry.name = entryName.apply(entry);
            }
        }
        rebuild();
    }

    /** Shows only entries whose name contains the query (ignoring case and accents); empty shows all. */
    public void setQuery(String value) {
        String folded = TextNormalizer.fold(value == null ? "" : value.strip());
        if (!folded.equals(query)) {
            query = folded;
            rebuild();
        }
    }

    public void setSort(Sort value) {
        if (value != sort) {
            sort = Objects.requireNonNull(value, "sort");
            rebuild();
        }
    }

    public Sort getSort() {
        return sort;
    }

    /** Sets each entry's count; with sorting by count, the order follows. */
    public void setCounts(ToIntFunction<Entry> counts) {
        for (Group group : groups) {
            for (Entry entry : group.entries) {
                entry.count = counts.applyAsInt(entry);
            }
        }
        if (sort == Sort.COUNT) {
            rebuild();
        } else {
            refresh();
        }
    }

    /** The keys of the entries not checked, in list order. */
    public Set<String> uncheckedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Group group : groups) {
            for (Entry entry : group.entries) {
                if (!entry.checked) {
                    keys.add(entry.key);
                }
            }
        }
        return keys;
    }

    /** Checks the entries whose keys are not in a set and unchecks the others, without telling the owner. */
    public void checkAllBut(Set<String> unchecked) {
        for (Group group : groups) {
            for (Entry entry : group.entries) {
                entry.checked = !unchecked.contains(entry.key);
            }
        }
        refresh();
    }

    /** Checks or unchecks one entry, as the user would. */
    public void setChecked(String key, boolean checked) {
        for (Group group : groups) {
            for (Entry entry : group.entries) {
                if (entry.key.equals(key)) {
                    entry.checked = checked;
                }
            }
        }
        changed();
    }

    /** Checks every entry, or none, as the user would. */
    public void setAllChecked(boolean checked) {
        for (Group group : groups) {
            setGroupChecked(group, checked);
        }
        changed();
    }

    /** Checks one entry and unchecks all the others, as the user would. */
    public void checkOnly(String key) {
        for (Group group : groups) {
            for (Entry entry : group.entries) {
                entry.checked = entry.key.equals(key);
            }
        }
        changed();
    }

    /** Toggles a group: an all-checked group is unchecked, any other is checked whole. */
    public void toggleGroup(Group group) {
        setGroupChecked(group, group.state() != Boolean.TRUE);
        changed();
    }

    /** Folds or unfolds a group. */
    public void setExpanded(Group group, boolean expanded) {
        if (group.expanded != expanded) {
            group.expanded = expanded;
            rebuild();
        }
    }

    private static void setGroupChecked(Group group, boolean checked) {
        for (Entry entry : group.entries) {
            entry.checked = checked;
        }
    }

    private void toggle(Row row) {
        if (row instanceof EntryRow entryRow) {
            entryRow.entry.checked = !entryRow.entry.checked;
            changed();
        } else if (row instanceof GroupRow groupRow) {
            toggleGroup(groupRow.group);
        }
    }

    private void changed() {
        refresh();
        onChange.run();
    }

    /** Lays out the rows for the query, the sort and which groups are folded, keeping the focused row in place. */
    private void rebuild() {
        Row focused = getFocusModel().getFocusedItem();
        List<Row> rows = new ArrayList<>();
        for (Group group : orderedGroups()) {
            List<Entry> matching = new ArrayList<>();
            for (Entry entry : ordered(group)) {
                if (query.isEmpty() || TextNormalizer.fold(entry.name).contains(query)) {
                    matching.add(entry);
                }
            }
            if (matching.isEmpty()) {
                continue;
            }
            if (group.title != null) {
                rows.add(new GroupRow(group));
            }
            // A query unfolds every group: what matches is what the user is looking for.
            if (group.expanded || !query.isEmpty() || group.title == null) {
                for (Entry entry : matching) {
                    rows.add(new EntryRow(entry, group));
                }
            }
        }
        getItems().setAll(rows);
        if (focused != null) {
            int index = rows.indexOf(focused);
            if (index >= 0) {
                getFocusModel().focus(index);
            }
        }
        onOrder.run();
    }

    /** The groups in the order the list shows them, whatever the query: by busiest entry when sorted by count. */
    private List<Group> orderedGroups() {
        List<Group> ordered = new ArrayList<>(groups);
        if (sort == Sort.COUNT) {
            // Groups follow their busiest entry; those kept last stay last, in their given order.
            ordered.sort(Comparator.comparingInt((Group g) -> g.last ? 1 : 0)
                    .thenComparing(Comparator.comparingInt((Group g) -> g.last ? 0 : busiest(g))
                            .reversed()));
        }
        return ordered;
    }

    /** A group's entries in the order the list shows them, whatever the query. */
    private List<Entry> ordered(Group group) {
        Comparator<Entry> byName = Comparator.comparing(Entry::name, Collator.getInstance(locale));
        Comparator<Entry> order = switch (sort) {
            case GIVEN -> null;
            case NAME -> byName;
            case COUNT -> Comparator.comparingInt(Entry::count).reversed().thenComparing(byName);
        };
        List<Entry> entries = new ArrayList<>(group.entries);
        if (order != null) {
            entries.sort(order);
        }
        return entries;
    }

    /**
     * The keys of the checked entries in the order the list shows them, ignoring the query and folded groups: the
     * order of the timeline's lanes.
     */
    public List<String> checkedKeysInOrder() {
        List<String> keys = new ArrayList<>();
        for (Group group : orderedGroups()) {
            for (Entry entry : ordered(group)) {
                if (entry.checked) {
                    keys.add(entry.key);
                }
            }
        }
        return keys;
    }

    /** The ids of the groups with at least one checked entry, in the order the list shows them. */
    public List<String> checkedGroupsInOrder() {
        List<String> ids = new ArrayList<>();
        for (Group group : orderedGroups()) {
            if (checkedCount(group) > 0) {
                ids.add(group.id);
            }
        }
        return ids;
    }

    /** The name an entry is shown with, or null when no entry has the key. */
    public String nameOf(String key) {
        for (Group group : groups) {
            for (Entry entry : group.entries) {
                if (entry.key.equals(key)) {
                    return entry.name;
                }
            }
        }
        return null;
    }

    /** Called after the rows are laid out again: the order may have changed (a new sort, new counts, new names). */
    public void setOnOrder(Runnable value) {
        onOrder = Objects.requireNonNull(value, "onOrder");
    }

    private static int checkedCount(Group group) {
        int checked = 0;
        for (Entry entry : group.entries) {
            checked += entry.checked ? 1 : 0;
        }
        return checked;
    }

    private static int busiest(Group group) {
        int max = 0;
        for (Entry entry : group.entries) {
            max = Math.max(max, entry.count);
        }
        return max;
    }

    private void onKey(KeyEvent event) {
        Row row = getFocusModel().getFocusedItem();
        if (row == null) {
            return;
        }
        if (event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER) {
            toggle(row);
            event.consume();
        } else if (row instanceof GroupRow groupRow
                && (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT)) {
            setExpanded(groupRow.group, event.getCode() == KeyCode.RIGHT);
            event.consume();
        }
    }

    /**
     * A row: a box, a colour dot and a name with the count on the right, or a group's heading with a fold arrow.
     * Built once per cell and filled from the model on every update.
     */
    private final class FilterCell extends ListCell<Row> {
        private final CheckBox box = new CheckBox();
        private final FontIcon arrow = new FontIcon(Material2AL.EXPAND_MORE);
        private final Circle swatch = new Circle(5);
        private final Label name = new Label();
        private final Label count = new Label();
        private final Region spacer = new Region();
        private final HBox entryRow = new HBox(6);
        private final HBox groupRow = new HBox(6);
        private final MenuItem only = new MenuItem();

        FilterCell() {
            // The box shows the state; the row takes the click, so a click on the name and on the box do the same.
            box.setMouseTransparent(true);
            box.setFocusTraversable(false);
            box.setAllowIndeterminate(true);
            arrow.getStyleClass().add("group-arrow");
            arrow.setOnMouseClicked(e -> {
                if (getItem() instanceof GroupRow row) {
                    setExpanded(row.group, !row.group.expanded);
                    e.consume();
                }
            });
            count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "entry-count");
            // The name gives way (with an ellipsis) before the count does.
            name.setMinWidth(0);
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(spacer, Priority.ALWAYS);
            entryRow.setAlignment(Pos.CENTER_LEFT);
            groupRow.setAlignment(Pos.CENTER_LEFT);
            groupRow.getStyleClass().add("group-row");
            only.setOnAction(e -> {
                if (getItem() instanceof EntryRow row) {
                    checkOnly(row.entry.key);
                }
            });
            // The row fits the cell's width, so the count stays in view and the name takes an ellipsis.
            for (HBox row : List.of(entryRow, groupRow)) {
                row.prefWidthProperty().bind(widthProperty().subtract(ROW_INSETS));
                row.setMaxWidth(Region.USE_PREF_SIZE);
            }
            addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
            setAccessibleRole(AccessibleRole.CHECK_BOX);
        }

        private void onClick(MouseEvent e) {
            Row row = getItem();
            if (row == null || e.getButton() != MouseButton.PRIMARY || e.isConsumed()) {
                return;
            }
            if (e.getClickCount() == 2 && row instanceof EntryRow entryRow) {
                checkOnly(entryRow.entry.key);
            } else if (e.getClickCount() == 1) {
                toggle(row);
            }
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            getStyleClass().removeAll("group-cell", "entry-cell");
            if (empty || row == null) {
                setGraphic(null);
                setContextMenu(null);
                setAccessibleText(null);
                return;
            }
            if (row instanceof GroupRow groupRowItem) {
                Group group = groupRowItem.group;
                Boolean state = group.state();
                box.setIndeterminate(state == null);
                box.setSelected(state == Boolean.TRUE);
                arrow.setIconCode(group.expanded ? Material2AL.EXPAND_MORE : Material2AL.CHEVRON_RIGHT);
                name.setText(group.title);
                count.setText(checkedCount(group) + "/" + group.entries.size());
                groupRow.getChildren().setAll(arrow, box, name, spacer, count);
                getStyleClass().add("group-cell");
                setGraphic(groupRow);
                setContextMenu(null);
                setAccessibleText(group.title);
            } else if (row instanceof EntryRow entryRowItem) {
                Entry entry = entryRowItem.entry;
                box.setIndeterminate(false);
                box.setSelected(entry.checked);
                swatch.setFill(entry.color == null ? Color.TRANSPARENT : Color.web(entry.color));
                swatch.setStroke(entry.color == null ? Color.GRAY : Color.TRANSPARENT);
                name.setText(entry.name);
                count.setText(numbers.apply(entry.count)); // grouped in the interface's language, as the map's
                entryRow.getChildren().setAll(box, swatch, name, spacer, count);
                entryRow.setPadding(new javafx.geometry.Insets(0, 0, 0, entryRowItem.group.title == null ? 0 : 18));
                getStyleClass().add("entry-cell");
                setGraphic(entryRow);
                only.setText(onlyThisText);
                ContextMenu menu = new ContextMenu(only);
                menu.getItems().addAll(moreItems.apply(entry.key()));
                setContextMenu(menu);
                setAccessibleText(accessibleText.apply(entry));
            }
        }
    }
}
