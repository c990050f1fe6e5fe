package dev.timelineexplorer.view;

/**
 * The fixed geometry of a {@link TimelineView}, in pixels: the bands from top to bottom are the axis, the strip of era
 * names, the rows of events, and the overview strip.
 */
public final class TimelineMetrics {
    /** Height of the axis with its two rows of labels. */
    public static final double AXIS_HEIGHT = 40;
    /** Height of one line of era names under the axis. */
    public static final double ERA_LINE_HEIGHT = 15;
    /** Height of the overview strip at the bottom. */
    public static final double OVERVIEW_HEIGHT = 44;
    /** Height of one row of events. */
    public static final double ROW_HEIGHT = 22;
    /** Height of an event's bar inside its row. */
    public static final double BAR_HEIGHT = 14;
    /** Half the width of a point event's marker. */
    public static final double MARKER_RADIUS = 5;
    /** Space between a marker or bar and its label. */
    public static final double LABEL_GAP = 5;
    /** Least space between two events in a row. */
    public static final double ITEM_GAP = 8;
    /** Width of the time columns whose hidden events one "+N" badge stands for. */
    public static final double BADGE_COLUMN_PX = 64;
    /** Individual drawing needs at least this many pixels of width per event in each row. */
    public static final double DENSITY_PIXELS_PER_EVENT = 40;
    /** Width of one bar of the density histogram. */
    public static final double DENSITY_COLUMN_PX = 2;
    /** Up to this many events, rows are laid out for all of them, so panning never moves one. */
    public static final int WHOLE_LAYOUT_LIMIT = 20_000;
    /** How far from an edge of the overview's window a press grabs the edge instead of the window. */
    public static final double EDGE_GRAB = 6;

    private TimelineMetrics() {}
}
