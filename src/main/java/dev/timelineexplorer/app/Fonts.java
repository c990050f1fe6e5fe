package dev.timelineexplorer.app;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.text.Font;

/**
 * A font that writes Korean. On Linux, JavaFX's fallback from its "System" font to a CJK font is unreliable (regular
 * text shows boxes where bold text shows Hangul), so when a font family with Hangul is installed the whole interface,
 * the timeline and the map are set in it: Noto Sans CJK and the others below draw Latin letters as well. Other systems
 * fall back well and keep their own font. When no such family is found and Korean is to be shown, the window says so
 * once rather than showing boxes.
 */
final class Fonts {
    /** Families that write Hangul (and Latin), the most common on Linux first. */
    static final List<String> HANGUL_FAMILIES = List.of(
            "Noto Sans CJK KR",
            "Noto Sans KR",
            "NanumGothic",
            "NanumBarunGothic",
            "UnDotum",
            "Baekmuk Gulim",
            "Malgun Gothic",
            "Apple SD Gothic Neo");

    /** Fixed-width families that write Hangul, for the problem lists and the format summary. */
    static final List<String> HANGUL_MONO_FAMILIES = List.of("Noto Sans Mono CJK KR", "NanumGothicCoding", "D2Coding");

    private static Optional<String> hangulFamily;

    private Fonts() {}

    /** The first installed family that writes Hangul, if any. */
    static synchronized Optional<String> hangulFamily() {
        if (hangulFamily == null) {
            hangulFamily = hangulFamily(Set.copyOf(Font.getFamilies()));
        }
        return hangulFamily;
    }

    /** The first family of {@link #HANGUL_FAMILIES} among those installed. */
    static Optional<String> hangulFamily(Set<String> installed) {
        return HANGUL_FAMILIES.stream().filter(installed::contains).findFirst();
    }

    /**
     * Whether Korean would show as boxes: it is to be shown (the interface is Korean, or the data has Korean texts)
     * on Linux, and no family that writes Hangul is installed. Elsewhere the system falls back to its own.
     */
    static boolean hangulMissing(boolean koreanShown, String osName, Set<String> installed) {
        return koreanShown
                && osName.toLowerCase(Locale.ROOT).contains("linux")
                && hangulFamily(installed).isEmpty();
    }

    /** {@link #hangulMissing(boolean, String, Set)} for this system, from the families found once. */
    static boolean hangulMissing(boolean koreanShown) {
        return koreanShown && isLinux() && hangulFamily().isEmpty();
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    /** Whether the interface should be set in the Hangul family: on Linux, when there is one. */
    static boolean useHangulFamily() {
        return isLinux() && hangulFamily().isPresent();
    }

    /**
     * A stylesheet (as a data URI, for a scene's stylesheets) that sets the interface, its popups, the timeline and the
     * map in the Hangul family; null when the system's own font is kept.
     */
    static String stylesheet() {
        if (!useHangulFamily()) {
            return null;
        }
        String css = css(Set.copyOf(Font.getFamilies()));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The rules that set the interface in the first Hangul family installed, and the fixed-width texts (problem
     * lists, the format summary) in a fixed-width one that writes Hangul, or else in the same family: a generic
     * "monospace" shows boxes for Korean messages.
     */
    static String css(Set<String> installed) {
        String family = '"' + hangulFamily(installed).orElseThrow() + '"';
        String mono = '"'
                + HANGUL_MONO_FAMILIES.stream()
                        .filter(installed::contains)
                        .findFirst()
                        .orElse(hangulFamily(installed).orElseThrow())
                + '"';
        return ".root, .tooltip, .context-menu { -fx-font-family: " + family + "; }\n"
                + ".problem-list, .format-summary { -fx-font-family: " + mono + "; }\n"
                + ".timeline-view { -tl-label-font: 12px " + family + "; }\n"
                + ".world-map-view { -map-font: 12px " + family + "; }\n";
    }
}
