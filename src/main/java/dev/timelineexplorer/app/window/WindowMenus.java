package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.export.Picture;
import dev.timelineexplorer.app.settings.AppPreferences;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.index.Grouping;
import dev.timelineexplorer.view.ColorMode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The window's commands, one {@link AppAction} each, and the menu bar and toolbar made from them: a command in both
 * places is the same action, so its label, shortcut and enabled state never differ.
 */
public final class WindowMenus {
    private final ExplorerWindow window;
    private final I18n i18n;
    private final AppPreferences preferences;

    private final AppAction open;
    private final AppAction reload;
    private final AppAction fit;
    private final AppAction zoomIn;
    private final AppAction zoomOut;
    private final AppAction table;
    private final AppAction legend;
    private final AppAction mapBeside;
    private final AppAction map;
    private final AppAction play;
    private final AppAction stepBack;
    private final AppAction stepForward;
    private final AppAction toggleTheme;
    private final AppAction help;
    private final Menu recentMenu = new Menu();

    WindowMenus(ExplorerWindow window, I18n i18n, AppPreferences preferences) {
        this.window = window;
        this.i18n = i18n;
        this.preferences = preferences;
        open = AppAction.of(i18n, "menu.open", Material2AL.FOLDER_OPEN, shortcut(KeyCode.O), window::chooseAndOpen);
        reload = AppAction.of(
                i18n, "menu.reload", Material2MZ.REFRESH, new KeyCodeCombination(KeyCode.F5), window::reload);
        fit = AppAction.of(
                i18n,
                "menu.fit",
                Material2AL.CROP_FREE,
                shortcut(KeyCode.DIGIT0),
                () -> window.timeline().fitAll(true));
        zoomIn = AppAction.of(
                i18n, "menu.zoomIn", Material2MZ.ZOOM_IN, shortcut(KeyCode.EQUALS), () -> window.zoom(1 / 1.5));
        zoomOut = AppAction.of(
                i18n, "menu.zoomOut", Material2MZ.ZOOM_OUT, shortcut(KeyCode.MINUS), () -> window.zoom(1.5));
        table = AppAction.toggle(i18n, "menu.table", Material2MZ.TABLE_CHART, shortcut(KeyCode.T));
        legend = AppAction.toggle(i18n, "menu.legend", null, null);
        mapBeside = AppAction.toggle(i18n, "menu.mapBeside", null, null);
        legend.selectedProperty().set(true);
        map = AppAction.toggle(i18n, "menu.map", Material2MZ.PUBLIC, shortcut(KeyCode.M));
        play = AppAction.of(i18n, "menu.play", null, shortcut(KeyCode.P), window::togglePlay);
        stepBack = AppAction.of(i18n, "menu.stepBack", null, shortcut(KeyCode.LEFT), () -> window.step(-1));
        stepForward = AppAction.of(i18n, "menu.stepForward", null, shortcut(KeyCode.RIGHT), () -> window.step(1));
        toggleTheme = AppAction.of(
                i18n,
                "menu.toggleTheme",
                Material2AL.BRIGHTNESS_6,
                null,
                () -> window.setTheme(
                        preferences.theme() == AppPreferences.Theme.DARK
                                ? AppPreferences.Theme.LIGHT
                                : AppPreferences.Theme.DARK));
        help = AppAction.of(
                i18n, "menu.help", Material2AL.HELP_OUTLINE, new KeyCodeCombination(KeyCode.F1), window::showHelp);
        window.session()
                .loadingProperty()
                .addListener((o, was, now) -> reload.disabledProperty().set(now));
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** Showing and hiding the event table. */
    public AppAction table() {
        return table;
    }

    /** Showing and hiding the map. */
    public AppAction map() {
        return map;
    }

    /** The map beside the timeline rather than under it. */
    public AppAction mapBeside() {
        return mapBeside;
    }

    /** Showing and hiding the legend. */
    public AppAction legend() {
        return legend;
    }

    public MenuBar menuBar() {
        MenuItem openItem = open.menuItem();
        openItem.setId("menu-open");
        recentMenu.textProperty().bind(i18n.binding("menu.recent"));
        recentMenu.setOnShowing(e -> refreshRecentMenu());
        refreshRecentMenu();
        MenuItem bundled = AppAction.of(i18n, "menu.openBundled", null, null, () -> window.open(null))
                .menuItem();
        Menu export = menu("menu.export");
        MenuItem mapPng = AppAction.of(
                        i18n, "menu.exportMapPng", null, null, () -> window.exportView(Picture.Part.MAP, "png", 1))
                .menuItem();
        MenuItem mapSvg = AppAction.of(
                        i18n, "menu.exportMapSvg", null, null, () -> window.exportView(Picture.Part.MAP, "svg", 1))
                .menuItem();
        MenuItem bothPng = AppAction.of(
                        i18n, "menu.exportBothPng", null, null, () -> window.exportView(Picture.Part.BOTH, "png", 1))
                .menuItem();
        MenuItem bothSvg = AppAction.of(
                        i18n, "menu.exportBothSvg", null, null, () -> window.exportView(Picture.Part.BOTH, "svg", 1))
                .menuItem();
        // The map's pictures need the map on screen: they take its size from there.
        export.setOnShowing(e -> {
            boolean noMap = !window.isMapShown();
            for (MenuItem item : List.of(mapPng, mapSvg, bothPng, bothSvg)) {
                item.setDisable(noMap);
            }
        });
        export.getItems()
                .addAll(
                        AppAction.of(
                                        i18n,
                                        "menu.exportPng",
                                        Material2AL.IMAGE,
                                        null,
                                        () -> window.exportView(Picture.Part.TIMELINE, "png", 1))
                                .menuItem(),
                        AppAction.of(
                                        i18n,
                                        "menu.exportPng2x",
                                        null,
                                        null,
                                        () -> window.exportView(Picture.Part.TIMELINE, "png", 2))
                                .menuItem(),
                        AppAction.of(
                                        i18n,
                                        "menu.exportSvg",
                                        null,
                                        null,
                                        () -> window.exportView(Picture.Part.TIMELINE, "svg", 1))
                                .menuItem(),
                        new SeparatorMenuItem(),
                        mapPng,
                        mapSvg,
                        bothPng,
                        bothSvg,
                        new SeparatorMenuItem(),
                        AppAction.of(i18n, "menu.exportCsv", null, null, () -> window.exportEvents("csv"))
                                .menuItem(),
                        AppAction.of(i18n, "menu.exportJson", null, null, () -> window.exportEvents("json"))
                                .menuItem());
        MenuItem quit = AppAction.of(i18n, "menu.quit", null, shortcut(KeyCode.Q), window::requestClose)
                .menuItem();
        Menu file = menu("menu.file");
        file.getItems().addAll(openItem, recentMenu, reload.menuItem(), bundled);
        file.getItems().addAll(window.editing().fileItems());
        file.getItems().addAll(new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);

        Menu view = menu("menu.view");
        view.getItems()
                .addAll(
                        fit.menuItem(),
                        zoomIn.menuItem(),
                        zoomOut.menuItem(),
                        new SeparatorMenuItem(),
                        table.menuItem(),
                        map.menuItem(),
                        mapBeside.menuItem(),
                        legend.menuItem(),
                        groupMenu(),
                        colorMenu(),
                        themeMenu(),
                        languageMenu(),
                        new SeparatorMenuItem(),
                        playItem(),
                        stepBack.menuItem(),
                        stepForward.menuItem());

        MenuItem about =
                AppAction.of(i18n, "menu.about", null, null, window::showAbout).menuItem();
        Menu helpMenu = menu("menu.helpMenu");
        helpMenu.getItems().addAll(help.menuItem(), about);

        MenuBar bar = new MenuBar(file, window.editing().editMenu(), view, helpMenu);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu menu(String key) {
        Menu menu = new Menu();
        menu.textProperty().bind(i18n.binding(key));
        return menu;
    }

    /** View > Group by: one radio item per grouping, following the window's grouping whoever changes it. */
    private Menu groupMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = menu("menu.groupBy");
        var grouping = window.groupingProperty();
        Map<Grouping, RadioMenuItem> items = new EnumMap<>(Grouping.class);
        for (Grouping by : Grouping.values()) {
            RadioMenuItem item = radio("menu.groupBy." + by.id(), group);
            item.setId("menu-group-" + by.id());
            item.setOnAction(e -> grouping.set(by));
            items.put(by, item);
            menu.getItems().add(item);
        }
        items.get(grouping.get()).setSelected(true);
        grouping.addListener((o, old, now) -> items.get(now).setSelected(true));
        return menu;
    }

    /** The toolbar's grouping chooser: "Lanes: Country" and so on, the same choice as View > Group by. */
    private ComboBox<Grouping> groupChooser() {
        ComboBox<Grouping> chooser = new ComboBox<>();
        chooser.setId("toolbar-group-by");
        chooser.getItems().setAll(Grouping.values());
        chooser.valueProperty().bindBidirectional(window.groupingProperty());
        chooser.setCellFactory(list -> groupingCell(false));
        chooser.setButtonCell(groupingCell(true));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.binding("toolbar.groupBy.tip"));
        chooser.setTooltip(tip);
        // Names follow the language: new cells are drawn in it (the value stays, so the grouping is not touched).
        i18n.localeProperty().addListener((o, old, now) -> {
            chooser.setCellFactory(list -> groupingCell(false));
            chooser.setButtonCell(groupingCell(true));
        });
        return chooser;
    }

    /** A cell of the grouping chooser: "Country" in its list, "Lanes: Country" on its face. */
    private javafx.scene.control.ListCell<Grouping> groupingCell(boolean face) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Grouping by, boolean empty) {
                super.updateItem(by, empty);
                String name = empty || by == null ? null : i18n.text("menu.groupBy." + by.id());
                setText(name == null || !face ? name : i18n.text("toolbar.groupBy", name));
            }
        };
    }

    private Menu colorMenu() {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem byCategory = radio("menu.colorCategory", group);
        RadioMenuItem byCountry = radio("menu.colorCountry", group);
        byCategory.setSelected(true);
        byCategory.setOnAction(e -> window.setColorMode(ColorMode.CATEGORY));
        byCountry.setOnAction(e -> window.setColorMode(ColorMode.COUNTRY));
        Menu colors = menu("menu.colors");
        colors.getItems().addAll(byCategory, byCountry);
        return colors;
    }

    private Menu themeMenu() {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem light = radio("menu.themeLight", group);
        RadioMenuItem dark = radio("menu.themeDark", group);
        light.setId("menu-theme-light");
        dark.setId("menu-theme-dark");
        (preferences.theme() == AppPreferences.Theme.DARK ? dark : light).setSelected(true);
        light.setOnAction(e -> window.setTheme(AppPreferences.Theme.LIGHT));
        dark.setOnAction(e -> window.setTheme(AppPreferences.Theme.DARK));
        Menu theme = menu("menu.theme");
        theme.getItems().addAll(light, dark);
        return theme;
    }

    /** English and Korean, each named in itself; the choice applies at once and is remembered. */
    private Menu languageMenu() {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem english = radio("menu.languageEnglish", group);
        RadioMenuItem korean = radio("menu.languageKorean", group);
        english.setId("menu-language-en");
        korean.setId("menu-language-ko");
        (i18n.language().equals("ko") ? korean : english).setSelected(true);
        english.setOnAction(e -> window.setLanguage(java.util.Locale.ENGLISH));
        korean.setOnAction(e -> window.setLanguage(java.util.Locale.KOREAN));
        i18n.localeProperty()
                .addListener((o, old, now) -> (now.getLanguage().equals("ko") ? korean : english).setSelected(true));
        Menu language = menu("menu.language");
        language.getItems().addAll(english, korean);
        return language;
    }

    private RadioMenuItem radio(String key, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem();
        item.textProperty().bind(i18n.binding(key));
        item.setToggleGroup(group);
        return item;
    }

    private void refreshRecentMenu() {
        recentMenu.getItems().clear();
        for (Path path : preferences.recentFiles()) {
            MenuItem entry = new MenuItem(
                    path.getFileName() + "  —  " + path.toAbsolutePath().getParent());
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> window.open(path));
            recentMenu.getItems().add(entry);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(i18n.text("menu.recentNone"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem(i18n.text("menu.recentClear"));
            clear.setOnAction(e -> preferences.clearRecentFiles());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    public ToolBar toolBar() {
        var openButton = open.button();
        openButton.setId("toolbar-open");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(
                openButton,
                reload.button(),
                new Separator(Orientation.VERTICAL),
                fit.button(),
                zoomIn.button(),
                zoomOut.button(),
                new Separator(Orientation.VERTICAL),
                table.button(),
                map.button(),
                new Separator(Orientation.VERTICAL),
                groupChooser(),
                spacer,
                toggleTheme.button(),
                help.button());
    }

    /**
     * The Play menu item, labelled by the one playing state there is (the map panel's playback): "Play" while
     * paused, "Pause" while playing, as the map's own button shows.
     */
    private MenuItem playItem() {
        MenuItem item = play.menuItem();
        var playing = window.mapPanel().playback().playingProperty();
        item.textProperty().unbind();
        item.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> i18n.text(playing.get() ? "menu.pause" : "menu.play"), playing, i18n.localeProperty()));
        item.setId("menu-play");
        return item;
    }
}
