package dev.timelineexplorer.io.json;

import dev.timelineexplorer.model.HistoricalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Ids for events that have none, made from the title and start ({@code korean-war-1950-06-25}) and kept unique within
 * one file: {@code -2}, {@code -3} ... are added when a title and date repeat or clash with an explicit id. One
 * instance per file read.
 */
public final class Ids {
    private static final Pattern NON_SLUG = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsDigit}]+");

    /** Every id taken, with the line of its first explicit use (0 for a generated one). */
    private final Map<String, Integer> used = new HashMap<>(1 << 16);

    private final Map<String, Integer> generatedCounts = new HashMap<>();

    /** Lower-case letters and digits joined by single hyphens: {@code "Korean War!"} gives {@code korean-war}. */
    public static String slug(String text) {
        String lower = NON_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        int from = 0;
        int to = lower.length();
        while (from < to && lower.charAt(from) == '-') {
            from++;
        }
        while (to > from && lower.charAt(to - 1) == '-') {
            to--;
        }
        return lower.substring(from, to);
    }

    /**
     * Notes an id given in the file at a line; returns the line of its first use when it was used before (0 when a
     * generated id had it), otherwise null.
     */
    public Integer useExplicit(String id, int line) {
        return used.putIfAbsent(id, line);
    }

    /** A new id from a title and a start date, unique among those noted and made so far. */
    public String generate(String title, HistoricalDate start) {
        String slug = slug(title);
        String base = (slug.isEmpty() ? "event" : slug) + "-" + start.toIsoString();
        int seen = generatedCounts.merge(base, 1, Integer::sum);
        String id = seen == 1 ? base : base + "-" + seen;
        while (used.containsKey(id)) {
            id = base + "-" + generatedCounts.merge(base, 1, Integer::sum);
        }
        used.put(id, 0);
        return id;
    }
}
