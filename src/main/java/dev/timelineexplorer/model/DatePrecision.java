package dev.timelineexplorer.model;

/** How precisely a {@link HistoricalDate} is known: to the year, the month or the day. */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY
}
