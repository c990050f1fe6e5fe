package dev.timelineexplorer.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import dev.timelineexplorer.index.EventFilter;
import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.index.FilterIndex;
import dev.timelineexplorer.io.BundledDataset;
import dev.timelineexplorer.io.CsvExporter;
import dev.timelineexplorer.io.DatasetLoader;
import dev.timelineexplorer.io.DatasetWriter;
import dev.timelineexplorer.io.LoadResult;
import dev.timelineexplorer.io.Problem;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.view.ColorMode;
import dev.timelineexplorer.view.TimeRange;
import dev.timelineexplorer.view.TimelineLegend;
import dev.timelineexplorer.view.TimelineView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The explorer window: menus and toolbar, the filter sidebar, the timeline with its legend and optional event
 * table, the detail pane and the status bar. It owns the open dataset and applies the user's filters to it.
 *
 * <p>Datasets load on a background thread; a file with errors leaves what is on screen untouched and shows the
 * problems. The open file is watched and reloaded when it changes, keeping the view, filters and selection.
 */
public final class ExplorerWindow {
    static final String APP_NAME = "Timeline Explorer";

    private final Stage stage;
    private final AppPreferences preferences;
    private final Consumer<String> linkOpener;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "dataset-loader");
        thread.setDaemon(true);
        return thread;
    });
    private final FileWatcher watcher = new FileWatcher(this::onFileChanged);

    private final TimelineView timeline = new TimelineView();
    private final TimelineLegend legend = new TimelineLegend(timeline);
    private final FilterSidebar sidebar = new FilterSidebar();
    private final EventDetailPane details;
    private final EventTable table = new EventTable();
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane centerSplit = new SplitPane();
    private final Label statusText = new Label();
    private final Hyperlink warningsLink = new Hyperlink();
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final CheckMenuItem showTable = new CheckMenuItem("Event Table");
    private final Menu recentMenu = new Menu("Open Recent");
    private final Scene scene;

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ObjectProperty<List<Event>> shownEvents = new SimpleObjectProperty<>(this, "shownEvents", List.of());
    private FilterIndex filterIndex;
    private EventIndex allEvents;
    /** The open file, or null for the bundled dataset. */
    private Path currentFile;

    private List<Problem> warnings = List.of();
    private boolean syncingSelection;
    private boolean tableStale;
    private Task<Loaded> loading;

    /** What a background load hands to the window: the result and, when valid, its indexes. */
    private record Loaded(LoadResult result, FilterIndex filterIndex, EventIndex eventIndex) {}

    private Stage helpWindow;

    public ExplorerWindow(Stage stage, AppPreferences preferences, Consumer<String> linkOpener) {
        this.stage = stage;
        this.preferences = preferences;
        this.linkOpener = linkOpener;
        this.details = new EventDetailPane(this::openLink);

        BorderPane root = new BorderPane();
        root.getStyleClass().add("explorer-window");
        root.setTop(new VBox(createMenuBar(), createToolBar()));
        root.setCenter(createCenter());
        root.setBottom(createStatusBar());

        scene = new Scene(root, 1280, 800);
        scene.getStylesheets()
                .add(Objects.requireNonNull(ExplorerWindow.class.getResource("explorer.css"))
                        .toExternalForm());
        installShortcuts();
        installDragAndDrop();
        wireSelection();

        stage.setScene(scene);
        var icon = ExplorerWindow.class.getResource("icon.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        }
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setTitle(APP_NAME);
        restoreWindowBounds();
        applyTheme(preferences.theme());
        stage.setOnHidden(e -> shutdown());
    }

    // ------------------------------------------------------------------ building the window

    private MenuBar createMenuBar() {
        MenuItem open = item(
                "Open…",
                Material2AL.FOLDER_OPEN,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                this::chooseAndOpen);
        open.setId("menu-open");
        MenuItem reload = item("Reload", Material2MZ.REFRESH, new KeyCodeCombination(KeyCode.F5), this::reload);
        MenuItem bundled = item("Open Bundled Dataset", null, null, () -> load(null, false));
        MenuItem quit =
                item("Quit", null, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        recentMenu.setOnShowing(e -> refreshRecentMenu());
        refreshRecentMenu();
        MenuItem exportPng = item("Export View as PNG…", Material2AL.IMAGE, null, () -> exportView("png", 1));
        MenuItem exportPng2x = item("Export View as PNG (2×)…", null, null, () -> exportView("png", 2));
        MenuItem exportSvg = item("Export View as SVG…", null, null, () -> exportView("svg", 1));
        Menu export = new Menu("Export", null, exportPng, exportPng2x, exportSvg);
        export.getItems().addAll(exportEventItems());
        Menu file = new Menu(
                "_File",
                null,
                open,
                recentMenu,
                reload,
                bundled,
                new SeparatorMenuItem(),
                export,
                new SeparatorMenuItem(),
                quit);

        MenuItem fit = item(
                "Fit All",
                Material2AL.CROP_FREE,
                new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> timeline.fitAll(true));
        MenuItem zoomIn = item(
                "Zoom In",
                Material2MZ.ZOOM_IN,
                new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                () -> zoom(1 / 1.5));
        MenuItem zoomOut = item(
                "Zoom Out",
                Material2MZ.ZOOM_OUT,
                new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                () -> zoom(1.5));
        showTable.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        showTable.setSelected(preferences.tableVisible());
        showTable.selectedProperty().addListener((o, was, now) -> {
            setTableVisible(now);
            preferences.setTableVisible(now);
        });
        CheckMenuItem showLegend = new CheckMenuItem("Legend");
        showLegend.setSelected(true);
        legend.visibleProperty().bind(showLegend.selectedProperty());
        legend.managedProperty().bind(legend.visibleProperty());

        ToggleGroup colorGroup = new ToggleGroup();
        RadioMenuItem byCategory = new RadioMenuItem("By Category");
        RadioMenuItem byCountry = new RadioMenuItem("By First Country");
        byCategory.setToggleGroup(colorGroup);
        byCountry.setToggleGroup(colorGroup);
        byCategory.setSelected(true);
        byCategory.setOnAction(e -> timeline.setColorMode(ColorMode.CATEGORY));
        byCountry.setOnAction(e -> timeline.setColorMode(ColorMode.COUNTRY));
        Menu colors = new Menu("Colour Events", null, byCategory, byCountry);

        ToggleGroup themeGroup = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light");
        RadioMenuItem dark = new RadioMenuItem("Dark");
        light.setId("menu-theme-light");
        dark.setId("menu-theme-dark");
        light.setToggleGroup(themeGroup);
        dark.setToggleGroup(themeGroup);
        (preferences.theme() == AppPreferences.Theme.DARK ? dark : light).setSelected(true);
        light.setOnAction(e -> setTheme(AppPreferences.Theme.LIGHT));
        dark.setOnAction(e -> setTheme(AppPreferences.Theme.DARK));
        Menu theme = new Menu("Theme", null, light, dark);
        Menu view = new Menu(
                "_View", null, fit, zoomIn, zoomOut, new SeparatorMenuItem(), showTable, showLegend, colors, theme);

        MenuItem help = item(
                "Keyboard Shortcuts and Data Format",
                Material2AL.HELP_OUTLINE,
                new KeyCodeCombination(KeyCode.F1),
                this::showHelp);
        MenuItem about = item("About Timeline Explorer", null, null, this::showAbout);
        Menu helpMenu = new Menu("_Help", null, help, about);

        MenuBar bar = new MenuBar(file, view, helpMenu);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(
            String text, org.kordamp.ikonli.Ikon icon, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Exports exactly what the timeline shows (range, filters, theme, selection) as PNG or SVG. */
    private void exportView(String format, double scale) {
        if (dataset.get() == null) {
            return;
        }
        Path target = chooseExportFile("Export View as " + format.toUpperCase(java.util.Locale.ROOT), format);
        if (target == null) {
            return;
        }
        try {
            if (format.equals("svg")) {
                ViewExport.writeSvg(timeline, target);
            } else {
                ViewExport.writePng(timeline.exportImage(scale), target);
            }
            statusText.setText("Exported " + target.getFileName());
        } catch (IOException | RuntimeException e) {
            showError("Could not export " + target.getFileName(), describe(e));
        }
    }

    /** Asks where to save, suggesting a name from the dataset; null when the user cancels. */
    private Path chooseExportFile(String title, String format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        format.toUpperCase(java.util.Locale.ROOT) + " files (*." + format + ")", "*." + format));
        chooser.setInitialFileName(suggestedName(format));
        java.io.File chosen = chooser.showSaveDialog(stage);
        return chosen == null ? null : withExtension(chosen.toPath(), format);
    }

    private String suggestedName(String extension) {
        String base = dataset.get() == null ? "timeline" : dataset.get().title().text();
        String slug = base.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return (slug.isEmpty() ? "timeline" : slug) + "." + extension;
    }

    private static Path withExtension(Path file, String extension) {
        String name = String.valueOf(file.getFileName());
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)
                ? file
                : file.resolveSibling(name + "." + extension);
    }

    /** Export of the shown (filtered) events as CSV, or as a dataset in the app's own format. */
    private List<MenuItem> exportEventItems() {
        MenuItem csv = item("Export Events as CSV…", null, null, () -> exportEvents("csv"));
        MenuItem json = item("Export Events as JSON…", null, null, () -> exportEvents("json"));
        return List.of(new SeparatorMenuItem(), csv, json);
    }

    private void exportEvents(String format) {
        Dataset data = dataset.get();
        if (data == null) {
            return;
        }
        Path target = chooseExportFile(
                "Export " + shownEvents.get().size() + " Events as " + format.toUpperCase(java.util.Locale.ROOT),
                format);
        if (target == null) {
            return;
        }
        try {
            if (format.equals("csv")) {
                CsvExporter.export(shownEvents.get(), target);
            } else {
                DatasetWriter.write(data, shownEvents.get(), target);
            }
            statusText.setText("Exported " + shownEvents.get().size() + " events to " + target.getFileName());
        } catch (IOException | RuntimeException e) {
            showError("Could not export " + target.getFileName(), describe(e));
        }
    }

    private ToolBar createToolBar() {
        Button open = toolButton(Material2AL.FOLDER_OPEN, "Open a dataset (Ctrl+O)", this::chooseAndOpen);
        open.setId("toolbar-open");
        Button reload = toolButton(Material2MZ.REFRESH, "Reload (F5)", this::reload);
        Button fit = toolButton(Material2AL.CROP_FREE, "Fit all events (Ctrl+0)", () -> timeline.fitAll(true));
        Button zoomIn = toolButton(Material2MZ.ZOOM_IN, "Zoom in (+)", () -> zoom(1 / 1.5));
        Button zoomOut = toolButton(Material2MZ.ZOOM_OUT, "Zoom out (-)", () -> zoom(1.5));
        Button tableButton = toolButton(
                Material2MZ.TABLE_CHART,
                "Show or hide the event table (Ctrl+T)",
                () -> showTable.setSelected(!showTable.isSelected()));
        Button themeButton = toolButton(
                Material2AL.BRIGHTNESS_6,
                "Switch between light and dark themes",
                () -> setTheme(
                        preferences.theme() == AppPreferences.Theme.DARK
                                ? AppPreferences.Theme.LIGHT
                                : AppPreferences.Theme.DARK));
        Button help = toolButton(Material2AL.HELP_OUTLINE, "Keyboard shortcuts and data format (F1)", this::showHelp);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(
                open,
                reload,
                new javafx.scene.control.Separator(Orientation.VERTICAL),
                fit,
                zoomIn,
                zoomOut,
                new javafx.scene.control.Separator(Orientation.VERTICAL),
                tableButton,
                spacer,
                themeButton,
                help);
    }

    private static Button toolButton(org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }

    private Node createCenter() {
        timeline.setId("timeline");
        VBox timelineBox = new VBox(timeline, legend);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        timelineBox.getStyleClass().add("timeline-box");

        centerSplit.setOrientation(Orientation.VERTICAL);
        centerSplit.getItems().add(timelineBox);
        setTableVisible(preferences.tableVisible());

        javafx.scene.control.ScrollPane sidebarScroll = new javafx.scene.control.ScrollPane(sidebar);
        sidebarScroll.setFitToWidth(true);
        sidebarScroll.setFitToHeight(true);
        sidebarScroll.getStyleClass().add("sidebar-scroll");
        sidebarScroll.setMinWidth(200);
        details.setMinWidth(240);

        mainSplit.getItems().addAll(sidebarScroll, centerSplit, details);
        mainSplit.setDividerPositions(preferences.dividers("main", new double[] {0.2, 0.74}));
        SplitPane.setResizableWithParent(sidebarScroll, false);
        SplitPane.setResizableWithParent(details, false);
        return mainSplit;
    }

    private void setTableVisible(boolean visible) {
        if (visible && !centerSplit.getItems().contains(table)) {
            centerSplit.getItems().add(table);
            if (tableStale) {
                refreshTable();
            }
            centerSplit.setDividerPositions(preferences.dividers("center", new double[] {0.62}));
            Event selected = timeline.getSelectedEvent();
            if (selected != null) {
                table.getSelectionModel().select(selected);
                table.scrollTo(selected);
            }
        } else if (!visible && centerSplit.getItems().contains(table)) {
            preferences.setDividers("center", centerSplit.getDividerPositions());
            centerSplit.getItems().remove(table);
        }
    }

    private Node createStatusBar() {
        statusText.setId("status-text");
        warningsLink.setId("status-warnings");
        warningsLink.setVisible(false);
        warningsLink.managedProperty().bind(warningsLink.visibleProperty());
        warningsLink.setOnAction(e -> showProblems("Warnings in " + displayName(currentFile), warnings, false));
        progress.setPrefWidth(160);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        progressText.visibleProperty().bind(progress.visibleProperty());
        progressText.managedProperty().bind(progress.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, statusText, warningsLink, spacer, progressText, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    // ------------------------------------------------------------------ wiring

    private void wireSelection() {
        sidebar.filterProperty().addListener((o, old, filter) -> applyFilter());
        timeline.selectedEventProperty().addListener((o, old, event) -> {
            details.eventProperty().set(event);
            updateNavigation();
            if (!syncingSelection) {
                syncingSelection = true;
                try {
                    if (event == null) {
                        table.getSelectionModel().clearSelection();
                    } else {
                        table.getSelectionModel().select(event);
                        table.scrollTo(event);
                    }
                } finally {
                    syncingSelection = false;
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, event) -> {
            if (syncingSelection || event == null) {
                return;
            }
            syncingSelection = true;
            try {
                timeline.setSelectedEvent(event);
                timeline.scrollToEvent(event, true);
            } finally {
                syncingSelection = false;
            }
        });
        details.setOnCountryChosen(sidebar::showOnlyCountry);
        details.setOnPrevious(timeline::selectPrevious);
        details.setOnNext(timeline::selectNext);
    }

    private void updateNavigation() {
        List<Event> shown = shownEvents.get();
        Event selected = timeline.getSelectedEvent();
        int index = selected == null ? -1 : shown.indexOf(selected);
        details.previousDisabledProperty().set(index <= 0);
        details.nextDisabledProperty().set(index < 0 || index >= shown.size() - 1);
    }

    private void installShortcuts() {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            sidebar.searchField().requestFocus();
            sidebar.searchField().selectAll();
        });
    }

    private void installDragAndDrop() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<java.io.File> files = e.getDragboard().getFiles();
            boolean accepted = files != null && !files.isEmpty();
            if (accepted) {
                open(files.get(0).toPath());
            }
            e.setDropCompleted(accepted);
            e.consume();
        });
    }

    private void zoom(double factor) {
        TimeRange range = timeline.getVisibleRange();
        timeline.zoomTo(range.zoom(factor, range.center()), true);
    }

    // ------------------------------------------------------------------ datasets

    /** The dataset on screen, or null before the first load. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The events passing the filters, in time order. */
    public ObjectProperty<List<Event>> shownEventsProperty() {
        return shownEvents;
    }

    public Stage stage() {
        return stage;
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** Shows the window. */
    public void show() {
        stage.show();
        // Keyboard shortcuts of the timeline work at once; Ctrl+F reaches the search field.
        timeline.requestFocus();
        AppPreferences.WindowBounds bounds = preferences.windowBounds();
        if (bounds != null && bounds.maximized()) {
            stage.setMaximized(true);
        }
    }

    /** Opens a file, loading it in the background; null opens the bundled dataset. */
    public void open(Path file) {
        load(file, false);
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open Dataset");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Timeline datasets (*.json)", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        if (currentFile != null && currentFile.toAbsolutePath().getParent() != null) {
            java.io.File dir = currentFile.toAbsolutePath().getParent().toFile();
            if (dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
        }
        java.io.File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private void reload() {
        load(currentFile, true);
    }

    private void onFileChanged(Path file) {
        if (file.equals(currentFile) && (loading == null || !loading.isRunning())) {
            load(file, true);
        }
    }

    private void refreshRecentMenu() {
        recentMenu.getItems().clear();
        for (Path path : preferences.recentFiles()) {
            MenuItem entry = new MenuItem(
                    path.getFileName() + "  —  " + path.toAbsolutePath().getParent());
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> open(path));
            recentMenu.getItems().add(entry);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem("Clear Recent Files");
            clear.setOnAction(e -> preferences.clearRecentFiles());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    /**
     * Loads a dataset in the background. On success it replaces what is shown; {@code keepView} keeps the visible
     * range, filters and selection (for reloads). On failure the current data stays and the problems are shown.
     */
    void load(Path file, boolean keepView) {
        if (loading != null && loading.isRunning()) {
            loading.cancel();
        }
        String name = displayName(file);
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws IOException {
                updateProgress(-1, 1);
                LoadResult result = file == null
                        ? BundledDataset.load()
                        : new DatasetLoader().read(file, fraction -> updateProgress(0.9 * fraction, 1));
                if (!result.isValid()) {
                    return new Loaded(result, null, null);
                }
                // Indexes are built here too, so that even a million events never stall the window.
                List<Event> events = result.dataset().events();
                return new Loaded(result, new FilterIndex(events), EventIndex.of(events));
            }
        };
        loading = task;
        progress.progressProperty().bind(task.progressProperty());
        progressText.setText("Loading " + name + "…");
        progress.setVisible(true);
        task.setOnSucceeded(e -> {
            progress.setVisible(false);
            Loaded loaded = task.getValue();
            LoadResult result = loaded.result();
            if (result.isValid()) {
                show(file, loaded, keepView);
            } else {
                showProblems("Could not open " + name, result.problems(), true);
            }
        });
        task.setOnFailed(e -> {
            progress.setVisible(false);
            showError("Could not open " + name, describe(task.getException()));
        });
        task.setOnCancelled(e -> progress.setVisible(false));
        loader.submit(task);
    }

    private void show(Path file, Loaded load, boolean keepView) {
        LoadResult result = load.result();
        Dataset loaded = result.dataset();
        boolean sameFile = Objects.equals(file, currentFile) && dataset.get() != null;
        TimeRange range = timeline.getVisibleRange();
        String selectedId = timeline.getSelectedEvent() == null
                ? null
                : timeline.getSelectedEvent().id();
        EventFilter filter = sidebar.filterProperty().get();

        currentFile = file;
        filterIndex = load.filterIndex();
        allEvents = load.eventIndex();
        dataset.set(loaded);
        timeline.setDataset(loaded);
        timeline.setEvents(allEvents);
        details.datasetProperty().set(loaded);
        EventFilter initial = keepView && sameFile
                ? filter
                : new EventFilter(
                        preferences.hiddenCountries(datasetKey()),
                        false,
                        preferences.hiddenCategories(datasetKey()),
                        "");
        sidebar.setDataset(loaded, filterIndex, initial);
        applyFilter();
        if (keepView && sameFile) {
            timeline.setVisibleRange(range);
            Event selected = selectedId == null ? null : loaded.event(selectedId);
            if (selected != null && shownEvents.get().contains(selected)) {
                timeline.setSelectedEvent(selected);
            }
        } else {
            timeline.fitAll(false);
        }
        stage.setTitle(APP_NAME + " — " + loaded.title());
        warnings = result.warnings();
        warningsLink.setText(warnings.size() == 1 ? "1 warning" : warnings.size() + " warnings");
        warningsLink.setVisible(!warnings.isEmpty());
        preferences.setLastDataset(file);
        if (file != null) {
            preferences.addRecentFile(file);
            watcher.watch(file);
        } else {
            watcher.watch(null);
        }
    }

    private String datasetKey() {
        return currentFile == null
                ? "bundled:" + BundledDataset.NAME
                : currentFile.toAbsolutePath().toString();
    }

    private void applyFilter() {
        if (filterIndex == null) {
            return;
        }
        EventFilter filter = sidebar.filterProperty().get();
        EventIndex shownIndex =
                filter.equals(EventFilter.NONE) ? allEvents : allEvents.subset(filterIndex.matching(filter));
        List<Event> shown = shownIndex.events();
        shownEvents.set(shown);
        timeline.setEvents(shownIndex);
        // The table re-selects rows by itself when its items change; that must not move the timeline.
        refreshTable();
        updateNavigation();
        updateStatus();
        preferences.setHiddenCountries(datasetKey(), filter.hiddenCountries());
        preferences.setHiddenCategories(datasetKey(), filter.hiddenCategories());
    }

    /**
     * Fills the table with the shown events, but only while it is on screen: sorting a million rows on every
     * filter change would make filtering slow for nothing.
     */
    private void refreshTable() {
        if (!centerSplit.getItems().contains(table)) {
            tableStale = true;
            return;
        }
        tableStale = false;
        List<Event> shown = shownEvents.get();
        syncingSelection = true;
        try {
            table.setEvents(dataset.get(), shown);
            Event selected = timeline.getSelectedEvent();
            if (selected != null) {
                table.getSelectionModel().select(selected);
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            syncingSelection = false;
        }
    }

    private void updateStatus() {
        Dataset data = dataset.get();
        List<Event> shown = shownEvents.get();
        if (data == null) {
            statusText.setText("");
            return;
        }
        StringBuilder text = new StringBuilder("Showing ")
                .append(shown.size())
                .append(" of ")
                .append(data.events().size())
                .append(" events");
        if (!shown.isEmpty()) {
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (Event event : shown) {
                first = Math.min(first, event.start().year());
                last = Math.max(last, (event.end() == null ? event.start() : event.end()).year());
            }
            text.append(" · ").append(HistoricalDate.yearText(first));
            if (last != first) {
                text.append("–").append(HistoricalDate.yearText(last));
            }
        }
        statusText.setText(text.toString());
    }

    // ------------------------------------------------------------------ dialogs

    private void showProblems(String title, List<Problem> problems, boolean isError) {
        String text = problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
        long errors = problems.stream()
                .filter(p -> p.severity() == dev.timelineexplorer.io.Severity.ERROR)
                .count();
        Alert alert = new Alert(isError ? Alert.AlertType.ERROR : Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label summary = new Label(
                isError
                        ? (errors == 1 ? "1 error" : errors + " errors")
                                + " found. The data already shown is unchanged."
                        : "The dataset opened, but some parts were ignored.");
        summary.setWrapText(true);
        TextArea list = new TextArea(text);
        list.setId("problem-list");
        list.setEditable(false);
        list.setWrapText(false);
        list.getStyleClass().add("problem-list");
        list.setPrefSize(720, 260);
        VBox content = new VBox(10, summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("problems-dialog");
        alert.setResizable(true);
        alert.show();
    }

    private void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("problems-dialog");
        alert.show();
    }

    private static String describe(Throwable error) {
        if (error instanceof NoSuchFileException) {
            return "The file does not exist: " + error.getMessage();
        }
        if (error instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied: " + error.getMessage();
        }
        String message = error == null ? null : error.getMessage();
        return message == null || message.isBlank()
                ? "The file could not be read ("
                        + (error == null ? "unknown error" : error.getClass().getSimpleName()) + ")."
                : message;
    }

    private static String displayName(Path file) {
        return file == null ? BundledDataset.NAME : String.valueOf(file.getFileName());
    }

    private void showHelp() {
        if (helpWindow == null) {
            helpWindow = HelpWindow.create(stage, scene.getStylesheets());
        }
        helpWindow.show();
        helpWindow.toFront();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("About " + APP_NAME);
        alert.setHeaderText(APP_NAME + " " + version());
        alert.setContentText("Explore history on a zoomable timeline.\nJava " + System.getProperty("java.version")
                + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        alert.show();
    }

    private static String version() {
        try {
            return new AppCommand.Version().getVersion()[0].replace("Timeline Explorer ", "");
        } catch (IOException e) {
            return "";
        }
    }

    private void openLink(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            linkOpener.accept(url);
        }
    }

    // ------------------------------------------------------------------ theme and window state

    private void setTheme(AppPreferences.Theme theme) {
        preferences.setTheme(theme);
        applyTheme(theme);
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

    private void restoreWindowBounds() {
        AppPreferences.WindowBounds bounds = preferences.windowBounds();
        if (bounds == null) {
            // First launch: the scene's size, centred (the stage may have been sized by someone else before).
            stage.sizeToScene();
            stage.centerOnScreen();
            return;
        }
        boolean onScreen = !javafx.stage.Screen.getScreensForRectangle(
                        bounds.x(), bounds.y(), bounds.width(), bounds.height())
                .isEmpty();
        if (onScreen) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
    }

    private void shutdown() {
        if (!stage.isMaximized() && stage.getWidth() > 0) {
            preferences.setWindowBounds(new AppPreferences.WindowBounds(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        } else if (stage.isMaximized()) {
            AppPreferences.WindowBounds old = preferences.windowBounds();
            if (old != null) {
                preferences.setWindowBounds(
                        new AppPreferences.WindowBounds(old.x(), old.y(), old.width(), old.height(), true));
            }
        }
        preferences.setDividers("main", mainSplit.getDividerPositions());
        if (centerSplit.getItems().contains(table)) {
            preferences.setDividers("center", centerSplit.getDividerPositions());
        }
        preferences.flush();
        watcher.close();
        loader.shutdownNow();
        if (helpWindow != null) {
            helpWindow.close();
        }
    }

    /** For tests: the sidebar, so flows can uncheck a country as the user would. */
    FilterSidebar sidebar() {
        return sidebar;
    }

    /** Whether a file exists and can be read, used by the launcher to choose what to open at start. */
    static boolean readable(Path file) {
        return file != null && Files.isRegularFile(file) && Files.isReadable(file);
    }

    /** For tests: the window's set of hidden countries. */
    Set<String> hiddenCountries() {
        return sidebar.filterProperty().get().hiddenCountries();
    }

    Window window() {
        return stage;
    }
}
