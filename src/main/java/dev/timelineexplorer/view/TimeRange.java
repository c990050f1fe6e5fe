package dev.timelineexplorer.view;

/**
 * A stretch of time in epoch days (days since 1970-01-01, fractional), such as the visible part of a timeline.
 *
 * @param startDay the first instant, in epoch days
 * @param endDay the last instant, in epoch days, after {@code startDay}
 */
public record TimeRange(double startDay, double endDay) {
    public TimeRange {
        if (!Double.isFinite(startDay) || !Double.isFinite(endDay) || !(endDay > startDay)) {
            throw new IllegalArgumentException("invalid time range: " + startDay + " .. " + endDay);
        }
    }

    /** Length in days. */
    public double span() {
        return endDay - startDay;
    }

    /** The middle, in epoch days. */
    public double center() {
        return (startDay + endDay) / 2;
    }

    /** Whether the stretch {@code [from, to)} overlaps this range. */
    public boolean intersects(double from, double to) {
        return to > startDay && from < endDay;
    }

    /** This range moved by a number of days. */
    public TimeRange shift(double days) {
        return new TimeRange(startDay + days, endDay + days);
    }

    /** This range scaled by {@code factor} (above 1 zooms out) around an anchor day that keeps its position. */
    public TimeRange zoom(double factor, double anchorDay) {
        return new TimeRange(anchorDay - (anchorDay - startDay) * factor, anchorDay + (endDay - anchorDay) * factor);
    }
}
