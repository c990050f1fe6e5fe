package dev.timelineexplorer.app;

import atlantafx.base.theme.Styles;
import dev.timelineexplorer.index.EventFilter;
import dev.timelineexplorer.index.FilterIndex;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The left sidebar: search, country and category checklists and the any/all match mode. It turns the user's
 * choices into an {@link EventFilter}, published through {@link #filterProperty()}.
 */
final class FilterSidebar extends VBox {
    /** One row of a checklist: a country, a category, or the "(none)" entry. */
    record FilterItem(String key, String name, String color, int count) {}

    /** How long typing must pause before the search applies: filtering on every keystroke would redo work. */
    static final Duration SEARCH_DELAY = Duration.millis(200);

    private final ReadOnlyObjectWrapper<EventFilter> filter =
            new ReadOnlyObjectWrapper<>(this, "filter", EventFilter.NONE);
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
    private final TextField search = TextFields.createClearableTextField();
    private final CheckListView<FilterItem> countries = new CheckListView<>();
    private final CheckListView<FilterItem> categories = new CheckListView<>();
    private final ToggleButton anyButton = new ToggleButton("Any");
    private final ToggleButton allButton = new ToggleButton("All");
    private boolean updating;
    private final ListChangeListener<FilterItem> checkListener = change -> publish();

    FilterSidebar() {
        getStyleClass().add("filter-sidebar");
        setSpacing(8);
        setPadding(new Insets(12));
        setMinWidth(200);

        search.setId("search-field");
        search.setPromptText("Search events (Ctrl+F)");
        ((org.controlsfx.control.textfield.CustomTextField) search).setLeft(new FontIcon(Material2MZ.SEARCH));
        searchDelay.setOnFinished(e -> publish());
        search.textProperty().addListener((o, old, text) -> searchDelay.playFromStart());

        countries.setId("country-list");
        categories.setId("category-list");
        countries.setCellFactory(list -> new FilterCell(countries));
        categories.setCellFactory(list -> new FilterCell(categories));
        VBox.setVgrow(countries, Priority.ALWAYS);
        VBox.setVgrow(categories, Priority.SOMETIMES);
        countries.setPrefHeight(320);
        categories.setPrefHeight(220);

        ToggleGroup mode = new ToggleGroup();
        anyButton.setToggleGroup(mode);
        allButton.setToggleGroup(mode);
        anyButton.setSelected(true);
        anyButton.setId("match-any");
        allButton.setId("match-all");
        anyButton.setTooltip(new Tooltip("Show events involving any of the checked countries"));
        allButton.setTooltip(new Tooltip("Show only events involving all of the checked countries"));
        // A segmented pair must always have one choice: re-select when the user clicks the active one.
        mode.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                publish();
            }
        });
        SegmentedButton matchMode = new SegmentedButton(anyButton, allButton);
        matchMode.getStyleClass().add(Styles.SMALL);
        Label matchLabel = new Label("Match");
        matchLabel.getStyleClass().add(Styles.TEXT_MUTED);
        HBox matchRow = new HBox(8, matchLabel, matchMode);
        matchRow.setAlignment(Pos.CENTER_LEFT);

        getChildren()
                .addAll(
                        search,
                        header("Countries", countries),
                        matchRow,
                        countries,
                        header("Categories", categories),
                        categories);
    }

    private HBox header(String title, CheckListView<FilterItem> list) {
        Label label = new Label(title);
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "sidebar-header");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button all = new Button("All");
        Button none = new Button("None");
        for (Button button : List.of(all, none)) {
            button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        }
        all.setId(title.toLowerCase(java.util.Locale.ROOT) + "-all");
        none.setId(title.toLowerCase(java.util.Locale.ROOT) + "-none");
        all.setOnAction(e -> batch(() -> list.getCheckModel().checkAll()));
        none.setOnAction(e -> batch(() -> list.getCheckModel().clearChecks()));
        HBox row = new HBox(4, label, spacer, all, none);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 0, 0, 0));
        return row;
    }

    /** The filter the user has chosen; read-only, as only the user's choices change it. */
    ReadOnlyObjectProperty<EventFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** Whether a search typed is still waiting to apply. */
    boolean isSearchPending() {
        return searchDelay.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    TextField searchField() {
        return search;
    }

    /** Fills the lists for a dataset and applies a filter (for example one remembered from the last session). */
    void setDataset(Dataset dataset, FilterIndex index, EventFilter initial) {
        batch(() -> {
            List<FilterItem> countryItems = new ArrayList<>();
            for (Country country : dataset.countries()) {
                String name = country.kind() == CountryKind.ORGANIZATION
                        ? country.name().text() + " (org.)"
                        : country.name().text();
                countryItems.add(
                        new FilterItem(country.code(), name, country.color(), index.countryCount(country.code())));
            }
            int none = index.countryCount(EventFilter.NO_COUNTRY);
            if (none > 0) {
                countryItems.add(new FilterItem(EventFilter.NO_COUNTRY, "(no country)", null, none));
            }
            List<FilterItem> categoryItems = new ArrayList<>();
            for (Category category : dataset.categories()) {
                categoryItems.add(new FilterItem(
                        category.id(), category.name().text(), category.color(), index.categoryCount(category.id())));
            }
            int uncategorised = index.categoryCount(EventFilter.NO_CATEGORY);
            if (uncategorised > 0) {
                categoryItems.add(new FilterItem(EventFilter.NO_CATEGORY, "(no category)", null, uncategorised));
            }
            countries.setItems(FXCollections.observableArrayList(countryItems));
            categories.setItems(FXCollections.observableArrayList(categoryItems));
            // CheckListView makes a new check model for new items, so listen to the new ones.
            countries.getCheckModel().getCheckedItems().addListener(checkListener);
            categories.getCheckModel().getCheckedItems().addListener(checkListener);
            for (FilterItem item : countryItems) {
                if (!initial.hiddenCountries().contains(item.key())) {
                    countries.getCheckModel().check(item);
                }
            }
            for (FilterItem item : categoryItems) {
                if (!initial.hiddenCategories().contains(item.key())) {
                    categories.getCheckModel().check(item);
                }
            }
            (initial.matchAll() ? allButton : anyButton).setSelected(true);
            search.setText(initial.query());
        });
    }

    /** Checks only one country. */
    void showOnlyCountry(String code) {
        showOnly(countries, code);
    }

    /** Sets the match mode: all checked countries (true) or any (false). */
    void setMatchAll(boolean matchAll) {
        (matchAll ? allButton : anyButton).setSelected(true);
    }

    /** Checks or unchecks one country. */
    void setCountryChecked(String code, boolean checked) {
        for (FilterItem item : countries.getItems()) {
            if (item.key().equals(code)) {
                if (checked) {
                    countries.getCheckModel().check(item);
                } else {
                    countries.getCheckModel().clearCheck(item);
                }
            }
        }
    }

    private void showOnly(CheckListView<FilterItem> list, String key) {
        batch(() -> {
            list.getCheckModel().clearChecks();
            for (FilterItem item : list.getItems()) {
                if (item.key().equals(key)) {
                    list.getCheckModel().check(item);
                }
            }
        });
    }

    /** Runs several check changes and publishes one filter at the end. */
    private void batch(Runnable changes) {
        boolean outer = !updating;
        updating = true;
        try {
            changes.run();
        } finally {
            if (outer) {
                updating = false;
                publish();
            }
        }
    }

    private void publish() {
        if (updating) {
            return;
        }
        searchDelay.stop();
        filter.set(
                new EventFilter(unchecked(countries), allButton.isSelected(), unchecked(categories), search.getText()));
    }

    private static Set<String> unchecked(CheckListView<FilterItem> list) {
        Set<String> hidden = new LinkedHashSet<>();
        for (FilterItem item : list.getItems()) {
            if (!list.getCheckModel().isChecked(item)) {
                hidden.add(item.key());
            }
        }
        return hidden;
    }

    /** A checklist row: check box, colour dot, name and, right-aligned, the number of events. */
    private final class FilterCell extends CheckBoxListCell<FilterItem> {
        private final CheckListView<FilterItem> list;
        private final Circle swatch = new Circle(5);
        private final Label name = new Label();
        private final Label count = new Label();
        private final Region spacer = new Region();
        private final HBox row = new HBox(6);

        FilterCell(CheckListView<FilterItem> list) {
            super(list::getItemBooleanProperty);
            this.list = list;
            count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            // The name gives way (with an ellipsis) before the count does.
            name.setMinWidth(0);
            count.setMinWidth(Region.USE_PREF_SIZE);
            swatch.setManaged(true);
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            MenuItem only = new MenuItem("Only this one");
            only.setOnAction(e -> {
                if (getItem() != null) {
                    showOnly(list, getItem().key());
                }
            });
            setContextMenu(new ContextMenu(only));
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    showOnly(list, getItem().key());
                }
            });
        }

        @Override
        public void updateItem(FilterItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            javafx.scene.Node checkBox = getGraphic();
            swatch.setFill(item.color() == null ? Color.TRANSPARENT : Color.web(item.color()));
            swatch.setStroke(item.color() == null ? Color.GRAY : Color.TRANSPARENT);
            name.setText(item.name());
            count.setText(Integer.toString(item.count()));
            row.getChildren().setAll(checkBox, swatch, name, spacer, count);
            row.prefWidthProperty().bind(list.widthProperty().subtract(40));
            row.setMaxWidth(Region.USE_PREF_SIZE);
            setText(null);
            setGraphic(row);
            setAccessibleText(item.name() + ", " + item.count() + " events");
        }
    }
}
