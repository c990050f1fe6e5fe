package dev.timelineexplorer.model;

/**
 * Thrown when a date is not a valid {@link HistoricalDate}. It says why as a {@link Reason} with its figures, which a
 * reader turns into a sentence in the user's language; its message is the same reason in English, for logs.
 */
public final class InvalidDateException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why a date is not a date. */
    public enum Reason {
        /** Nothing was written where a date is needed. */
        REQUIRED,
        /** Not written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
        SHAPE,
        /** The year is outside {@link HistoricalDate#MIN_YEAR} to {@link HistoricalDate#MAX_YEAR}. */
        YEAR_RANGE,
        /** The month is not 1-12. */
        MONTH_RANGE,
        /** A day is given without a month. */
        DAY_NEEDS_MONTH,
        /** The day is not in its month: see {@link #lastDay()} and {@link #month()}. */
        DAY_RANGE
    }

    private final Reason reason;
    private final int lastDay;
    private final transient HistoricalDate month;

    /** A reason without figures. */
    public InvalidDateException(Reason reason) {
        this(reason, 0, null);
    }

    /**
     * A day out of its month's range.
     *
     * @param lastDay the last day the month has (31 when the month is not known)
     * @param month the month the day was given in, or null when the date was not checked against one
     */
    public InvalidDateException(Reason reason, int lastDay, HistoricalDate month) {
        super(english(reason, lastDay, month));
        this.reason = reason;
        this.lastDay = lastDay;
        this.month = month;
    }

    /** Why the date is not a date. */
    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#DAY_RANGE}, the last day allowed; 0 otherwise. */
    public int lastDay() {
        return lastDay;
    }

    /** For {@link Reason#DAY_RANGE}, the month (at month precision) the day was given in; null otherwise. */
    public HistoricalDate month() {
        return month;
    }

    private static String english(Reason reason, int lastDay, HistoricalDate month) {
        return switch (reason) {
            case REQUIRED -> "a date is required (YYYY, YYYY-MM or YYYY-MM-DD)";
            case SHAPE -> "expected YYYY, YYYY-MM or YYYY-MM-DD (with a leading - for years BC)";
            case YEAR_RANGE -> "year must be between " + HistoricalDate.MIN_YEAR + " and " + HistoricalDate.MAX_YEAR;
            case MONTH_RANGE -> "month must be 1-12";
            case DAY_NEEDS_MONTH -> "a day needs a month";
            case DAY_RANGE -> "day must be 1-" + lastDay + (month == null ? "" : " in " + month.toDisplayString());
        };
    }
}
