package dev.timelineexplorer.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("dev/timelineexplorer/test-" + UUID.randomUUID());
    private final AppPreferences preferences = new AppPreferences(node);

    @AfterEach
    void cleanUp() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void givenNothingSaved_whenRead_thenDefaults() {
        assertThat(preferences.lastDataset()).isNull();
        assertThat(preferences.recentFiles()).isEmpty();
        assertThat(preferences.windowBounds()).isNull();
        assertThat(preferences.theme()).isEqualTo(AppPreferences.Theme.LIGHT);
        assertThat(preferences.dividers("main", new double[] {0.2, 0.75})).containsExactly(0.2, 0.75);
        assertThat(preferences.hiddenCountries("some.json")).isEmpty();
    }

    @Test
    void givenCorruptValues_whenRead_thenDefaultsInsteadOfErrors() {
        node.put("theme", "PURPLE");
        node.put("window.width", "wide");
        node.put("window.x", "NaN");
        node.put("dividers.main", "0.9,0.1");
        node.put("dividers.center", "x");
        node.put("recentFiles", "\n \n\n");

        assertThat(preferences.theme()).isEqualTo(AppPreferences.Theme.LIGHT);
        assertThat(preferences.windowBounds()).isNull();
        assertThat(preferences.dividers("main", new double[] {0.2, 0.75})).containsExactly(0.2, 0.75);
        assertThat(preferences.dividers("center", new double[] {0.6})).containsExactly(0.6);
        assertThat(preferences.recentFiles()).isEmpty();
    }

    @Test
    void givenSavedValues_whenReadBack_thenTheSame() {
        preferences.setTheme(AppPreferences.Theme.DARK);
        preferences.setWindowBounds(new AppPreferences.WindowBounds(10, 20, 1000, 700, false));
        preferences.setDividers("main", new double[] {0.25, 0.7});
        preferences.addRecentFile(Path.of("/tmp/a.json"));
        preferences.addRecentFile(Path.of("/tmp/b.json"));
        preferences.addRecentFile(Path.of("/tmp/a.json"));
        preferences.setHiddenCountries("/tmp/a.json", Set.of("JP", ""));

        assertThat(preferences.theme()).isEqualTo(AppPreferences.Theme.DARK);
        assertThat(preferences.windowBounds()).isEqualTo(new AppPreferences.WindowBounds(10, 20, 1000, 700, false));
        assertThat(preferences.dividers("main", new double[] {0.2, 0.75})).containsExactly(0.25, 0.7);
        assertThat(preferences.recentFiles()).containsExactly(Path.of("/tmp/a.json"), Path.of("/tmp/b.json"));
        assertThat(preferences.hiddenCountries("/tmp/a.json")).containsExactlyInAnyOrder("JP", "");
        assertThat(preferences.hiddenCountries("/tmp/other.json")).isEmpty();
    }
}
