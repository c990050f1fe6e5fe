package dev.timelineexplorer.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortcutNamesTest {
    @Test
    void givenMacOs_whenShortcutsAreNamed_thenCommandShiftAndOptionSymbolsAreUsed() {
        assertThat(ShortcutNames.forPlatform("Open a dataset (Ctrl+O)", true)).isEqualTo("Open a dataset (⌘O)");
        assertThat(ShortcutNames.forPlatform("Ctrl+← / Ctrl+→", true)).isEqualTo("⌘← / ⌘→");
        assertThat(ShortcutNames.forPlatform("Tab, ] / Shift+Tab, [", true)).isEqualTo("Tab, ] / ⇧Tab, [");
        assertThat(ShortcutNames.forPlatform("Ctrl+click adds it", true)).isEqualTo("⌘-click adds it");
        assertThat(ShortcutNames.forPlatform("Ctrl+클릭하면", true)).isEqualTo("⌘-클릭하면");
    }

    @Test
    void givenWindowsOrLinux_whenShortcutsAreNamed_thenTheyStayAsWritten() {
        assertThat(ShortcutNames.forPlatform("Open a dataset (Ctrl+O)", false)).isEqualTo("Open a dataset (Ctrl+O)");
        assertThat(ShortcutNames.isMac("Mac OS X")).isTrue();
        assertThat(ShortcutNames.isMac("Linux")).isFalse();
        assertThat(ShortcutNames.isMac("Windows 11")).isFalse();
    }
}
