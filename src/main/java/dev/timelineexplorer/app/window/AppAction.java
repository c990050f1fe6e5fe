package dev.timelineexplorer.app.window;

import atlantafx.base.theme.Styles;
import dev.timelineexplorer.app.settings.I18n;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One command of the window, with everything its menu item and toolbar button share: its label and tooltip (from the
 * language bundles), icon, shortcut, whether it is enabled, and what it does. A toggling command also has a selected
 * state, which a check menu item and the button both follow.
 *
 * <p>Why not ControlsFX's {@code Action} and {@code ActionUtils}, which do much the same: an {@code Action} holds one
 * graphic node, and {@code ActionUtils} copies it for a second control only when it is an {@code ImageView} or
 * {@code Duplicatable}; an Ikonli {@code FontIcon} is neither, so the menu item and the toolbar button would take the
 * icon from each other. Our labels and tooltips are also bindings to the language bundles, re-read when the
 * language changes, where {@code Action} keeps plain texts to be set again by hand.
 */
public final class AppAction {
    private final I18n i18n;
    private final String key;
    private final Ikon icon;
    private final KeyCombination accelerator;
    private final Runnable handler;
    private final BooleanProperty disabled = new SimpleBooleanProperty(this, "disabled");
    private final BooleanProperty selected;

    private AppAction(I18n i18n, String key, Ikon icon, KeyCombination accelerator, Runnable handler, boolean toggle) {
        this.i18n = i18n;
        this.key = key;
        this.icon = icon;
        this.accelerator = accelerator;
        this.handler = handler;
        this.selected = toggle ? new SimpleBooleanProperty(this, "selected") : null;
    }

    /**
     * A command: its label is the bundle's {@code key}, its tooltip {@code key.tip} (when the command has a button).
     *
     * @param icon the icon of its menu item and button, or null
     * @param accelerator its shortcut, or null
     */
    public static AppAction of(I18n i18n, String key, Ikon icon, KeyCombination accelerator, Runnable handler) {
        return new AppAction(i18n, key, icon, accelerator, Objects.requireNonNull(handler, "handler"), false);
    }

    /** A command that turns something on and off: its state is {@link #selectedProperty()}. */
    public static AppAction toggle(I18n i18n, String key, Ikon icon, KeyCombination accelerator) {
        AppAction action = new AppAction(i18n, key, icon, accelerator, null, true);
        return action;
    }

    /** Whether the command is unavailable now (no dataset, a load running). */
    public BooleanProperty disabledProperty() {
        return disabled;
    }

    /** The on/off state of a toggling command. */
    public BooleanProperty selectedProperty() {
        if (selected == null) {
            throw new IllegalStateException(key + " is not a toggle");
        }
        return selected;
    }

    /** Does the command (or flips a toggle), unless it is disabled. */
    public void run() {
        if (disabled.get()) {
            return;
        }
        if (selected != null) {
            selected.set(!selected.get());
        } else {
            handler.run();
        }
    }

    /** A menu item for the command; a check item for a toggle. */
    public MenuItem menuItem() {
        MenuItem item;
        if (selected != null) {
            CheckMenuItem check = new CheckMenuItem();
            check.selectedProperty().bindBidirectional(selected);
            item = check;
        } else {
            item = new MenuItem();
            item.setOnAction(e -> run());
        }
        item.textProperty().bind(i18n.binding(key));
        if (icon != null && selected == null) {
            item.setGraphic(new FontIcon(icon));
        }
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.disableProperty().bind(disabled);
        return item;
    }

    /** A flat icon button for the toolbar, with the tooltip {@code key.tip}. */
    public Button button() {
        Button button = new Button(null, new FontIcon(Objects.requireNonNull(icon, "a toolbar button needs an icon")));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.binding(key + ".tip"));
        button.setTooltip(tip);
        button.accessibleTextProperty().bind(tip.textProperty());
        button.setOnAction(e -> run());
        button.setFocusTraversable(false);
        button.disableProperty().bind(disabled);
        return button;
    }
}
