package dev.timelineexplorer.index;

import dev.timelineexplorer.model.Event;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many events each country is in within a stretch of time, answered from sorted arrays rather than a scan: per
 * country, the first days of its events and, apart, the days after their ends, both sorted. An event overlaps
 * {@code [from, to)} when it starts before {@code to} and ends after {@code from}, so the count is the number of
 * starts before {@code to} less the number of ends at or before {@code from}: two binary searches per country.
 * Built once per set of shown events (a pass over them and a sort per country); immutable.
 */
public final class CountryTimeIndex {
    /** No events at all. */
    public static final CountryTimeIndex EMPTY = new CountryTimeIndex(Map.of(), Map.of());

    private final Map<String, int[]> starts;
    private final Map<String, int[]> ends;

    private CountryTimeIndex(Map<String, int[]> starts, Map<String, int[]> ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** Indexes the events of an index by country. */
    public static CountryTimeIndex of(EventIndex events) {
        Map<String, IntList> starts = new HashMap<>();
        Map<String, IntList> ends = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.event(i);
            List<String> codes = event.countryCodes();
            for (int c = 0; c < codes.size(); c++) {
                String code = codes.get(c);
                starts.computeIfAbsent(code, k -> new IntList()).add((int) event.startDay());
                ends.computeIfAbsent(code, k -> new IntList()).add((int) event.endDayExclusive());
            }
        }
        Map<String, int[]> sortedStarts = new HashMap<>();
        Map<String, int[]> sortedEnds = new HashMap<>();
        starts.forEach((code, list) -> sortedStarts.put(code, list.sorted()));
        ends.forEach((code, list) -> sortedEnds.put(code, list.sorted()));
        return new CountryTimeIndex(sortedStarts, sortedEnds);
    }

    /**
     * For each country with events, how many of them overlap a stretch of time; countries with none in it are left
     * out.
     *
     * @param fromDay the start, epoch days (inclusive)
     * @param toDay the end, epoch days (exclusive)
     */
    public Map<String, Integer> countsIn(double fromDay, double toDay) {
        Map<String, Integer> counts = new HashMap<>();
        starts.forEach((code, s) -> {
            int count = SortedArrays.countBelow(s, toDay) - SortedArrays.countAtOrBelow(ends.get(code), fromDay);
            if (count > 0) {
                counts.put(code, count);
            }
        });
        return counts;
    }

    /** A growable array of ints, to keep a million boxed numbers out of the heap. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] sorted() {
            int[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }
}
