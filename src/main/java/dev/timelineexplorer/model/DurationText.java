package dev.timelineexplorer.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a span lasted, written for people: "3 years, 1 month", "2 months, 3 days", "5 days".
 *
 * <p>The text never claims more precision than the dates carry. When both ends are known to the day it gives the
 * largest non-zero unit of the {@link Period} between them and, when non-zero, the unit just below it (so "1 year,
 * 2 days" is never written for 1 year, 0 months and 2 days: the days are below the precision the text shows). When
 * either end is known only to the month it counts whole calendar months ("3 years, 1 month"); when either end is known
 * only to the year it counts whole calendar years ("9 years").
 */
public final class DurationText {
    private DurationText() {}

    /** The duration of a span event, or an empty string for a point event or a span of no length. */
    public static String between(Event event) {
        return event.end() == null ? "" : between(event.start(), event.end());
    }

    /**
     * The duration from {@code start} to {@code end}, measured between the first days they may mean, at the coarser
     * of their two precisions.
     *
     * @return the duration, or an empty string when it is zero at that precision or {@code end} is before {@code
     *     start}
     */
    public static String between(HistoricalDate start, HistoricalDate end) {
        Parts parts = parts(start, end);
        return parts == null ? "" : between(parts);
    }

    /** The English text of a duration's parts: "3 years, 1 month". */
    public static String between(Parts parts) {
        return join(join(unit(parts.years(), "year"), unit(parts.months(), "month")), unit(parts.days(), "day"));
    }

    /**
     * The amounts a duration text shows, in any language: at most two neighbouring units, zero for those not shown.
     *
     * @param years whole years
     * @param months months after the years
     * @param days days after the months (only when there are no years)
     */
    public record Parts(int years, int months, int days) {}

    /**
     * The amounts of the duration from {@code start} to {@code end} at the coarser of their precisions, the largest
     * non-zero unit and the one below it; null when it is zero or {@code end} is before {@code start}.
     */
    public static Parts parts(HistoricalDate start, HistoricalDate end) {
        DatePrecision precision =
                start.precision().compareTo(end.precision()) <= 0 ? start.precision() : end.precision();
        Parts parts = switch (precision) {
            // Calendar fields, not days: "1950" to "1953" is 3 years even though 1950 may mean 31 December.
            case YEAR -> new Parts(end.year() - start.year(), 0, 0);
            case MONTH -> {
                int months = (end.year() * 12 + end.month()) - (start.year() * 12 + start.month());
                yield new Parts(months / 12, months % 12, 0);
            }
            case DAY -> {
                Period period =
                        Period.between(LocalDate.ofEpochDay(start.firstDay()), LocalDate.ofEpochDay(end.firstDay()));
                yield period.getYears() > 0
                        ? new Parts(period.getYears(), period.getMonths(), 0)
                        : new Parts(0, period.getMonths(), period.getDays());
            }
        };
        if (parts.years() < 0 || parts.months() < 0 || parts.days() < 0) {
            return null;
        }
        return parts.years() == 0 && parts.months() == 0 && parts.days() == 0 ? null : parts;
    }

    /** "1 year", "3 years", or empty for zero or less. */
    private static String unit(int amount, String name) {
        if (amount <= 0) {
            return "";
        }
        return amount + " " + name + (amount == 1 ? "" : "s");
    }

    private static String join(String larger, String smaller) {
        List<String> parts = new ArrayList<>(2);
        if (!larger.isEmpty()) {
            parts.add(larger);
        }
        if (!smaller.isEmpty()) {
            parts.add(smaller);
        }
        return String.join(", ", parts);
    }
}
