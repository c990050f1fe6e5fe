package dev.timelineexplorer.app.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The app's own font: a subset of Noto Sans KR (SIL Open Font License 1.1), regular and bold, bundled so that Korean
 * and Latin text is drawn the same on every system, whether or not it has a CJK font, and so that a picture exported
 * on one machine looks like one exported on another. The subset is made by {@code src/build/korean-font}: Hangul
 * syllables, jamo, compatibility jamo, Latin and every character of the bundled data and message bundles.
 *
 * <p>The interface, its popups, the timeline and the map are set in it by a stylesheet. When the font cannot be read
 * (a damaged jar, a resource left out of a build), the system's fonts are kept and the window says so once; nothing
 * fails.
 */
public final class Fonts {
    /** The family name the bundled files declare. */
    public static final String BUNDLED_FAMILY = "Noto Sans KR";

    /** The bundled files, regular first. */
    public static final List<String> BUNDLED_RESOURCES = List.of(
            "/dev/timelineexplorer/fonts/NotoSansKR-Regular.subset.ttf",
            "/dev/timelineexplorer/fonts/NotoSansKR-Bold.subset.ttf");

    /** The outcome of loading the bundled font: its family, or why it could not be used. */
    public record Loaded(Optional<String> family, Optional<String> failure) {}

    private static Loaded loaded;

    private Fonts() {}

    /** Loads the bundled font once (the JavaFX toolkit must be running) and says how it went. */
    public static synchronized Loaded bundled() {
        if (loaded == null) {
            loaded = load(BUNDLED_RESOURCES);
        }
        return loaded;
    }

    /**
     * Loads font files from the class path: the family of the first, when every one loads as that family; otherwise
     * the reason, naming the file. Never throws.
     */
    public static Loaded load(List<String> resources) {
        String family = null;
        for (String resource : resources) {
            try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return failed(resource + " is missing");
                }
                Font font = Font.loadFont(in, 12);
                if (font == null) {
                    return failed(resource + " is not a font JavaFX can read");
                }
                if (family == null) {
                    family = font.getFamily();
                } else if (!family.equals(font.getFamily())) {
                    return failed(resource + " is of the family " + font.getFamily() + ", not " + family);
                }
            } catch (IOException | RuntimeException e) {
                return failed(resource + " cannot be read (" + e.getMessage() + ")");
            }
        }
        return new Loaded(Optional.ofNullable(family), Optional.empty());
    }

    private static Loaded failed(String why) {
        return new Loaded(Optional.empty(), Optional.of(why));
    }

    /**
     * A stylesheet (as a data URI, for a scene's stylesheets) that sets the interface, its popups, the timeline and the
     * map in the bundled family; null when it could not be loaded and the system's fonts are kept.
     */
    public static String stylesheet() {
        return bundled()
                .family()
                .map(family -> "data:text/css;base64,"
                        + Base64.getEncoder().encodeToString(css(family).getBytes(StandardCharsets.UTF_8)))
                .orElse(null);
    }

    /**
     * The rules that set everything in one family. The problem lists and the format summary too: a generic
     * "monospace" has no Hangul on most systems, and boxes help nobody.
     */
    public static String css(String family) {
        String quoted = '"' + family + '"';
        return ".root, .tooltip, .context-menu { -fx-font-family: " + quoted + "; }\n"
                + ".problem-list, .format-summary { -fx-font-family: " + quoted + "; }\n"
                + ".timeline-view { -tl-label-font: 12px " + quoted + "; }\n"
                + ".world-map-view { -map-font: 12px " + quoted + "; }\n";
    }
}
