package dev.timelineexplorer.app.window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.timelineexplorer.app.export.Picture;
import dev.timelineexplorer.app.map.MapPanel;
import dev.timelineexplorer.app.settings.AppPreferences;
import dev.timelineexplorer.app.settings.AppTimelineTexts;
import dev.timelineexplorer.app.settings.AppVersion;
import dev.timelineexplorer.app.settings.Fonts;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.app.settings.StartupTrace;
import dev.timelineexplorer.index.DatasetIndexes;
import dev.timelineexplorer.index.EventFilter;
import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.index.Grouping;
import dev.timelineexplorer.io.BundledDataset;
import dev.timelineexplorer.io.json.Urls;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.view.ColorMode;
import dev.timelineexplorer.view.TimeRange;
import dev.timelineexplorer.view.TimelineLegend;
import dev.timelineexplorer.view.TimelineView;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The explorer window: it lays out the menus and toolbar ({@link WindowMenus}), the filter sidebar, the timeline with
 * its legend and optional event table, the detail pane and the status bar, and wires them to the open dataset
 * ({@link DatasetSession}), the events the filters let through ({@link ShownEvents}), the exports ({@link Exports}),
 * the selection ({@link SelectionSync}) and the window's remembered state ({@link WindowState}).
 *
 * <p>A file with errors leaves what is on screen untouched and shows its problems. The open file is watched and
 * reloaded when it changes, keeping the view, filters and selection.
 */
public final class ExplorerWindow {
    public static final String APP_NAME = "Timeline Explorer";

    private final Stage stage;
    private final AppPreferences preferences;
    private final Consumer<String> linkOpener;
    private final I18n i18n;
    private final ExecutorService background = BackgroundThreads.single("dataset-loader");
    private final ExecutorService filtering = BackgroundThreads.single("event-filter");

    private final TimelineView timeline = new TimelineView();
    private final TimelineLegend legend = new TimelineLegend(timeline);
    private final FilterSidebar sidebar;
    private final EventDetailPane details;
    private final EventTable table;
    private final MapPanel mapPanel;
    private final VBox timelineBox = new VBox();
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane centerSplit = new SplitPane();
    /** The timeline over the table, when the map stands beside them. */
    private final SplitPane timelineColumn = new SplitPane();
    /** The legend in one line that scrolls sideways: the rows of events get the room. */
    private final ScrollPane legendLine = new ScrollPane();

    private final StatusBar status;
    private final WindowNotices notices;
    private final Scene scene;
    private final DatasetSession session;
    private final ShownEvents shown;
    private final Exports exports;
    private final SelectionSync selection;
    private final WindowState windowState;
    private final WindowMenus menus;
    private final TimelineLanes lanes;
    private final DatasetEditor editor;
    private final EditActions editing;

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private boolean tableStale;
    private Stage helpWindow;

    public ExplorerWindow(Stage stage, AppPreferences preferences, Consumer<String> linkOpener) {
        this(stage, preferences, linkOpener, new I18n(java.util.Locale.ENGLISH));
    }

    public ExplorerWindow(Stage stage, AppPreferences preferences, Consumer<String> linkOpener, I18n i18n) {
        this.stage = stage;
        this.preferences = preferences;
        this.linkOpener = linkOpener;
        this.i18n = i18n;
        this.status = new StatusBar(i18n);
        this.notices = new WindowNotices(stage, i18n, status);
        this.sidebar = new FilterSidebar(i18n);
        this.table = new EventTable(i18n);
        timeline.setTexts(new AppTimelineTexts(i18n));
        this.mapPanel = new MapPanel(i18n, timeline);
        this.details = new EventDetailPane(this::openLink, i18n);
        this.session = new DatasetSession(background, this::onLoadFailed);
        this.shown = new ShownEvents(filtering);
        this.windowState = new WindowState(stage, preferences);
        this.exports = new Exports(stage, i18n, status, timeline, mapPanel.map(), dataset::get, this::shownEvents);
        exports.setChart(mapPanel.chart());
        this.selection = new SelectionSync(timeline, table, details);
        this.lanes = new TimelineLanes(
                timeline,
                sidebar,
                i18n,
                shown::indexes,
                () -> shown.shownProperty().get());
        lanes.groupingProperty().set(preferences.grouping());
        lanes.groupingProperty().addListener((o, old, now) -> preferences.setGrouping(now));
        this.editor = new DatasetEditor(stage, i18n, session, status);
        this.editing = new EditActions(this, editor, i18n, status);
        this.menus = new WindowMenus(this, i18n, preferences);

        BorderPane root = new BorderPane();
        root.getStyleClass().add("explorer-window");
        root.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        root.setCenter(createCenter());
        root.setBottom(status);

        scene = new Scene(root, 1280, 800);
        addStylesheets(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            sidebar.searchField().requestFocus();
            sidebar.searchField().selectAll();
        });
        installDragAndDrop();
        editing.installKeys(scene, List.of(timeline, table));
        wire();

        stage.setScene(scene);
        var icon = ExplorerWindow.class.getResource("/dev/timelineexplorer/app/icon.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        }
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setTitle(APP_NAME);
        windowState.restoreBounds();
        applyTheme(preferences.theme());
        stage.setOnHidden(e -> shutdown());
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        preferences.setOnFailure(reason -> status.showMessage(i18n.text("preferences.failed", reason)));
    }

    // ------------------------------------------------------------------ building the window

    private Node createCenter() {
        timeline.setId("timeline");
        // The legend repeats the sidebar's coloured dots: one line, scrolling sideways, rather than four.
        legend.setPrefWrapLength(Double.MAX_VALUE);
        legendLine.setContent(legend);
        legendLine.setFitToHeight(true);
        legendLine.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        legendLine.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        legendLine.getStyleClass().add("legend-line");
        timelineBox.getChildren().setAll(timeline, legendLine);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        timelineBox.getStyleClass().add("timeline-box");
        legendLine.visibleProperty().bind(menus.legend().selectedProperty());
        legendLine.managedProperty().bind(legendLine.visibleProperty());
        timelineColumn.setOrientation(Orientation.VERTICAL);
        timelineBox.setMinWidth(260);
        menus.mapBeside().selectedProperty().set(preferences.mapBeside());
        menus.mapBeside().selectedProperty().addListener((o, was, now) -> {
            preferences.setMapBeside(now);
            showCenterParts();
        });

        centerSplit.setOrientation(Orientation.VERTICAL);
        centerSplit.getItems().add(timelineBox);
        menus.table().selectedProperty().set(preferences.tableVisible());
        setTableVisible(preferences.tableVisible());
        menus.table().selectedProperty().addListener((o, was, now) -> {
            setTableVisible(now);
            preferences.setTableVisible(now);
        });
        menus.map().selectedProperty().set(!Boolean.FALSE.equals(preferences.mapVisible()));
        menus.map().selectedProperty().addListener((o, was, now) -> {
            preferences.setMapVisible(now);
            showCenterParts();
        });

        ScrollPane sidebarScroll = new ScrollPane(sidebar);
        sidebarScroll.setFitToWidth(true);
        sidebarScroll.setFitToHeight(true);
        sidebarScroll.getStyleClass().add("sidebar-scroll");
        sidebarScroll.setMinWidth(200);
        details.setMinWidth(240);

        mainSplit.getItems().addAll(sidebarScroll, centerSplit, details);
        windowState.restoreDividers("main", mainSplit, 0.22, 0.75);
        SplitPane.setResizableWithParent(sidebarScroll, false);
        SplitPane.setResizableWithParent(details, false);
        return mainSplit;
    }

    private void setTableVisible(boolean visible) {
        showCenterParts();
        if (visible) {
            if (tableStale) {
                refreshTable();
            }
            Event selected = timeline.getSelectedEvent();
            if (selected != null) {
                table.getSelectionModel().select(selected);
                table.scrollTo(selected);
            }
        }
    }

    /** Whether the map is on screen: chosen in View > Map, and the dataset has countries on the map. */
    public boolean isMapShown() {
        return centerSplit.getItems().contains(mapPanel);
    }

    /** Whether the map stands beside the timeline (and table) rather than under them. */
    boolean isMapBeside() {
        return isMapShown() && centerSplit.getOrientation() == Orientation.HORIZONTAL;
    }

    /**
     * Puts the timeline, the map and the table in the centre as chosen; each combination remembers its own dividers,
     * as the timeline with a map wants other proportions than the timeline with a table.
     */
    private void showCenterParts() {
        boolean map = menus.map().selectedProperty().get() && MapPanel.isMappable(dataset.get());
        boolean table = menus.table().selectedProperty().get();
        boolean beside = map && menus.mapBeside().selectedProperty().get();
        List<Node> parts = new java.util.ArrayList<>();
        List<Node> column = new java.util.ArrayList<>(List.of(timelineBox));
        if (table) {
            column.add(this.table);
        }
        if (beside) {
            // The timeline (and the table under it) on the left, the map on the right.
            parts.add(table ? timelineColumn : timelineBox);
            parts.add(mapPanel);
        } else {
            parts.add(timelineBox);
            if (map) {
                parts.add(mapPanel);
            }
            if (table) {
                parts.add(this.table);
            }
        }
        Orientation orientation = beside ? Orientation.HORIZONTAL : Orientation.VERTICAL;
        if (parts.equals(centerSplit.getItems())
                && orientation == centerSplit.getOrientation()
                && (!beside || !table || column.equals(timelineColumn.getItems()))) {
            return;
        }
        saveCenterDividers();
        centerSplit.getItems().clear();
        timelineColumn.getItems().setAll(beside && table ? column : List.of());
        centerSplit.setOrientation(orientation);
        centerSplit.getItems().setAll(parts);
        double[] defaults = beside
                ? new double[] {0.55}
                : map && table ? new double[] {0.5, 0.8} : map ? new double[] {0.58} : new double[] {0.62};
        windowState.restoreDividers(centerKey(), centerSplit, defaults);
        if (beside && table) {
            windowState.restoreDividers("center.beside.column", timelineColumn, 0.6);
        }
    }

    private String centerKey() {
        return "center"
                + (isMapShown() ? ".map" : "")
                + (isMapBeside() ? ".beside" : "")
                + (centerSplit.getItems().contains(table)
                                || timelineColumn.getItems().contains(table)
                        ? ".table"
                        : "");
    }

    private void saveCenterDividers() {
        if (timelineColumn.getItems().size() > 1) {
            windowState.saveDividers("center.beside.column", timelineColumn);
        }
        if (centerSplit.getItems().size() > 1) {
            windowState.saveDividers(centerKey(), centerSplit);
        }
    }

    private void installDragAndDrop() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean accepted = files != null && !files.isEmpty();
            if (accepted) {
                open(files.get(0).toPath());
            }
            e.setDropCompleted(accepted);
            e.consume();
        });
    }

    // ------------------------------------------------------------------ wiring

    private void wire() {
        session.currentProperty().addListener((o, old, loaded) -> show(loaded));
        session.loadingProperty()
                .addListener((o, was, now) -> status.showProgress(
                        now ? i18n.text("status.loading", session.loadingName()) : null, session.progressProperty()));
        sidebar.filterProperty().addListener((o, old, filter) -> {
            shown.request(filter);
            mapPanel.setHiddenCountries(filter.hiddenCountries());
            rememberFilter(filter);
        });
        // The sidebar's relation status is judged on the time cursor's date, which moves with it (and with Play).
        timeline.cursorDayProperty()
                .addListener((o, old, now) -> sidebar.setRelationDay(timeline.effectiveCursorDay()));
        timeline.visibleRangeProperty()
                .addListener((o, old, now) -> sidebar.setRelationDay(timeline.effectiveCursorDay()));
        shown.shownProperty().addListener((o, old, index) -> showEvents(index));
        shown.facetsProperty().addListener((o, old, facets) -> sidebar.setFacets(facets));
        shown.countryTimesProperty().addListener((o, old, times) -> mapPanel.setCountryTimes(times));
        mapPanel.statusTextProperty().addListener((o, old, text) -> status.showTime(text));
        mapPanel.setOnCountry((code, toggle) -> {
            if (toggle) {
                sidebar.setCountryChecked(
                        code, sidebar.countryList().uncheckedKeys().contains(code));
            } else {
                sidebar.showOnlyCountry(code);
            }
        });
        details.setOnCountryChosen(sidebar::showOnlyCountry);
        editor.modifiedProperty().addListener((o, was, now) -> updateTitle());
        i18n.localeProperty().addListener((o, old, now) -> {
            updateTitle();
            timeline.setTexts(new AppTimelineTexts(i18n));
        });
    }

    /** Shows a dataset just loaded, keeping the view, filters and selection for a reload of the same file. */
    private void show(DatasetSession.Loaded loaded) {
        StartupTrace.mark("dataset loaded");
        Dataset data = loaded.indexes().dataset();
        TimeRange range = timeline.getVisibleRange();
        String selectedId = timeline.getSelectedEvent() == null
                ? null
                : timeline.getSelectedEvent().id();
        EventFilter filter = loaded.keepView()
                ? sidebar.filterProperty().get()
                : new EventFilter(
                        preferences.hiddenCountries(datasetKey()),
                        false,
                        preferences.hiddenCategories(datasetKey()),
                        "");
        dataset.set(data);
        // The index built with the dataset, off the FX thread, is the timeline's: it is not built again here.
        timeline.setDataset(data, loaded.indexes().events());
        details.datasetProperty().set(data);
        sidebar.setDataset(data, loaded.indexes().filter(), filter);
        mapPanel.setDataset(data);
        mapPanel.setHiddenCountries(sidebar.filterProperty().get().hiddenCountries());
        menus.map().disabledProperty().set(!MapPanel.isMappable(data));
        showCenterParts();
        shown.reset(loaded.indexes(), sidebar.filterProperty().get());
        if (loaded.keepView()) {
            timeline.setVisibleRange(range);
            Event selected = selectedId == null ? null : data.event(selectedId);
            if (selected != null && timeline.eventIndex().positionOf(selected) >= 0) {
                timeline.setSelectedEvent(selected);
            }
        } else {
            timeline.fitAll(false);
        }
        sidebar.setRelationDay(timeline.effectiveCursorDay());
        updateTitle();
        StartupTrace.mark("dataset shown");
        List<dev.timelineexplorer.io.Problem> warnings = loaded.result().warnings();
        if (warnings.isEmpty()) {
            status.showNotice(null, null);
        } else {
            status.showNotice(
                    "status.warnings",
                    () -> Dialogs.problems(
                            stage, i18n, i18n.text("problems.warningsTitle", loaded.name()), warnings, false),
                    warnings.size());
        }
        notices.warnOnceIfBundledFontMissing();
        preferences.setLastDataset(loaded.file());
        if (loaded.file() != null) {
            preferences.addRecentFile(loaded.file());
        }
    }

    /** Shows the events the filters let through, on the timeline, in the table and in the status bar. */
    private void showEvents(EventIndex index) {
        if (index == null) {
            return;
        }
        timeline.setEvents(index);
        lanes.update();
        refreshTable();
        status.showCounts(
                index, dataset.get() == null ? 0 : dataset.get().events().size());
    }

    private void rememberFilter(EventFilter filter) {
        if (dataset.get() != null) {
            // The countries the user unchecked, not those the relation status hides for the moment.
            preferences.setHiddenCountries(datasetKey(), sidebar.countryList().uncheckedKeys());
            preferences.setHiddenCategories(datasetKey(), filter.hiddenCategories());
        }
    }

    private void updateTitle() {
        Dataset data = dataset.get();
        String unsaved = editor.isModified() ? "• " : "";
        stage.setTitle(
                data == null
                        ? APP_NAME
                        : APP_NAME + " — " + unsaved + data.title().in(i18n.language()));
    }

    private String datasetKey() {
        Path file = session.currentFile();
        return file == null
                ? "bundled:" + BundledDataset.NAME
                : file.toAbsolutePath().toString();
    }

    /**
     * Fills the table with the shown events, but only while it is on screen: sorting a million rows on every filter
     * change would make filtering slow for nothing.
     */
    private void refreshTable() {
        if (!centerSplit.getItems().contains(table)
                && !timelineColumn.getItems().contains(table)) {
            tableStale = true;
            return;
        }
        tableStale = false;
        selection.syncing(() -> table.setEvents(dataset.get(), shownEvents()));
        selection.reselectInTable();
    }

    private List<Event> shownEvents() {
        EventIndex index = shown.shownProperty().get();
        return index == null ? List.of() : index.events();
    }

    // ------------------------------------------------------------------ loading

    private void onLoadFailed(DatasetSession.Failure failure) {
        if (dataset.get() == null && failure.file() != null) {
            // Nothing on screen yet (a bad file given at start, or remembered from last time): the bundled dataset
            // opens behind the list of problems, rather than an empty window.
            session.open(null);
        }
        notices.loadFailed(failure);
    }

    // ------------------------------------------------------------------ commands, for WindowMenus

    public void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("open.title"));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(i18n.text("open.filterDatasets"), "*.json", "*.csv"),
                        new FileChooser.ExtensionFilter(i18n.text("open.filterAll"), "*.*"));
        Path current = session.currentFile();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            File dir = current.toAbsolutePath().getParent().toFile();
            if (dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    public void reload() {
        editor.whenChangesSettled(session::reload);
    }

    /**
     * Closes the window as the user asks to: unsaved changes are saved or left as the user chooses first, and an
     * export under way is finished, its progress in the status bar, not cut off.
     */
    public void requestClose() {
        editor.whenChangesSettled(() -> {
            if (exports.isWriting()) {
                status.showMessage(i18n.text("export.finishingBeforeClose"));
                exports.whenIdle(stage::close);
            } else {
                stage.close();
            }
        });
    }

    /** Offers a recovery copy left by a crash, once the first dataset is shown (so that it is not replaced). */
    public void offerRecoveryOnceShown() {
        session.currentProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(
                    javafx.beans.value.ObservableValue<? extends DatasetSession.Loaded> o,
                    DatasetSession.Loaded old,
                    DatasetSession.Loaded now) {
                session.currentProperty().removeListener(this);
                javafx.application.Platform.runLater(editor::offerRecovery);
            }
        });
    }

    /** The editing of the dataset: edits, undo, saving. */
    public DatasetEditor editor() {
        return editor;
    }

    /** The editing commands, for the menus. */
    EditActions editing() {
        return editing;
    }

    public void exportView(Picture.Part part, String format, double scale) {
        exports.exportView(part, format, scale);
    }

    public void exportEvents(String format) {
        exports.exportEvents(format);
    }

    public void zoom(double factor) {
        TimeRange range = timeline.getVisibleRange();
        timeline.zoomTo(range.zoom(factor, range.center()), true);
    }

    public void togglePlay() {
        mapPanel.togglePlay();
    }

    public void step(int years) {
        mapPanel.playback().step(years);
    }

    /** The exports, for tests. */
    public Exports exports() {
        return exports;
    }

    /** The map panel, for tests. */
    /** The preferences the window remembers its choices in. */
    AppPreferences preferences() {
        return preferences;
    }

    /** The menus and toolbar, for tests. */
    public WindowMenus menus() {
        return menus;
    }

    public MapPanel mapPanel() {
        return mapPanel;
    }

    /** Switches the interface, and the data where it has texts in it, to a language; remembered. */
    public void setLanguage(java.util.Locale language) {
        preferences.setLanguage(language);
        i18n.setLocale(language);
    }

    /** How the timeline is grouped into lanes: none, or by country, region or category; remembered. */
    public ObjectProperty<Grouping> groupingProperty() {
        return lanes.groupingProperty();
    }

    public void setColorMode(ColorMode mode) {
        timeline.setColorMode(mode);
    }

    public void setTheme(AppPreferences.Theme theme) {
        preferences.setTheme(theme);
        applyTheme(theme);
    }

    public void showHelp() {
        if (helpWindow == null) {
            helpWindow = HelpWindow.create(stage, scene.getStylesheets(), i18n);
        }
        helpWindow.show();
        helpWindow.toFront();
    }

    public void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(i18n.text("about.title", APP_NAME));
        alert.setHeaderText(APP_NAME + " " + AppVersion.text());
        alert.setContentText(i18n.text(
                "about.text", System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?")));
        alert.getDialogPane().setId("about-dialog");
        Dialogs.styleLike(alert, stage);
        alert.show();
    }

    private void openLink(String url) {
        if (Urls.isWebAddress(url)) {
            linkOpener.accept(url);
        }
    }

    private void applyTheme(AppPreferences.Theme theme) {
        Application.setUserAgentStylesheet(
                theme == AppPreferences.Theme.DARK
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
        scene.getRoot()
                .pseudoClassStateChanged(
                        javafx.css.PseudoClass.getPseudoClass("dark"), theme == AppPreferences.Theme.DARK);
    }

    private void shutdown() {
        windowState.saveBounds();
        windowState.saveDividers("main", mainSplit);
        saveCenterDividers();
        mapPanel.playback().pause();
        editor.closeCleanly();
        preferences.flush();
        session.close();
        exports.shutdown();
        background.shutdownNow();
        filtering.shutdownNow();
        if (helpWindow != null) {
            helpWindow.close();
        }
    }

    // ------------------------------------------------------------------ public face

    /** The dataset on screen, or null before the first load. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The events passing the filters, as an index in time order; read-only. */
    public ReadOnlyObjectProperty<EventIndex> shownEventsProperty() {
        return shown.shownProperty();
    }

    /** The filter the user has chosen in the sidebar; read-only. */
    public ReadOnlyObjectProperty<EventFilter> filterProperty() {
        return sidebar.filterProperty();
    }

    public Stage stage() {
        return stage;
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** The language of the interface. */
    public I18n i18n() {
        return i18n;
    }

    /** Shows the window. */
    public void show() {
        stage.show();
        // Keyboard shortcuts of the timeline work at once; Ctrl+F reaches the search field.
        timeline.requestFocus();
        windowState.restoreMaximized();
    }

    /** Opens a file, loading it in the background; null opens the bundled dataset. */
    public void open(Path file) {
        editor.whenChangesSettled(() -> session.open(file));
    }

    /** Whether nothing is pending: no load running, no search waiting, no filtering or save under way. */
    public boolean isSettled() {
        return !session.loadingProperty().get()
                && !sidebar.isSearchPending()
                && shown.isSettled()
                && !editor.isSaving();
    }

    /** For tests: the sidebar, so flows can uncheck a country as the user would. */
    public FilterSidebar sidebar() {
        return sidebar;
    }

    /** Whether a file exists and can be read, used by the launcher to choose what to open at start. */
    public static boolean readable(Path file) {
        return file != null && Files.isRegularFile(file) && Files.isReadable(file);
    }

    /** For tests: the window's set of hidden countries. */
    public Set<String> hiddenCountries() {
        return sidebar.filterProperty().get().hiddenCountries();
    }

    public Window window() {
        return stage;
    }

    /** The dataset session, for the menus' recent files. */
    public DatasetSession session() {
        return session;
    }

    /** The indexes of the dataset shown, or null. */
    public DatasetIndexes indexes() {
        return shown.indexes();
    }

    /** Styles a scene as the window is styled: the app's stylesheet and its bundled font, when it could be read. */
    public static void addStylesheets(Scene scene) {
        scene.getStylesheets()
                .add(Objects.requireNonNull(ExplorerWindow.class.getResource("/dev/timelineexplorer/app/explorer.css"))
                        .toExternalForm());
        String fonts = Fonts.stylesheet();
        if (fonts != null) {
            scene.getStylesheets().add(fonts);
        }
    }
}
