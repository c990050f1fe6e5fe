package dev.timelineexplorer.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for case- and accent-insensitive search: "Séoul" and "SEOUL" both become "seoul". */
public final class TextNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextNormalizer() {}

    /** Lower case, accents removed, runs of white space made single spaces. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // Lower-case ASCII with single spaces is already folded: skip the costly normalisation.
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = c < 0x80
                    && !(c >= 'A' && c <= 'Z')
                    && (c >= 0x20 || c == 0x01)
                    && !(c == ' ' && i > 0 && text.charAt(i - 1) == ' ');
        }
        if (plain) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
