package dev.timelineexplorer.app.window;

import atlantafx.base.theme.Styles;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.index.EventFilter;
import dev.timelineexplorer.index.FacetCounts;
import dev.timelineexplorer.index.FilterIndex;
import dev.timelineexplorer.index.Grouping;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The left sidebar: the event search, the countries (grouped by region, organisations apart, filtered as you type
 * and sorted by name or count), the any/all match mode and the categories. Beside each entry, how many events would
 * show with it checked under the rest of the filter ({@link #setFacets}). It turns the user's choices into an {@link
 * EventFilter}, published through {@link #filterProperty()}.
 */
public final class FilterSidebar extends VBox {
    /** How long typing must pause before the search applies: filtering on every keystroke would redo work. */
    public static final Duration SEARCH_DELAY = Duration.millis(200);

    private static final String ORGANISATIONS = Grouping.ORGANIZATIONS;
    private static final String OTHER = Grouping.OTHER;

    private final I18n i18n;
    private final ReadOnlyObjectWrapper<EventFilter> filter =
            new ReadOnlyObjectWrapper<>(this, "filter", EventFilter.NONE);
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final CustomTextField countryQuery = (CustomTextField) TextFields.createClearableTextField();
    private final FilterList countries = new FilterList();
    private final FilterList categories = new FilterList();
    private final ToggleButton anyButton = new ToggleButton();
    private final ToggleButton allButton = new ToggleButton();
    private final ToggleButton byName = new ToggleButton(null, new FontIcon(Material2MZ.SORT_BY_ALPHA));
    private final ToggleButton byCount = new ToggleButton(null, new FontIcon(Material2AL.FORMAT_LIST_NUMBERED));
    private final Label noMatch = new Label();
    private final ComboBox<RelationStatus> relationStatus = new ComboBox<>();
    private final Label relationLabel = new Label();
    private final HBox relationRow = new HBox(8);
    /** The day relation status is judged on: the time cursor's, in epoch days. */
    private double relationDay = Double.NaN;
    /** The countries the relation status hides now, recomputed when the day or the status changes. */
    private Set<String> hiddenByStatus = Set.of();

    private Dataset dataset;
    private boolean updating;

    FilterSidebar(I18n i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        getStyleClass().add("filter-sidebar");
        setSpacing(8);
        setPadding(new Insets(12));
        setMinWidth(200);

        search.setId("search-field");
        search.promptTextProperty().bind(i18n.binding("sidebar.search"));
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        searchDelay.setOnFinished(e -> publish());
        search.textProperty().addListener((o, old, text) -> searchDelay.playFromStart());

        countryQuery.setId("country-query");
        countryQuery.promptTextProperty().bind(i18n.binding("sidebar.filterCountries"));
        countryQuery.setLeft(new FontIcon(Material2AL.FILTER_LIST));
        countryQuery.textProperty().addListener((o, old, text) -> {
            countries.setQuery(text);
            showNoMatch();
        });
        HBox.setHgrow(countryQuery, Priority.ALWAYS);

        byName.setId("sort-by-name");
        byCount.setId("sort-by-count");
        byName.setTooltip(tooltip("sidebar.sortByName"));
        byCount.setTooltip(tooltip("sidebar.sortByCount"));
        SegmentedButton sort = new SegmentedButton(byName, byCount);
        byCount.setSelected(true);
        countries.setSort(FilterList.Sort.COUNT);
        keepOneSelected(
                sort, () -> countries.setSort(byName.isSelected() ? FilterList.Sort.NAME : FilterList.Sort.COUNT));
        sort.getStyleClass().add(Styles.SMALL);
        HBox countryTools = new HBox(6, countryQuery, sort);
        countryTools.setAlignment(Pos.CENTER_LEFT);

        countries.setId("country-list");
        categories.setId("category-list");
        countries.setOnChange(this::publish);
        categories.setOnChange(this::publish);
        VBox.setVgrow(countries, Priority.ALWAYS);
        VBox.setVgrow(categories, Priority.SOMETIMES);
        countries.setPrefHeight(360);
        categories.setPrefHeight(220);
        noMatch.setId("country-no-match");
        noMatch.getStyleClass().add(Styles.TEXT_MUTED);
        noMatch.setWrapText(true);
        noMatch.managedProperty().bind(noMatch.visibleProperty());
        noMatch.setVisible(false);

        relationStatus.setId("relation-status");
        relationStatus.getStyleClass().add(Styles.SMALL);
        relationStatus.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(relationStatus, Priority.ALWAYS);
        relationStatus.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(RelationStatus status) {
                return status == null ? "" : statusText(status);
            }

            @Override
            public RelationStatus fromString(String text) {
                return null;
            }
        });
        relationStatus.valueProperty().addListener((o, old, now) -> {
            hiddenByStatus = statusHidden();
            publish();
        });
        relationLabel.getStyleClass().add(Styles.TEXT_MUTED);
        relationStatus.setTooltip(tooltip("sidebar.relations.tip"));
        relationLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        relationRow.getChildren().addAll(relationLabel, relationStatus);
        relationRow.setAlignment(Pos.CENTER_LEFT);
        relationRow.managedProperty().bind(relationRow.visibleProperty());
        relationRow.setVisible(false);

        SegmentedButton matchMode = new SegmentedButton(anyButton, allButton);
        anyButton.setSelected(true);
        anyButton.setId("match-any");
        allButton.setId("match-all");
        anyButton.textProperty().bind(i18n.binding("sidebar.any"));
        allButton.textProperty().bind(i18n.binding("sidebar.all"));
        anyButton.setTooltip(tooltip("sidebar.any.tip"));
        allButton.setTooltip(tooltip("sidebar.all.tip"));
        keepOneSelected(matchMode, this::publish);
        matchMode.getStyleClass().add(Styles.SMALL);
        Label matchLabel = new Label();
        matchLabel.textProperty().bind(i18n.binding("sidebar.match"));
        matchLabel.getStyleClass().add(Styles.TEXT_MUTED);
        HBox matchRow = new HBox(8, matchLabel, matchMode);
        matchRow.setAlignment(Pos.CENTER_LEFT);

        getChildren()
                .addAll(
                        search,
                        header("countries", "sidebar.countries", countries),
                        matchRow,
                        relationRow,
                        countryTools,
                        noMatch,
                        countries,
                        header("categories", "sidebar.categories", categories),
                        categories);
        i18n.localeProperty().addListener((o, old, now) -> relabel());
    }

    private Tooltip tooltip(String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.binding(key));
        return tooltip;
    }

    /**
     * A segmented pair must always have one choice: re-select when the user clicks the active one. The listener goes
     * on the segmented button's own toggle group, which it gives its buttons in place of any they had.
     */
    private static void keepOneSelected(SegmentedButton buttons, Runnable onChange) {
        buttons.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                onChange.run();
            }
        });
    }

    private HBox header(String id, String titleKey, FilterList list) {
        Label label = new Label();
        label.textProperty().bind(i18n.binding(titleKey));
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "sidebar-header");
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button all = new Button();
        Button none = new Button();
        all.textProperty().bind(i18n.binding("sidebar.checkAll"));
        none.textProperty().bind(i18n.binding("sidebar.checkNone"));
        for (Button button : List.of(all, none)) {
            button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        }
        all.setId(id + "-all");
        none.setId(id + "-none");
        all.setOnAction(e -> list.setAllChecked(true));
        none.setOnAction(e -> list.setAllChecked(false));
        HBox row = new HBox(4, label, spacer, all, none);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 0, 0, 0));
        return row;
    }

    /** The filter the user has chosen; read-only, as only the user's choices change it. */
    public ReadOnlyObjectProperty<EventFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** Whether a search typed is still waiting to apply. */
    public boolean isSearchPending() {
        return searchDelay.getStatus() == Animation.Status.RUNNING;
    }

    public TextField searchField() {
        return search;
    }

    /** The field that filters the country list. */
    public TextField countryQueryField() {
        return countryQuery;
    }

    /** The country list, for tests. */
    public FilterList countryList() {
        return countries;
    }

    /** The category list, for tests. */
    public FilterList categoryList() {
        return categories;
    }

    /**
     * Which states the sidebar lets through by their relations on the time cursor's date: any, or those with the
     * first relationship, the second, both, one only, or neither (for a dataset of one relationship: with it or
     * without). Organisations have no relations and are let through only by {@link #ANY}.
     */
    public enum RelationStatus {
        ANY,
        FIRST,
        SECOND,
        BOTH,
        FIRST_ONLY,
        SECOND_ONLY,
        NEITHER;

        /** Whether a state with the first relationship (a) and the second (b) on the day is let through. */
        boolean matches(boolean a, boolean b) {
            return switch (this) {
                case ANY -> true;
                case FIRST -> a;
                case SECOND -> b;
                case BOTH -> a && b;
                case FIRST_ONLY -> a && !b;
                case SECOND_ONLY -> b && !a;
                case NEITHER -> !a && !b;
            };
        }
    }

    /** The relation status chosen. */
    public ObjectProperty<RelationStatus> relationStatusProperty() {
        return relationStatus.valueProperty();
    }

    /**
     * The day the relation status is judged on, in epoch days: the time cursor's. Publishes a new filter only when a
     * state's status changes, so that Play costs nothing while nobody's relations change.
     */
    public void setRelationDay(double day) {
        relationDay = day;
        if (relationStatus.getValue() == null || relationStatus.getValue() == RelationStatus.ANY) {
            return;
        }
        Set<String> now = statusHidden();
        if (!now.equals(hiddenByStatus)) {
            hiddenByStatus = now;
            publish();
        }
    }

    private Set<String> statusHidden() {
        RelationStatus status = relationStatus.getValue();
        if (dataset == null || status == null || status == RelationStatus.ANY || Double.isNaN(relationDay)) {
            return Set.of();
        }
        List<dev.timelineexplorer.model.Relationship> relationships =
                dataset.settings().relationships();
        if (relationships.isEmpty()) {
            return Set.of();
        }
        String first = relationships.get(0).id();
        String second = relationships.size() > 1 ? relationships.get(1).id() : null;
        long day = (long) Math.floor(relationDay);
        Set<String> hidden = new java.util.HashSet<>();
        for (Country country : dataset.countries()) {
            boolean a = country.relatedOn(first, day);
            boolean b = second != null && country.relatedOn(second, day);
            if (country.kind() != CountryKind.COUNTRY || !status.matches(a, b)) {
                hidden.add(country.code());
            }
        }
        return hidden;
    }

    private String statusText(RelationStatus status) {
        if (dataset == null || dataset.settings().relationships().isEmpty()) {
            return "";
        }
        List<dev.timelineexplorer.model.Relationship> relationships =
                dataset.settings().relationships();
        String language = i18n.language();
        String first = relationships.get(0).shortName(language);
        String second = relationships.size() > 1 ? relationships.get(1).shortName(language) : "";
        boolean compares = relationships.size() > 1;
        return switch (status) {
            case ANY -> i18n.text("sidebar.status.any");
            case FIRST -> compares ? i18n.text("sidebar.status.with", first) : i18n.text("sidebar.status.related");
            case SECOND -> i18n.text("sidebar.status.with", second);
            case BOTH -> i18n.text("sidebar.status.both");
            case FIRST_ONLY -> i18n.text("sidebar.status.only", first);
            case SECOND_ONLY -> i18n.text("sidebar.status.only", second);
            case NEITHER -> compares ? i18n.text("sidebar.status.neither") : i18n.text("sidebar.status.unrelated");
        };
    }

    private void offerStatuses(Dataset value) {
        int relationships = value == null ? 0 : value.settings().relationships().size();
        List<RelationStatus> offered = relationships == 0
                ? List.of()
                : relationships == 1
                        ? List.of(RelationStatus.ANY, RelationStatus.FIRST, RelationStatus.NEITHER)
                        : List.of(RelationStatus.values());
        relationStatus.getItems().setAll(offered);
        relationStatus.setValue(offered.isEmpty() ? null : RelationStatus.ANY);
        relationRow.setVisible(!offered.isEmpty());
    }

    /** Fills the lists for a dataset and applies a filter (for example one remembered from the last session). */
    public void setDataset(Dataset value, FilterIndex index, EventFilter initial) {
        dataset = value;
        updating = true;
        try {
            offerStatuses(value);
            countries.setGroups(countryGroups(value, index));
            categories.setGroups(categoryGroups(value, index));
            relabel();
            countries.setCounts(entry -> index.countryCount(entry.key()));
            categories.setCounts(entry -> index.categoryCount(entry.key()));
            countries.checkAllBut(initial.hiddenCountries());
            categories.checkAllBut(initial.hiddenCategories());
            (initial.matchAll() ? allButton : anyButton).setSelected(true);
            search.setText(initial.query());
        } finally {
            updating = false;
        }
        publish();
    }

    /** Shows beside each entry how many events would show with it checked. */
    public void setFacets(FacetCounts facets) {
        countries.setCounts(entry -> facets.country(entry.key()));
        categories.setCounts(entry -> facets.category(entry.key()));
    }

    private static List<FilterList.Group> countryGroups(Dataset dataset, FilterIndex index) {
        Map<String, List<FilterList.Entry>> byGroup = new LinkedHashMap<>();
        for (Region region : Region.values()) {
            byGroup.put(region.id(), new ArrayList<>());
        }
        byGroup.put(ORGANISATIONS, new ArrayList<>());
        byGroup.put(OTHER, new ArrayList<>());
        for (Country country : dataset.countries()) {
            byGroup.get(Grouping.regionKey(country)).add(new FilterList.Entry(country.code(), country.color()));
        }
        if (index.countryCount(EventFilter.NO_COUNTRY) > 0) {
            byGroup.get(OTHER).add(new FilterList.Entry(EventFilter.NO_COUNTRY, null));
        }
        List<FilterList.Group> groups = new ArrayList<>();
        byGroup.forEach((id, entries) -> {
            if (!entries.isEmpty()) {
                groups.add(new FilterList.Group(id, id, entries, id.equals(ORGANISATIONS) || id.equals(OTHER)));
            }
        });
        return groups;
    }

    private static List<FilterList.Group> categoryGroups(Dataset dataset, FilterIndex index) {
        List<FilterList.Entry> entries = new ArrayList<>();
        for (Category category : dataset.categories()) {
            entries.add(new FilterList.Entry(category.id(), category.color()));
        }
        if (index.categoryCount(EventFilter.NO_CATEGORY) > 0) {
            entries.add(new FilterList.Entry(EventFilter.NO_CATEGORY, null));
        }
        return List.of(new FilterList.Group("categories", null, entries, false));
    }

    /** Names every entry and heading in the interface's language. */
    private void relabel() {
        countries.setNumbers(i18n::number);
        categories.setNumbers(i18n::number);
        relationLabel.setText(i18n.text("sidebar.relations"));
        // The converter's texts are in the old language until the items are set again.
        RelationStatus chosen = relationStatus.getValue();
        relationStatus.getItems().setAll(List.copyOf(relationStatus.getItems()));
        relationStatus.setValue(chosen);
        if (dataset == null) {
            return;
        }
        String language = i18n.language();
        Locale locale = i18n.getLocale();
        Map<String, String> countryNames = new HashMap<>();
        for (Country country : dataset.countries()) {
            countryNames.put(country.code(), country.name().in(language));
        }
        countryNames.put(EventFilter.NO_COUNTRY, i18n.text("sidebar.noCountry"));
        countries.rename(e -> countryNames.get(e.key()), g -> i18n.text("region." + g.id()), locale);
        Map<String, String> categoryNames = new HashMap<>();
        for (Category category : dataset.categories()) {
            categoryNames.put(category.id(), category.name().in(language));
        }
        categoryNames.put(EventFilter.NO_CATEGORY, i18n.text("sidebar.noCategory"));
        categories.rename(e -> categoryNames.get(e.key()), g -> null, locale);
        for (FilterList list : List.of(countries, categories)) {
            list.setTexts(
                    i18n.text("sidebar.onlyThis"),
                    e -> i18n.text(
                            e.isChecked() ? "sidebar.entryChecked" : "sidebar.entryUnchecked", e.name(), e.count()));
        }
        showNoMatch();
    }

    private void showNoMatch() {
        boolean empty =
                countries.getItems().isEmpty() && !countryQuery.getText().isBlank();
        noMatch.setVisible(empty);
        if (empty) {
            noMatch.setText(
                    i18n.text("sidebar.noCountryMatches", countryQuery.getText().strip()));
        }
    }

    /**
     * The keys of the timeline's lanes for a grouping, in the sidebar's order: the checked countries (less those the
     * relation status hides), the regions with a checked country, or the checked categories. Empty for none.
     */
    public List<String> laneKeys(Grouping grouping) {
        return switch (grouping) {
            case NONE -> List.of();
            case COUNTRY ->
                countries.checkedKeysInOrder().stream()
                        .filter(key -> !hiddenByStatus.contains(key))
                        .toList();
            case REGION -> countries.checkedGroupsInOrder();
            case CATEGORY -> categories.checkedKeysInOrder();
        };
    }

    /** A lane's name as the sidebar writes it: the country's or category's name, the region's heading. */
    public String laneName(Grouping grouping, String key) {
        String name = switch (grouping) {
            case COUNTRY -> countries.nameOf(key);
            case CATEGORY -> categories.nameOf(key);
            case REGION -> i18n.text("region." + key);
            case NONE -> null;
        };
        return name == null ? key : name;
    }

    /** Called when the sidebar's order or names may have changed: a new sort, new counts, another language. */
    public void setOnOrderChange(Runnable value) {
        countries.setOnOrder(value);
        categories.setOnOrder(value);
    }

    /** Checks only one country. */
    public void showOnlyCountry(String code) {
        countries.checkOnly(code);
    }

    /** Sets the match mode: all checked countries (true) or any (false). */
    public void setMatchAll(boolean matchAll) {
        (matchAll ? allButton : anyButton).setSelected(true);
    }

    /** Checks or unchecks one country. */
    public void setCountryChecked(String code, boolean checked) {
        countries.setChecked(code, checked);
    }

    private void publish() {
        if (updating) {
            return;
        }
        searchDelay.stop();
        Set<String> hidden = countries.uncheckedKeys();
        if (!hiddenByStatus.isEmpty()) {
            hidden = new java.util.HashSet<>(hidden);
            hidden.addAll(hiddenByStatus);
        }
        filter.set(new EventFilter(hidden, allButton.isSelected(), categories.uncheckedKeys(), search.getText()));
    }
}
