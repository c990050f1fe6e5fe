package dev.timelineexplorer.view;

import dev.timelineexplorer.model.HistoricalDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One step of the axis's ladder of tick units, finest first, in steps of 1, 2 and 5 where the calendar allows: days
 * (1, 2), weeks, half months, months (1, 2, 3, 6) and years (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000,
 * 10000). Neighbouring rungs are at most 2.5 times apart (weeks to half months a little over 2), so the finest legible
 * unit always leaves several labels in view.
 *
 * <p>A tick marks the start of a unit's period and sits on an epoch day (days since 1970-01-01). Days are every day;
 * two days are the odd days of the month (1, 3, ... but never the last day, so neighbours are at least two days
 * apart); weeks start on Mondays; half months on the 1st and the 16th; months on 1 January, 1 March, ... as their step
 * says. Years are astronomical (year 0 is 1 BC) but the axis has no year 0: with a step above one, ticks sit on AD
 * years that are multiples of the step (10, 20, ...) and on BC years whose BC number is a multiple (10 BC, 20 BC,
 * ...); with a step of five or more also on AD 1, where the era begins, so neighbours around the era boundary read "10
 * BC, AD 1, 10" and every named period lies within one era. (Two-year ticks jump from 2 BC to AD 2: a tick on AD 1
 * would leave a one-year gap too narrow for its label.) Ticks exist only for years {@value HistoricalDate#MIN_YEAR} to {@value
 * HistoricalDate#MAX_YEAR}.
 *
 * <p>Five units name periods a reader would say (a month, a year, a decade, a century, a millennium); they serve as
 * the axis's major row above the finer units (see {@link #naturalMajor()}).
 */
public enum TickUnit {
    DAY(ChronoUnit.DAYS, 1),
    TWO_DAYS(ChronoUnit.DAYS, 2),
    WEEK(ChronoUnit.WEEKS, 1),
    HALF_MONTH(ChronoUnit.DAYS, 15),
    MONTH(ChronoUnit.MONTHS, 1),
    TWO_MONTHS(ChronoUnit.MONTHS, 2),
    QUARTER(ChronoUnit.MONTHS, 3),
    HALF_YEAR(ChronoUnit.MONTHS, 6),
    YEAR(ChronoUnit.YEARS, 1),
    TWO_YEARS(ChronoUnit.YEARS, 2),
    FIVE_YEARS(ChronoUnit.YEARS, 5),
    DECADE(ChronoUnit.YEARS, 10),
    TWENTY_YEARS(ChronoUnit.YEARS, 20),
    FIFTY_YEARS(ChronoUnit.YEARS, 50),
    CENTURY(ChronoUnit.YEARS, 100),
    TWO_CENTURIES(ChronoUnit.YEARS, 200),
    FIVE_CENTURIES(ChronoUnit.YEARS, 500),
    MILLENNIUM(ChronoUnit.YEARS, 1000),
    TWO_MILLENNIA(ChronoUnit.YEARS, 2000),
    FIVE_MILLENNIA(ChronoUnit.YEARS, 5000),
    TEN_MILLENNIA(ChronoUnit.YEARS, 10000);

    /** The first day that can carry a tick: 1 January of year {@value HistoricalDate#MIN_YEAR}, in epoch days. */
    static final long MIN_DAY = HistoricalDate.FIRST_EPOCH_DAY;

    /** The day after the last year that can carry a tick, in epoch days; no tick sits here or later. */
    static final long END_DAY = HistoricalDate.END_EPOCH_DAY;

    private static final double DAYS_PER_YEAR = HistoricalDate.DAYS_PER_YEAR;
    /** The day of the month on which the second half of a month starts. */
    private static final int SECOND_HALF = 16;

    private final ChronoUnit chronoUnit;
    private final int amount;

    TickUnit(ChronoUnit chronoUnit, int amount) {
        this.chronoUnit = chronoUnit;
        this.amount = amount;
    }

    /** The calendar field this unit counts: days, weeks, months or years. */
    public ChronoUnit chronoUnit() {
        return chronoUnit;
    }

    /** How many of {@link #chronoUnit()} one step spans, for example 3 for quarters (about 15 for half months). */
    public int amount() {
        return amount;
    }

    /** The average distance between neighbouring ticks, in days. */
    public double approxDays() {
        return switch (chronoUnit) {
            case WEEKS -> 7.0 * amount;
            case MONTHS -> DAYS_PER_YEAR / 12 * amount;
            case YEARS -> DAYS_PER_YEAR * amount;
            default -> this == HALF_MONTH ? DAYS_PER_YEAR / 24 : amount;
        };
    }

    /** The shortest distance between neighbouring ticks, in days: a lower bound for legibility checks. */
    public double minDays() {
        return switch (this) {
            case DAY -> 1;
            case TWO_DAYS -> 2;
            case WEEK -> 7;
            case HALF_MONTH -> 13;
            case MONTH -> 28;
            case TWO_MONTHS -> 59;
            case QUARTER -> 90;
            case HALF_YEAR -> 181;
            default -> 365.0 * amount;
        };
    }

    /** The next unit up the ladder, or empty for the coarsest. */
    public Optional<TickUnit> coarser() {
        TickUnit[] all = values();
        return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
    }

    /** Whether this unit is a period a reader names: a month, a year, a decade, a century or a millennium. */
    public boolean isNamedPeriod() {
        return this == MONTH || this == YEAR || this == DECADE || this == CENTURY || this == MILLENNIUM;
    }

    /**
     * The named period whose labels sit above this unit's on the axis: months over days, weeks and half months, years
     * over months, decades over years, centuries over decades, millennia over centuries. Empty for millennia and
     * coarser units, whose own labels say it all.
     */
    public Optional<TickUnit> naturalMajor() {
        return Optional.ofNullable(
                switch (this) {
                    case DAY, TWO_DAYS, WEEK, HALF_MONTH -> MONTH;
                    case MONTH, TWO_MONTHS, QUARTER, HALF_YEAR -> YEAR;
                    case YEAR, TWO_YEARS, FIVE_YEARS -> DECADE;
                    case DECADE, TWENTY_YEARS, FIFTY_YEARS -> CENTURY;
                    case CENTURY, TWO_CENTURIES, FIVE_CENTURIES -> MILLENNIUM;
                    default -> null;
                });
    }

    /** The next named period above this one, or empty: used when the natural major's labels do not fit. */
    Optional<TickUnit> coarserNamedPeriod() {
        for (Optional<TickUnit> next = coarser();
                next.isPresent();
                next = next.get().coarser()) {
            if (next.get().isNamedPeriod()) {
                return next;
            }
        }
        return Optional.empty();
    }

    /**
     * The last tick at or before a day, in epoch days. It may fall before {@link #MIN_DAY} when the day is near it;
     * callers skip such ticks.
     */
    long floorTick(long epochDay) {
        if (this == HALF_MONTH) {
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            return date.withDayOfMonth(date.getDayOfMonth() >= SECOND_HALF ? SECOND_HALF : 1)
                    .toEpochDay();
        }
        return switch (chronoUnit) {
            case DAYS -> amount == 1 ? epochDay : floorOddDay(epochDay);
            case WEEKS -> epochDay - Math.floorMod(epochDay + 3, 7); // 1970-01-01 was a Thursday
            case MONTHS -> {
                LocalDate date = LocalDate.ofEpochDay(epochDay);
                long months = date.getYear() * 12L + date.getMonthValue() - 1;
                long tick = Math.floorDiv(months, amount) * amount;
                yield LocalDate.of((int) Math.floorDiv(tick, 12), Math.floorMod(tick, 12) + 1, 1)
                        .toEpochDay();
            }
            default -> yearStart(floorTickYear(LocalDate.ofEpochDay(epochDay).getYear()));
        };
    }

    /** The tick after a tick, in epoch days. */
    long nextTick(long tickDay) {
        if (this == HALF_MONTH) {
            LocalDate date = LocalDate.ofEpochDay(tickDay);
            return (date.getDayOfMonth() < SECOND_HALF
                            ? date.withDayOfMonth(SECOND_HALF)
                            : date.withDayOfMonth(1).plusMonths(1))
                    .toEpochDay();
        }
        return switch (chronoUnit) {
            case DAYS -> amount == 1 ? tickDay + 1 : nextOddDay(tickDay);
            case WEEKS -> tickDay + 7;
            case MONTHS -> LocalDate.ofEpochDay(tickDay).plusMonths(amount).toEpochDay();
            default -> yearStart(nextTickYear(LocalDate.ofEpochDay(tickDay).getYear()));
        };
    }

    /** The last tick year at or before an astronomical year; works for a step of one too. */
    private int floorTickYear(int year) {
        if (year >= amount) {
            return Math.floorDiv(year, amount) * amount;
        }
        if (year >= 1) {
            // AD 1 .. amount - 1 belong to the period that starts the era, or to the last BC one
            return startsEra() ? 1 : 1 - amount;
        }
        // BC ticks are years 1 - k * amount (k >= 1): the largest at or before the year
        int k = Math.floorDiv(1 - year + amount - 1, amount);
        return 1 - k * amount;
    }

    /** The tick year after a tick year: from the last BC tick to AD 1, from AD 1 to the first multiple of the step. */
    private int nextTickYear(int year) {
        if (amount == 1 || year >= amount) {
            return year + amount;
        }
        if (!startsEra()) {
            return year == 1 - amount ? amount : year + amount;
        }
        return year == 1 ? amount : Math.min(year + amount, 1);
    }

    /** Whether a tick marks AD 1, the start of the era: for steps of five years or more. */
    private boolean startsEra() {
        return chronoUnit == ChronoUnit.YEARS && amount >= 5;
    }

    private static long yearStart(int year) {
        return LocalDate.of(year, 1, 1).toEpochDay();
    }

    private static long floorOddDay(long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int day = date.getDayOfMonth();
        if (day % 2 == 0) {
            return epochDay - 1;
        }
        return day < date.lengthOfMonth() ? epochDay : epochDay - 2;
    }

    private static long nextOddDay(long tickDay) {
        LocalDate date = LocalDate.ofEpochDay(tickDay);
        int next = date.getDayOfMonth() + 2;
        return next < date.lengthOfMonth()
                ? tickDay + 2
                : date.withDayOfMonth(1).plusMonths(1).toEpochDay();
    }
}
