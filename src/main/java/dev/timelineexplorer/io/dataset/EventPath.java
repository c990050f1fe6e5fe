package dev.timelineexplorer.io.dataset;

/**
 * The JSON path of a value in an event, such as {@code events[3].sources[1].url}, held as its parts and spelled out
 * only when a problem is reported: with a million events, building every path would cost more than reading them.
 * One instance is reused for every check of a read.
 */
final class EventPath {
    private int event;
    private String field;
    private int item = -1;
    private String subfield;

    /** The path of an event, or of one of its fields when {@code field} is not null. */
    EventPath at(int eventIndex, String fieldName) {
        return at(eventIndex, fieldName, -1, null);
    }

    /** The path of an item of an array field, or of a field of that item when {@code subfieldName} is not null. */
    EventPath at(int eventIndex, String fieldName, int itemIndex, String subfieldName) {
        event = eventIndex;
        field = fieldName;
        item = itemIndex;
        subfield = subfieldName;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder path = new StringBuilder("events[").append(event).append(']');
        if (field != null) {
            path.append('.').append(field);
        }
        if (item >= 0) {
            path.append('[').append(item).append(']');
        }
        if (subfield != null) {
            path.append('.').append(subfield);
        }
        return path.toString();
    }
}
