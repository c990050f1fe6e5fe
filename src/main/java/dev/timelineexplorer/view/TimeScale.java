package dev.timelineexplorer.view;

/**
 * The one mapping between time and pixels, used by drawing and hit-testing alike.
 *
 * <p>Time is in epoch days (days since 1970-01-01, fractional, negative before); pixels are measured from the left
 * edge of the drawing area. A day {@code d} is drawn at {@code (d - startDay) * width / (endDay - startDay)}.
 *
 * @param startDay the day at the left edge
 * @param endDay the day at the right edge, greater than {@code startDay}
 * @param width the width in pixels, positive
 */
public record TimeScale(double startDay, double endDay, double width) {
    public TimeScale {
        if (!(endDay > startDay)) {
            throw new IllegalArgumentException("endDay must be after startDay: " + startDay + " .. " + endDay);
        }
        if (!(width > 0)) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
    }

    /** Pixels per day. */
    public double pixelsPerDay() {
        return width / (endDay - startDay);
    }

    /** Days shown, {@code endDay - startDay}. */
    public double spanDays() {
        return endDay - startDay;
    }

    /** The x position of a day, in pixels. */
    public double toX(double day) {
        return (day - startDay) * pixelsPerDay();
    }

    /** The day at an x position. */
    public double toDay(double x) {
        return startDay + x / pixelsPerDay();
    }

    /** The days shown, as a range. */
    public TimeRange toTimeRange() {
        return new TimeRange(startDay, endDay);
    }

    /** A length in pixels expressed in days at this zoom. */
    public double daysFor(double pixels) {
        return pixels / pixelsPerDay();
    }

    /**
     * The column of a day when time at this zoom is cut into columns {@code columnPixels} wide. Columns are anchored
     * to time (column 0 starts at epoch day 0), not to the edge of the view, so that an event stays in its column while
     * the view pans and "+N" counts do not flicker.
     */
    public long column(double day, double columnPixels) {
        return (long) Math.floor(day * pixelsPerDay() / columnPixels);
    }

    /** The first day of a column of {@link #column}, in epoch days. */
    public double columnStartDay(long column, double columnPixels) {
        return column * columnPixels / pixelsPerDay();
    }
}
