package dev.timelineexplorer.io.timelinejs;

/** Summaries made from descriptions, for formats that have no summary of their own. */
final class Summaries {
    private static final int SUMMARY_LENGTH = 200;

    private Summaries() {}

    /**
     * The first sentence of a plain-text description, cut at a word near {@value #SUMMARY_LENGTH} characters when
     * longer; empty for an empty description.
     */
    static String firstSentence(String description) {
        String paragraph = description.strip();
        int lineEnd = paragraph.indexOf('\n');
        if (lineEnd >= 0) {
            paragraph = paragraph.substring(0, lineEnd);
        }
        String sentence = paragraph;
        for (int i = 0; i < paragraph.length() - 1; i++) {
            char c = paragraph.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && paragraph.charAt(i + 1) == ' ' && !isInitial(paragraph, i)) {
                sentence = paragraph.substring(0, i + 1);
                break;
            }
        }
        if (sentence.length() <= SUMMARY_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', SUMMARY_LENGTH);
        return sentence.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH)
                        .stripTrailing() + "…";
    }

    /** Whether the full stop at {@code dot} ends an initial such as the "S" of "U.S." rather than a sentence. */
    private static boolean isInitial(String text, int dot) {
        return text.charAt(dot) == '.'
                && dot >= 1
                && Character.isUpperCase(text.charAt(dot - 1))
                && (dot == 1 || !Character.isLetter(text.charAt(dot - 2)));
    }
}
