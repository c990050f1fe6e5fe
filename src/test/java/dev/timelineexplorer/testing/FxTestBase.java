package dev.timelineexplorer.testing;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The base of tests that need JavaFX: TestFX starts the toolkit once for the whole run (headless on Monocle, as the
 * Surefire configuration says), and this class adds what such tests share: running code on the FX thread and waiting
 * for its result, giving the shared stage a test's own scene, size and place, and closing popups left by an earlier
 * test (a tooltip left on screen swallows the robot's clicks).
 */
@ExtendWith(ApplicationExtension.class)
public abstract class FxTestBase {
    private static final long TIMEOUT_SECONDS = 30;

    /** Runs code on the FX thread and waits for it; an exception it throws fails the test. */
    public static void runFx(Runnable work) {
        invoke(() -> {
            work.run();
            return null;
        });
    }

    /** Runs code on the FX thread and returns its result; an exception it throws fails the test. */
    public static <T> T invoke(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        try {
            return WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
        } catch (Exception e) {
            throw new AssertionError("FX work failed or timed out: " + e, e);
        }
    }

    /** Lays out a node's scene now, CSS included, so that sizes and skins are current. */
    public static void layout(Parent root) {
        runFx(() -> {
            root.applyCss();
            root.layout();
        });
    }

    /** Hides every popup window (tooltips, context menus) left open. Call on the FX thread, or from a @Start. */
    public static void closePopups() {
        new ArrayList<>(Window.getWindows())
                .stream().filter(window -> window instanceof PopupWindow).forEach(Window::hide);
    }

    /**
     * Shows a root on the stage TestFX shares between test classes, at this test's size and at the screen's top left
     * corner, with popups of earlier tests closed. Call from a @Start method.
     */
    public static Scene show(Stage stage, Parent root, double width, double height) {
        closePopups();
        Scene scene = new Scene(root, width, height);
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
        return scene;
    }
}
