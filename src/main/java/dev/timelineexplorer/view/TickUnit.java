package dev.timelineexplorer.view;

import dev.timelineexplorer.model.HistoricalDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One step of the axis's ladder of tick units, finest first: days, two days, weeks, months (1, 3, 6) and years (1,
 * 5, 10, 50, 100, 500, 1000, 5000, 10000).
 *
 * <p>A tick marks the start of a unit's period and sits on an epoch day (days since 1970-01-01). Days are every day;
 * two days are the odd days of the month (1, 3, ... but never the last day, so neighbours are at least two days
 * apart); weeks start on Mondays; months start on 1 January, 1 April, ... as their step says. Years are astronomical
 * (year 0 is 1 BC) but the axis has no year 0: with a step above one, ticks sit on AD years that are multiples of the
 * step (10, 20, ...) and on BC years whose BC number is a multiple (10 BC, 20 BC, ...), so neighbours around the era
 * boundary read "10 BC, 10". Ticks exist only for years {@value HistoricalDate#MIN_YEAR} to {@value
 * HistoricalDate#MAX_YEAR}.
 */
public enum TickUnit {
    DAY(ChronoUnit.DAYS, 1),
    TWO_DAYS(ChronoUnit.DAYS, 2),
    WEEK(ChronoUnit.WEEKS, 1),
    MONTH(ChronoUnit.MONTHS, 1),
    QUARTER(ChronoUnit.MONTHS, 3),
    HALF_YEAR(ChronoUnit.MONTHS, 6),
    YEAR(ChronoUnit.YEARS, 1),
    FIVE_YEARS(ChronoUnit.YEARS, 5),
    DECADE(ChronoUnit.YEARS, 10),
    FIFTY_YEARS(ChronoUnit.YEARS, 50),
    CENTURY(ChronoUnit.YEARS, 100),
    FIVE_CENTURIES(ChronoUnit.YEARS, 500),
    MILLENNIUM(ChronoUnit.YEARS, 1000),
    FIVE_MILLENNIA(ChronoUnit.YEARS, 5000),
    TEN_MILLENNIA(ChronoUnit.YEARS, 10000);

    /** The first day that can carry a tick: 1 January of year {@value HistoricalDate#MIN_YEAR}, in epoch days. */
    static final long MIN_DAY = LocalDate.of(HistoricalDate.MIN_YEAR, 1, 1).toEpochDay();

    /** The day after the last year that can carry a tick, in epoch days; no tick sits here or later. */
    static final long END_DAY = LocalDate.of(HistoricalDate.MAX_YEAR + 1, 1, 1).toEpochDay();

    private static final double DAYS_PER_YEAR = 365.2425;
    private static final String[] SHORT_MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    private static final String[] DAY_NUMBERS = new String[32];

    static {
        for (int i = 1; i < DAY_NUMBERS.length; i++) {
            DAY_NUMBERS[i] = Integer.toString(i);
        }
    }

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

    /** How many of {@link #chronoUnit()} one step spans, for example 3 for quarters. */
    public int amount() {
        return amount;
    }

    /** The average distance between neighbouring ticks, in days. */
    public double approxDays() {
        return switch (chronoUnit) {
            case WEEKS -> 7.0 * amount;
            case MONTHS -> DAYS_PER_YEAR / 12 * amount;
            case YEARS -> DAYS_PER_YEAR * amount;
            default -> amount;
        };
    }

    /** The shortest distance between neighbouring ticks, in days: a lower bound for legibility checks. */
    public double minDays() {
        return switch (this) {
            case DAY -> 1;
            case TWO_DAYS -> 2;
            case WEEK -> 7;
            case MONTH -> 28;
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

    /**
     * The unit whose labels naturally sit above this one's on the axis: months over days and weeks, years over months,
     * decades over years, centuries over 5 and 10 years, millennia over 50 and 100 years, 5000 years over 500 and 1000
     * years, 10000 over 5000. Empty for the coarsest unit.
     */
    public Optional<TickUnit> naturalMajor() {
        return Optional.ofNullable(
                switch (this) {
                    case DAY, TWO_DAYS, WEEK -> MONTH;
                    case MONTH, QUARTER, HALF_YEAR -> YEAR;
                    case YEAR -> DECADE;
                    case FIVE_YEARS, DECADE -> CENTURY;
                    case FIFTY_YEARS, CENTURY -> MILLENNIUM;
                    case FIVE_CENTURIES, MILLENNIUM -> FIVE_MILLENNIA;
                    case FIVE_MILLENNIA -> TEN_MILLENNIA;
                    case TEN_MILLENNIA -> null;
                });
    }

    /**
     * The last tick at or before a day, in epoch days. It may fall before {@link #MIN_DAY} when the day is near it;
     * callers skip such ticks.
     */
    long floorTick(long epochDay) {
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
        return switch (chronoUnit) {
            case DAYS -> amount == 1 ? tickDay + 1 : nextOddDay(tickDay);
            case WEEKS -> tickDay + 7;
            case MONTHS -> LocalDate.ofEpochDay(tickDay).plusMonths(amount).toEpochDay();
            default -> {
                int year = LocalDate.ofEpochDay(tickDay).getYear();
                yield yearStart(year == 1 - amount ? amount : year + amount);
            }
        };
    }

    /** The short label of a tick: "22", "22 Jun", "Jun", "1965" or "44 BC". */
    String minorLabel(long tickDay) {
        LocalDate date = LocalDate.ofEpochDay(tickDay);
        return switch (chronoUnit) {
            case DAYS -> DAY_NUMBERS[date.getDayOfMonth()];
            case WEEKS -> DAY_NUMBERS[date.getDayOfMonth()] + " " + SHORT_MONTHS[date.getMonthValue() - 1];
            case MONTHS -> SHORT_MONTHS[date.getMonthValue() - 1];
            default -> HistoricalDate.yearText(date.getYear());
        };
    }

    /** The complete label of a tick: "22 June 1965", "June 1965", "1960" or "100 BC" (the period's first year). */
    String majorLabel(long tickDay) {
        LocalDate date = LocalDate.ofEpochDay(tickDay);
        String year = HistoricalDate.yearText(date.getYear());
        return switch (chronoUnit) {
            case DAYS, WEEKS ->
                date.getDayOfMonth() + " " + HistoricalDate.monthName(date.getMonthValue()) + " " + year;
            case MONTHS -> HistoricalDate.monthName(date.getMonthValue()) + " " + year;
            default -> year;
        };
    }

    /** The last tick year at or before an astronomical year; works for a step of one too. */
    private int floorTickYear(int year) {
        if (year >= amount) {
            return Math.floorDiv(year, amount) * amount;
        }
        // BC ticks are years 1 - k * amount (k >= 1); years 1 .. amount - 1 fall back to the first of them
        return Math.min(1 - amount, Math.floorDiv(year - 1, amount) * amount + 1);
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
