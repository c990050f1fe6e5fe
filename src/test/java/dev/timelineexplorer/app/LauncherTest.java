package dev.timelineexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void givenTheJarStartsTheWindow_whenJavaFxWarnsOfItsClassPath_thenOnlyThatWarningIsDropped() {
        // Given
        Launcher.quietClassPathWarning();
        Logger javafx = Logger.getLogger("javafx");

        // When
        LogRecord classPath = new LogRecord(
                Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b6d3586'");
        LogRecord other = new LogRecord(Level.WARNING, "Could not load stylesheet: theme.css");

        // Then
        assertThat(javafx.getFilter().isLoggable(classPath)).isFalse();
        assertThat(javafx.getFilter().isLoggable(other)).isTrue();
    }
}
