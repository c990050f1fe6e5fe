package dev.timelineexplorer.io.dataset;

import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts events in time order: by start, then by end, keeping file order for ties. A million events sort several times
 * faster as primitive keys than as objects through a comparator, so each event's key is noted as it is read, while
 * it is fresh in the cache. A key packs the start day, the length in days (clipped to {@value #LENGTH_BITS} bits,
 * about 179 years) and the position in the file, so the key order is the whole order except between events longer
 * than that which start on the same day; only those need to look at the event objects.
 */
final class EventOrder {
    /** Bits of a key for an event's position in the file. */
    private static final int INDEX_BITS = 24;
    /** Bits of a key for an event's length in days, which is clipped to fit. */
    private static final int LENGTH_BITS = 16;
    /** The earliest day a date can mean; keys count start days from it. */
    private static final long FIRST_DAY =
            HistoricalDate.ofYear(HistoricalDate.MIN_YEAR).firstDay();

    private final List<Event> events = new ArrayList<>();
    private long[] keys = new long[1 << 10];

    /** Keeps an event, in file order. */
    void add(Event event) {
        int index = events.size();
        if (index < 1 << INDEX_BITS) {
            if (index == keys.length) {
                keys = Arrays.copyOf(keys, index * 2);
            }
            keys[index] = key(event, index);
        }
        events.add(event);
    }

    /** How many events were kept. */
    int size() {
        return events.size();
    }

    /** The events sorted by start, then end, file order for ties, as an immutable list the dataset keeps as it is. */
    List<Event> sorted() {
        int n = events.size();
        if (n >= 1 << INDEX_BITS) {
            events.sort(Comparator.comparingLong(Event::startDay).thenComparingLong(Event::endDayExclusive));
            return List.copyOf(events);
        }
        // The keys are distinct (they end with the position), so the parallel sort gives the same order.
        Arrays.parallelSort(keys, 0, n);
        Event[] sorted = new Event[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = events.get((int) (keys[i] & ((1 << INDEX_BITS) - 1)));
        }
        orderLongEventsByEnd(sorted, keys);
        return List.of(sorted);
    }

    /** Start day (23 bits: 20,000 years of days), clipped length, position in the file. */
    private static long key(Event event, int index) {
        long length = Math.min(event.endDayExclusive() - event.startDay(), (1 << LENGTH_BITS) - 1);
        return (event.startDay() - FIRST_DAY) << (LENGTH_BITS + INDEX_BITS) | length << INDEX_BITS | index;
    }

    /**
     * Puts events with the same start whose lengths were both clipped in order of their real end, with a stable
     * insertion sort; their keys (without the position) are equal, so shifting events within a run keeps them
     * matching.
     */
    private static void orderLongEventsByEnd(Event[] sorted, long[] keys) {
        long clipped = (1L << LENGTH_BITS) - 1;
        for (int i = 1; i < sorted.length; i++) {
            long startAndLength = keys[i] >>> INDEX_BITS;
            if ((startAndLength & clipped) != clipped || keys[i - 1] >>> INDEX_BITS != startAndLength) {
                continue;
            }
            Event current = sorted[i];
            int j = i - 1;
            while (j >= 0
                    && keys[j] >>> INDEX_BITS == startAndLength
                    && sorted[j].endDayExclusive() > current.endDayExclusive()) {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = current;
        }
    }
}
