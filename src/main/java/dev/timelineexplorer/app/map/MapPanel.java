package dev.timelineexplorer.app.map;

import atlantafx.base.theme.Styles;
import dev.timelineexplorer.app.settings.DateTexts;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.index.CountryTimeIndex;
import dev.timelineexplorer.index.RelationCounts;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.RelationPeriod;
import dev.timelineexplorer.model.Relationship;
import dev.timelineexplorer.view.TimeRange;
import dev.timelineexplorer.view.TimelineView;
import dev.timelineexplorer.view.map.MapShading;
import dev.timelineexplorer.view.map.RelationChart;
import dev.timelineexplorer.view.map.WorldMapView;
import dev.timelineexplorer.view.map.WorldShapes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The map panel: a {@link WorldMapView} linked to the timeline, with a toolbar to choose what it shows and to play
 * through time, and beside it the countries that have no shape (organisations, say), which filter as the map does.
 *
 * <p>Two modes. <b>Events in view</b> shades each country by how many of the shown events it is in within the
 * timeline's visible range, counted from a {@link CountryTimeIndex} as the timeline moves. <b>Relations</b> shades the
 * countries whose relation period (the dataset's {@code periods}) is active at the time cursor's date, and {@link
 * #statusTextProperty()} says how many, for the status bar. Play moves the cursor through the dataset ({@link
 * Playback}) and switches to relations when the dataset has any.
 */
public final class MapPanel extends BorderPane {
    /** What the map shows. */
    public enum Mode {
        EVENTS,
        RELATIONS
    }

    private final I18n i18n;
    private final TimelineView timeline;
    private final WorldMapView map = new WorldMapView();
    /** How many states had each relationship over time, under the map in Relations mode. */
    private final RelationChart chart = new RelationChart();

    private final Playback playback;
    private final ToggleButton eventsMode = new ToggleButton();
    private final ToggleButton relationsMode = new ToggleButton();
    private final Button playButton = new Button();
    private final Button backButton = new Button(null, new FontIcon(Material2MZ.SKIP_PREVIOUS));
    private final Button forwardButton = new Button(null, new FontIcon(Material2MZ.SKIP_NEXT));
    private final ComboBox<Double> speed = new ComboBox<>();
    private final Button resetButton = new Button(null, new FontIcon(Material2AL.CENTER_FOCUS_STRONG));
    private final ListView<String> unmapped = new ListView<>();
    private final VBox unmappedBox = new VBox(4);
    private final Label unmappedTitle = new Label();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");

    private Dataset dataset;
    /** The dataset's first to last date, what Play goes through; found once per dataset, not per frame. */
    private TimeRange extent;

    private CountryTimeIndex countryTimes = CountryTimeIndex.EMPTY;
    private Map<String, Integer> countsInView = Map.of();
    private BiConsumer<String, Boolean> onCountry = (code, toggle) -> {};
    private Mode mode = Mode.EVENTS;

    public MapPanel(I18n i18n, TimelineView timeline) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.playback = new Playback(timeline, () -> extent);
        getStyleClass().add("map-panel");
        setId("map-panel");
        map.setId("world-map");
        map.onCountryActionProperty().set(action -> onCountry.accept(action.code(), action.toggle()));
        map.hoverTextProperty().set(this::hoverText);

        setTop(toolbar());
        setMinWidth(220);
        // The list of countries without a shape needs room: in a narrow panel the map keeps it all.
        widthProperty().addListener((o, old, now) -> {
            unmappedBox.setVisible(
                    now.doubleValue() >= 620 && !unmapped.getItems().isEmpty());
            // The mode buttons keep their words; the speed and the reset give way first.
            boolean roomy = now.doubleValue() >= 470;
            speed.setVisible(roomy);
            speed.setManaged(roomy);
            resetButton.setVisible(roomy);
            resetButton.setManaged(roomy);
        });
        eventsMode.setMinWidth(Region.USE_PREF_SIZE);
        relationsMode.setMinWidth(Region.USE_PREF_SIZE);
        chart.setId("relation-chart");
        chart.managedProperty().bind(chart.visibleProperty());
        chart.setVisible(false);
        chart.setOnPick(day -> {
            playback.pause();
            timeline.setCursorShown(true);
            if (Double.isNaN(timeline.getCursorDay())) {
                timeline.setCursorDay(timeline.effectiveCursorDay());
            }
            playback.moveCursorTo(day);
        });
        VBox.setVgrow(map, Priority.ALWAYS);
        setCenter(new VBox(map, chart));
        setRight(unmappedBox());

        timeline.visibleRangeProperty().addListener((o, old, now) -> refreshShading());
        timeline.cursorDayProperty().addListener((o, old, now) -> refreshShading());
        timeline.selectedEventProperty().addListener((o, old, now) -> outlineSelection(now));
        playback.playingProperty().addListener((o, was, now) -> relabelPlay());
        i18n.localeProperty().addListener((o, old, now) -> relabel());
        relabel();
    }

    private HBox toolbar() {
        SegmentedButton modes = new SegmentedButton(eventsMode, relationsMode);
        modes.getStyleClass().add(Styles.SMALL);
        eventsMode.setId("map-mode-events");
        relationsMode.setId("map-mode-relations");
        eventsMode.setSelected(true);
        modes.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                setMode(now == relationsMode ? Mode.RELATIONS : Mode.EVENTS);
            }
        });
        playButton.setId("map-play");
        backButton.setId("map-step-back");
        forwardButton.setId("map-step-forward");
        resetButton.setId("map-reset");
        playButton.setOnAction(e -> togglePlay());
        backButton.setOnAction(e -> playback.step(-1));
        forwardButton.setOnAction(e -> playback.step(1));
        resetButton.setOnAction(e -> map.resetView());
        for (Button button : List.of(playButton, backButton, forwardButton, resetButton)) {
            button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        }
        speed.setId("map-speed");
        speed.getStyleClass().add(Styles.SMALL);
        for (double s : Playback.SPEEDS) {
            speed.getItems().add(s);
        }
        speed.setValue(playback.yearsPerSecondProperty().get());
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : i18n.text("map.speed", value.intValue());
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        speed.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                playback.yearsPerSecondProperty().set(now);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, modes, spacer, backButton, playButton, forwardButton, speed, resetButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("map-toolbar");
        // Beside the timeline the panel may be narrow: the bar clips rather than widening the window's middle.
        bar.setMinWidth(0);
        return bar;
    }

    private VBox unmappedBox() {
        unmappedTitle.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        unmapped.setId("unmapped-list");
        unmapped.getStyleClass().add(Styles.DENSE);
        unmapped.setPrefWidth(160);
        VBox.setVgrow(unmapped, Priority.ALWAYS);
        unmapped.setCellFactory(list -> new UnmappedCell());
        unmappedBox.getChildren().addAll(unmappedTitle, unmapped);
        unmappedBox.setPadding(new Insets(4, 8, 8, 4));
        unmappedBox.managedProperty().bind(unmappedBox.visibleProperty());
        return unmappedBox;
    }

    /** A country without a shape: its name, and its count in view on the right; a click filters as on the map. */
    private final class UnmappedCell extends ListCell<String> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox row = new HBox(4);

        UnmappedCell() {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            name.setMinWidth(0);
            count.setMinWidth(Region.USE_PREF_SIZE);
            count.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            row.getChildren().addAll(name, spacer, count);
            row.setAlignment(Pos.CENTER_LEFT);
            row.prefWidthProperty().bind(widthProperty().subtract(20));
            row.setMaxWidth(Region.USE_PREF_SIZE);
            setOnMouseClicked(e -> {
                if (getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                    onCountry.accept(getItem(), e.isShortcutDown());
                }
            });
        }

        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(null);
            if (empty || code == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(name(code));
            count.setText(i18n.number(countsInView.getOrDefault(code, 0)));
            setOpacity(map.excludedCodesProperty().get().contains(code) ? 0.5 : 1);
            setGraphic(row);
            setTooltip(new Tooltip(hoverText(code)));
        }
    }

    /** The chart of relations under the map (shown in Relations mode when the dataset has periods). */
    public RelationChart chart() {
        return chart;
    }

    /** The map itself. */
    public WorldMapView map() {
        return map;
    }

    /** Plays and pauses; steps. */
    public Playback playback() {
        return playback;
    }

    /** What the status bar should say of the map, such as "24 August 1992: relations with 73 states"; or empty. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Called with a country's code when it is clicked (toggle false) or Ctrl+clicked (toggle true). */
    public void setOnCountry(BiConsumer<String, Boolean> value) {
        onCountry = Objects.requireNonNull(value, "onCountry");
    }

    /** Whether a dataset has any country on the map: without one the panel is not offered. */
    public static boolean isMappable(Dataset dataset) {
        return dataset != null
                && dataset.countries().stream()
                        .anyMatch(c -> c.kind() == CountryKind.COUNTRY
                                && WorldShapes.get().has(c.code()));
    }

    /** Shows a dataset: its central meridian, its unmapped countries; relations mode only when it has periods. */
    public void setDataset(Dataset value) {
        playback.pause();
        dataset = value;
        extent = extentOf(value);
        Double meridian = value == null ? null : value.settings().centralMeridian();
        map.centralMeridianProperty().set(meridian == null ? 0 : meridian);
        boolean periods = value != null
                && value.countries().stream().anyMatch(c -> !c.periods().isEmpty());
        relationsMode.setDisable(!periods);
        if (!periods && mode == Mode.RELATIONS) {
            eventsMode.setSelected(true);
        }
        List<String> off = new ArrayList<>();
        if (value != null) {
            for (Country country : value.countries()) {
                if (!WorldShapes.get().has(country.code())) {
                    off.add(country.code());
                }
            }
        }
        unmapped.setItems(FXCollections.observableArrayList(off));
        chart.seriesProperty().set(chartSeries(value, i18n));
        TimeRange chartRange = chartRange(value);
        if (chartRange != null) {
            chart.startDayProperty().set(chartRange.startDay());
            chart.endDayProperty().set(chartRange.endDay());
        }
        unmappedBox.setVisible(!off.isEmpty() && (getWidth() == 0 || getWidth() >= 620));
        relabel();
    }

    /** The shown events by country and time, to count from. */
    public void setCountryTimes(CountryTimeIndex value) {
        countryTimes = value == null ? CountryTimeIndex.EMPTY : value;
        refreshShading();
    }

    /** The countries the filter hides, greyed on the map. */
    public void setHiddenCountries(Set<String> codes) {
        map.excludedCodesProperty().set(Set.copyOf(codes));
        unmapped.refresh();
    }

    public Mode mode() {
        return mode;
    }

    /** Chooses what the map shows. */
    public void setMode(Mode value) {
        mode = Objects.requireNonNull(value, "mode");
        (mode == Mode.RELATIONS ? relationsMode : eventsMode).setSelected(true);
        timeline.setCursorShown(mode == Mode.RELATIONS || playback.isPlaying());
        refreshShading();
    }

    public void togglePlay() {
        if (!playback.isPlaying() && !relationsMode.isDisable()) {
            setMode(Mode.RELATIONS);
        }
        timeline.setCursorShown(true);
        playback.toggle();
    }

    /** One line per relationship of a dataset (the first two), in the interface's language. */
    public static List<RelationChart.Series> chartSeries(Dataset dataset, I18n i18n) {
        if (dataset == null) {
            return List.of();
        }
        List<RelationChart.Series> series = new ArrayList<>();
        List<Relationship> relationships = dataset.settings().relationships();
        for (int i = 0; i < Math.min(2, relationships.size()); i++) {
            Relationship relationship = relationships.get(i);
            RelationCounts counts = RelationCounts.of(dataset, relationship.id());
            if (counts.firstDay() == null) {
                continue;
            }
            Color color = relationship.color() != null
                    ? Color.web(relationship.color())
                    : i == 0 ? Color.web("#1F6FB2") : Color.web("#C0392B");
            String label =
                    relationships.size() == 1 ? i18n.text("map.chartStates") : relationship.shortName(i18n.language());
            series.add(new RelationChart.Series(label, color, counts));
        }
        return series;
    }

    /** From the first year a relationship began to a year past today, or null when there are none. */
    public static TimeRange chartRange(Dataset dataset) {
        if (dataset == null) {
            return null;
        }
        Long first = null;
        for (Relationship relationship : dataset.settings().relationships()) {
            Long day = RelationCounts.of(dataset, relationship.id()).firstDay();
            if (day != null && (first == null || day < first)) {
                first = day;
            }
        }
        if (first == null) {
            return null;
        }
        long start = java.time.LocalDate.ofEpochDay(first).withDayOfYear(1).toEpochDay();
        long end = java.time.LocalDate.now().plusYears(1).withDayOfYear(1).toEpochDay();
        return new TimeRange(start, Math.max(end, start + 366));
    }

    /** A dataset's first to last date, or null when it has no events. */
    private static TimeRange extentOf(Dataset dataset) {
        if (dataset == null || dataset.events().isEmpty()) {
            return null;
        }
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (Event event : dataset.events()) {
            first = Math.min(first, event.startDay());
            last = Math.max(last, event.endDayExclusive());
        }
        return new TimeRange(first, last);
    }

    private void outlineSelection(Event selected) {
        map.outlinedCodesProperty().set(selected == null ? Set.of() : new LinkedHashSet<>(selected.countryCodes()));
    }

    /** Recolours the map for the timeline's range or cursor; cheap enough for every frame of a pan. */
    public void refreshShading() {
        TimeRange range = timeline.getVisibleRange();
        countsInView = countryTimes.countsIn(range.startDay(), range.endDay());
        boolean relations = mode == Mode.RELATIONS && dataset != null;
        chart.setVisible(relations && !chart.seriesProperty().get().isEmpty());
        if (relations) {
            double day = timeline.effectiveCursorDay();
            MapShading shading = MapShadings.relations(dataset, day, i18n);
            map.shadingProperty().set(shading);
            statusText.set(MapShadings.status(dataset, shading, day, i18n));
            chart.cursorDayProperty().set(day);
            chart.mapStyleProperty().set(map.style());
        } else {
            map.shadingProperty().set(MapShadings.counts(countsInView, i18n));
            statusText.set("");
        }
        unmapped.refresh();
    }

    private String name(String code) {
        Country country = dataset == null ? null : dataset.country(code);
        return country == null ? code : country.name().in(i18n.language());
    }

    private String hoverText(String code) {
        String name = name(code);
        if (mode == Mode.RELATIONS && dataset != null) {
            Country country = dataset.country(code);
            long day = (long) Math.floor(timeline.effectiveCursorDay());
            DateTexts dates = DateTexts.of(i18n);
            if (country != null && dataset.settings().comparesRelationships()) {
                List<String> parts = new ArrayList<>();
                for (Relationship relationship :
                        dataset.settings().relationships().subList(0, 2)) {
                    String shortName = relationship.shortName(i18n.language());
                    RelationPeriod active = country.periods(relationship.id()).stream()
                            .filter(period -> period.activeOn(day))
                            .findFirst()
                            .orElse(null);
                    parts.add(
                            active == null
                                    ? i18n.text("map.hoverRelationNone", shortName)
                                    : i18n.text("map.hoverRelationSince", shortName, dates.date(active.start())));
                }
                return name + " — " + String.join(" · ", parts);
            }
            if (country != null) {
                for (RelationPeriod period : country.periods()) {
                    if (period.activeOn(day)) {
                        return i18n.text("map.hoverSince", name, dates.date(period.start()));
                    }
                }
            }
            return i18n.text("map.hoverNone", name, dates.date(HistoricalDate.ofEpochDay(day)));
        }
        return i18n.text("map.hoverEvents", name, countsInView.getOrDefault(code, 0));
    }

    private void relabelPlay() {
        boolean playing = playback.isPlaying();
        playButton.setGraphic(new FontIcon(playing ? Material2MZ.PAUSE : Material2MZ.PLAY_ARROW));
        playButton.setTooltip(new Tooltip(i18n.text(playing ? "map.pause" : "map.play")));
        playButton.setAccessibleText(i18n.text(playing ? "map.pause" : "map.play"));
    }

    private void relabel() {
        eventsMode.setText(i18n.text("map.modeEvents"));
        relationsMode.setText(i18n.text("map.modeRelations"));
        eventsMode.setTooltip(new Tooltip(i18n.text("map.modeEvents.tip")));
        relationsMode.setTooltip(new Tooltip(i18n.text("map.modeRelations.tip")));
        backButton.setTooltip(new Tooltip(i18n.text("map.stepBack")));
        forwardButton.setTooltip(new Tooltip(i18n.text("map.stepForward")));
        backButton.setAccessibleText(i18n.text("map.stepBack"));
        forwardButton.setAccessibleText(i18n.text("map.stepForward"));
        resetButton.setTooltip(new Tooltip(i18n.text("map.reset")));
        resetButton.setAccessibleText(i18n.text("map.reset"));
        speed.setTooltip(new Tooltip(i18n.text("map.speed.tip")));
        unmappedTitle.setText(i18n.text("map.notOnMap"));
        chart.titleProperty().set(i18n.text("map.chartTitle"));
        if (dataset != null) {
            chart.seriesProperty().set(chartSeries(dataset, i18n));
        }
        map.excludedLabelProperty().set(i18n.text("map.filteredOut"));
        Map<String, String> names = new HashMap<>();
        if (dataset != null) {
            for (Country country : dataset.countries()) {
                names.put(country.code(), country.name().in(i18n.language()));
            }
        }
        map.countryNamesProperty().set(code -> names.getOrDefault(code, code));
        relabelPlay();
        speed.setConverter(speed.getConverter());
        refreshShading();
    }
}
