package dev.timelineexplorer.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.testing.FxTestBase;
import java.util.Locale;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

class UnexpectedErrorsTest extends FxTestBase {
    @Test
    void givenABugThatRepeatsEveryFrame_whenReported_thenOneDialogCountsTheOthers() {
        UnexpectedErrors errors = invoke(() -> new UnexpectedErrors(null, new I18n(Locale.ENGLISH)));

        runFx(() -> {
            for (int frame = 0; frame < 60; frame++) {
                errors.report(Thread.currentThread(), new IllegalStateException("frame " + frame));
            }
        });

        long dialogs = invoke(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w.isShowing())
                .filter(w -> w.getScene() != null && w.getScene().lookup("#problems-dialog") != null)
                .count());
        assertThat(dialogs).isEqualTo(1);
        assertThat(errors.countedSinceShown()).isEqualTo(59);
        assertThat(invoke(() -> errors.dialog().getContentText()))
                .contains("frame 0")
                .contains("59 more since this one");
        runFx(() -> errors.dialog().close());
        runFx(() -> errors.report(Thread.currentThread(), new IllegalStateException("later")));
        assertThat(invoke(() -> errors.dialog().getContentText()))
                .contains("later")
                .doesNotContain("more since");
        runFx(() -> errors.dialog().close());
    }
}
