package dev.timelineexplorer.model.edit;

/**
 * What an edit does, so that the window can name it in the user's language ("Undo Move 'Korean War'"): the kind and
 * the title of what it changed, translated at the edge.
 */
public enum EditKind {
    /** A new event. */
    ADD_EVENT,
    /** An event's fields changed through its form. */
    CHANGE_EVENT,
    /** An event removed. */
    DELETE_EVENT,
    /** A copy of an event added. */
    DUPLICATE_EVENT,
    /** An event moved in time, its length kept. */
    MOVE_EVENT,
    /** An event's start or end changed. */
    RESIZE_EVENT,
    /** A country's name, colour or region changed, or a country added. */
    CHANGE_COUNTRY,
    /** A country's relation periods changed. */
    CHANGE_PERIODS
}
