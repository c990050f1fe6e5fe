package dev.timelineexplorer.index;

import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.RelationPeriod;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many states had a relationship over time, as a step function: the count changes only on the days a period
 * begins or ends. Built once per dataset and relationship (a few hundred steps), then asked for any day by binary
 * search. Immutable.
 */
public final class RelationCounts {
    private final long[] days;
    private final int[] counts;
    private final int max;

    private RelationCounts(long[] days, int[] counts) {
        this.days = days;
        this.counts = counts;
        int highest = 0;
        for (int count : counts) {
            highest = Math.max(highest, count);
        }
        this.max = highest;
    }

    /** The counts of the states (organisations left out) with a relationship, by its id. */
    public static RelationCounts of(Dataset dataset, String relationship) {
        Map<Long, Integer> changes = new TreeMap<>();
        for (Country country : dataset.countries()) {
            if (country.kind() != CountryKind.COUNTRY) {
                continue;
            }
            for (RelationPeriod period : country.periods(relationship)) {
                changes.merge(period.start().firstDay(), 1, Integer::sum);
                if (period.end() != null) {
                    changes.merge(period.end().endDayExclusive(), -1, Integer::sum);
                }
            }
        }
        long[] days = new long[changes.size()];
        int[] counts = new int[changes.size()];
        int i = 0;
        int running = 0;
        for (Map.Entry<Long, Integer> change : changes.entrySet()) {
            running += change.getValue();
            days[i] = change.getKey();
            counts[i] = running;
            i++;
        }
        return new RelationCounts(days, counts);
    }

    /** How many states had the relationship on a day, in epoch days. */
    public int countOn(long day) {
        int at = Arrays.binarySearch(days, day);
        int index = at >= 0 ? at : -at - 2;
        return index < 0 ? 0 : counts[index];
    }

    /** The days on which the count changes, in order (epoch days); a copy. */
    public long[] changeDays() {
        return days.clone();
    }

    /** The count from each change day on; a copy, parallel to {@link #changeDays()}. */
    public int[] countsAfterChanges() {
        return counts.clone();
    }

    /** The highest count ever reached. */
    public int max() {
        return max;
    }

    /** The first day the count changes, or null when no state ever had the relationship. */
    public Long firstDay() {
        return days.length == 0 ? null : days[0];
    }
}
