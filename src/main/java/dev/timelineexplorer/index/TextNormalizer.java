package dev.timelineexplorer.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for case- and accent-insensitive search: "Séoul" and "SEOUL" both become "seoul"; composed and decomposed
 * Hangul (NFC and NFD) fold alike. Also the initial consonants of Hangul text, for 초성 search: "한국전쟁" has the
 * initials "ㅎㄱㅈㅈ".
 */
public final class TextNormalizer {
    /** The initial consonants of Hangul syllables, in the order of the Unicode syllable block. */
    private static final char[] INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ".toCharArray();

    private static final char SYLLABLE_FIRST = '\uAC00';
    private static final char SYLLABLE_LAST = '\uD7A3';
    private static final int SYLLABLES_PER_INITIAL = 588;

    /** The first leading consonant of the conjoining jamo block; the 19 run in the order of {@link #INITIALS}. */
    private static final char CHOSEONG_FIRST = '\u1100';

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

    /**
     * The initial consonants of the Hangul syllables in a text, in order, everything else dropped except the
     * character {@code keep} (a field separator): "6·25 전쟁" gives "ㅈㅈ".
     */
    public static String initials(String text, char keep) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST) {
                out.append(INITIALS[(c - SYLLABLE_FIRST) / SYLLABLES_PER_INITIAL]);
            } else if (c == keep) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The initials a 초성 query asks for: the query without spaces when it is made only of Hangul initial consonants
     * ("ㅎㄱ ㅈㅈ" asks for "ㅎㄱㅈㅈ"); null for any other query.
     */
    public static String initialsQuery(String query) {
        if (query == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            // A leading consonant of the conjoining block (some input methods type it) is the same initial.
            if (c >= CHOSEONG_FIRST && c < CHOSEONG_FIRST + INITIALS.length) {
                c = INITIALS[c - CHOSEONG_FIRST];
            }
            if (!isInitial(c)) {
                return null;
            }
            out.append(c);
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static boolean isInitial(char c) {
        for (char initial : INITIALS) {
            if (c == initial) {
                return true;
            }
        }
        return false;
    }
}
