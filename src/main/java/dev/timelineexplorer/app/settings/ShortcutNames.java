package dev.timelineexplorer.app.settings;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keyboard shortcuts as the platform names them. The bundles write them as Windows and Linux do ("Ctrl+O",
 * "Shift+Tab", "Ctrl+click"); on macOS, where the same shortcuts take the Command key (JavaFX's {@code SHORTCUT}), they
 * read "⌘O", "⇧Tab", "⌘-click", as in the system's own menus.
 */
public final class ShortcutNames {
    /** Whether this system is macOS. */
    public static final boolean MAC = isMac(System.getProperty("os.name", ""));

    /** A modifier before a mouse action ("Ctrl+click", "Ctrl+클릭"): macOS writes "⌘-click". */
    private static final Pattern BEFORE_MOUSE = Pattern.compile("Ctrl\\+(?=click|클릭)");

    private ShortcutNames() {}

    public static boolean isMac(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("mac");
    }

    /** A text with its shortcuts named as this system names them. */
    public static String forPlatform(String text) {
        return forPlatform(text, MAC);
    }

    /** A text with its shortcuts named for macOS (mac true) or for Windows and Linux (as written). */
    public static String forPlatform(String text, boolean mac) {
        if (!mac || text.indexOf('+') < 0) {
            return text;
        }
        String named = BEFORE_MOUSE.matcher(text).replaceAll("⌘-");
        return named.replace("Ctrl+", "⌘").replace("Shift+", "⇧").replace("Alt+", "⌥");
    }
}
