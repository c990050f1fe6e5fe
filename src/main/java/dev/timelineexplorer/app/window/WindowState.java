package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.AppPreferences;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was and how it was divided: restored when it opens, saved when it closes. Bounds off every screen
 * (a monitor since unplugged) are not restored; the window then opens centred at its scene's size.
 */
public final class WindowState {
    private final Stage stage;
    private final AppPreferences preferences;

    WindowState(Stage stage, AppPreferences preferences) {
        this.stage = stage;
        this.preferences = preferences;
    }

    /** Puts the window where it was last time, or centres it the first time. */
    public void restoreBounds() {
        AppPreferences.WindowBounds bounds = preferences.windowBounds();
        if (bounds == null) {
            // First launch: the scene's size, centred (the stage may have been sized by someone else before).
            stage.sizeToScene();
            stage.centerOnScreen();
            return;
        }
        boolean onScreen = !Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height())
                .isEmpty();
        if (onScreen) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
    }

    /** Maximises the window if it was maximised; call once it is shown. */
    public void restoreMaximized() {
        AppPreferences.WindowBounds bounds = preferences.windowBounds();
        if (bounds != null && bounds.maximized()) {
            stage.setMaximized(true);
        }
    }

    /** Restores a split pane's dividers saved under a key, or the defaults. */
    public void restoreDividers(String key, SplitPane split, double... defaults) {
        split.setDividerPositions(preferences.dividers(key, defaults));
    }

    /** Saves a split pane's dividers under a key. */
    public void saveDividers(String key, SplitPane split) {
        preferences.setDividers(key, split.getDividerPositions());
    }

    /** Saves the window's bounds (the unmaximised ones when it is maximised). */
    public void saveBounds() {
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
    }
}
