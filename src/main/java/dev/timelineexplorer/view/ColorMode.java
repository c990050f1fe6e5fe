package dev.timelineexplorer.view;

/** What gives an event its colour on the timeline. */
public enum ColorMode {
    /** The colour of the event's category. */
    CATEGORY,
    /** The colour of the first country listed on the event. */
    COUNTRY
}
