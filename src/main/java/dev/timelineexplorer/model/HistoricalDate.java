package dev.timelineexplorer.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A date on the proleptic Gregorian calendar known to the year, month or day.
 *
 * <p>Years are astronomical: year 0 is 1 BC and year -43 is 44 BC. They range from {@value #MIN_YEAR} to {@value
 * #MAX_YEAR}. {@code month} is 1-12 or 0 when only the year is known; {@code day} is 1-31 or 0 when the day is not
 * known. A date covers every day it could mean: "1965" covers 1 January to 31 December 1965.
 *
 * <p>Positions on the timeline are measured in epoch days (days since 1970-01-01, negative before); see {@link
 * #firstDay()} and {@link #endDayExclusive()}.
 */
public final class HistoricalDate implements Comparable<HistoricalDate> {

    public static final int MIN_YEAR = -9999;
    public static final int MAX_YEAR = 9999;
    /** The first day a date can mean, 1 January of {@link #MIN_YEAR}, in epoch days. */
    public static final long FIRST_EPOCH_DAY =
            java.time.LocalDate.of(MIN_YEAR, 1, 1).toEpochDay();
    /** The day after the last a date can mean, 1 January of the year after {@link #MAX_YEAR}, in epoch days. */
    public static final long END_EPOCH_DAY =
            java.time.LocalDate.of(MAX_YEAR + 1, 1, 1).toEpochDay();
    /** The mean length of a Gregorian year, in days: what "a year" of a time span means. */
    public static final double DAYS_PER_YEAR = 365.2425;

    private final int year;
    private final int month;
    private final int day;
    // Computed once: sorting and drawing a million events asks for these many times.
    private final long firstDay;
    private final long endDayExclusive;

    /**
     * @param year astronomical year, -9999 to 9999
     * @param month 1-12, or 0 when only the year is known
     * @param day 1-31, or 0 when the day is not known
     * @throws InvalidDateException when the parts do not make a date
     */
    public HistoricalDate(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidDateException(InvalidDateException.Reason.YEAR_RANGE);
        }
        if (month < 0 || month > 12) {
            throw new InvalidDateException(InvalidDateException.Reason.MONTH_RANGE);
        }
        if (month == 0 && day != 0) {
            throw new InvalidDateException(InvalidDateException.Reason.DAY_NEEDS_MONTH);
        }
        if (day != 0) {
            int length = LocalDate.of(year, month, 1).lengthOfMonth();
            if (day < 1 || day > length) {
                throw new InvalidDateException(InvalidDateException.Reason.DAY_RANGE, length, ofMonth(year, month));
            }
        }
        this.year = year;
        this.month = month;
        this.day = day;
        LocalDate first = LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
        this.firstDay = first.toEpochDay();
        this.endDayExclusive = month == 0
                ? first.plusYears(1).toEpochDay()
                : day == 0 ? first.plusMonths(1).toEpochDay() : firstDay + 1;
    }

    /** The astronomical year: 0 is 1 BC, -43 is 44 BC. */
    public int year() {
        return year;
    }

    /** The month, 1-12, or 0 when only the year is known. */
    public int month() {
        return month;
    }

    /** The day of the month, or 0 when it is not known. */
    public int day() {
        return day;
    }

    /** A date known to the year only. */
    public static HistoricalDate ofYear(int year) {
        return new HistoricalDate(year, 0, 0);
    }

    /** A date known to the month. */
    public static HistoricalDate ofMonth(int year, int month) {
        return new HistoricalDate(year, month, 0);
    }

    /** A date known to the day. */
    public static HistoricalDate of(int year, int month, int day) {
        return new HistoricalDate(year, month, day);
    }

    /** The date known to the day that contains the given epoch day. */
    public static HistoricalDate ofEpochDay(long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return new HistoricalDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, with an optional leading minus for years before
     * year 0 (astronomical numbering). The year has four digits.
     *
     * @throws InvalidDateException saying what is wrong, for example that the month must be 1-12
     */
    public static HistoricalDate parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidDateException(InvalidDateException.Reason.REQUIRED);
        }
        int pos = 0;
        boolean negative = text.charAt(0) == '-';
        if (negative) {
            pos = 1;
        }
        int length = text.length() - pos;
        boolean shapeOk = (length == 4 || length == 7 || length == 10)
                && digits(text, pos, 4)
                && (length < 7 || (text.charAt(pos + 4) == '-' && digits(text, pos + 5, 2)))
                && (length < 10 || (text.charAt(pos + 7) == '-' && digits(text, pos + 8, 2)));
        if (!shapeOk) {
            throw new InvalidDateException(InvalidDateException.Reason.SHAPE);
        }
        int year = Integer.parseInt(text, pos, pos + 4, 10);
        if (negative) {
            year = -year;
        }
        int month = length >= 7 ? Integer.parseInt(text, pos + 5, pos + 7, 10) : 0;
        int day = length == 10 ? Integer.parseInt(text, pos + 8, pos + 10, 10) : 0;
        if (length >= 7 && (month < 1 || month > 12)) {
            throw new InvalidDateException(InvalidDateException.Reason.MONTH_RANGE);
        }
        if (length == 10 && day == 0) {
            throw new InvalidDateException(InvalidDateException.Reason.DAY_RANGE, 31, null);
        }
        return new HistoricalDate(year, month, day);
    }

    private static boolean digits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** How precisely this date is known. */
    public DatePrecision precision() {
        if (month == 0) {
            return DatePrecision.YEAR;
        }
        return day == 0 ? DatePrecision.MONTH : DatePrecision.DAY;
    }

    /** The first day this date may mean, in epoch days. */
    public long firstDay() {
        return firstDay;
    }

    /** The day after the last day this date may mean, in epoch days. */
    public long endDayExclusive() {
        return endDayExclusive;
    }

    /** The date as written in the data format: {@code 1965}, {@code 1965-06}, {@code -0043-03-15}. */
    public String toIsoString() {
        StringBuilder out = new StringBuilder(11);
        if (year < 0) {
            out.append('-');
        }
        String digits = Integer.toString(Math.abs(year));
        out.append("0".repeat(Math.max(0, 4 - digits.length()))).append(digits);
        if (month != 0) {
            out.append('-').append(month < 10 ? "0" : "").append(month);
        }
        if (day != 0) {
            out.append('-').append(day < 10 ? "0" : "").append(day);
        }
        return out.toString();
    }

    /** The date written for people at its own precision: "1965", "June 1965", "22 June 1965", "44 BC". */
    public String toDisplayString() {
        String yearPart = yearText(year);
        return switch (precision()) {
            case YEAR -> yearPart;
            case MONTH -> monthName(month) + " " + yearPart;
            case DAY -> day + " " + monthName(month) + " " + yearPart;
        };
    }

    /** A year written for people: 1965, or "44 BC" for astronomical year -43 (there is no year 0). */
    public static String yearText(int astronomicalYear) {
        return astronomicalYear > 0 ? Integer.toString(astronomicalYear) : (1 - astronomicalYear) + " BC";
    }

    /** The English name of a month, 1-12. */
    public static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** Orders by first day, then the less precise date first. */
    @Override
    public int compareTo(HistoricalDate other) {
        int byDay = Long.compare(firstDay(), other.firstDay());
        return byDay != 0 ? byDay : precision().compareTo(other.precision());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HistoricalDate that && year == that.year && month == that.month && day == that.day;
    }

    @Override
    public int hashCode() {
        return (year * 31 + month) * 32 + day;
    }

    @Override
    public String toString() {
        return toIsoString();
    }
}
