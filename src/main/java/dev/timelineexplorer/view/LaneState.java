package dev.timelineexplorer.view;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The lanes part of a {@link TimelineFrame}: which lanes there are and how the user left them.
 *
 * @param lanes the lanes, top to bottom; empty when the timeline is not grouped
 * @param heading what the header column's top says (the grouping's name), plain text
 * @param collapsed the keys of the lanes collapsed to one row
 * @param scroll the first row of lanes shown (rows of {@link TimelineMetrics#ROW_HEIGHT}); clamped when drawn
 * @param current the key of the lane the keyboard is in, or null
 * @param reveal the key of a lane to scroll into view in this frame, or null
 * @param dropBefore while a lane is dragged, the lane index it would go before (the lane count for the end), else -1
 * @param headerWidth the width of the header column, in pixels; 0 when there are no lanes
 */
public record LaneState(
        List<Lane> lanes,
        String heading,
        Set<String> collapsed,
        int scroll,
        String current,
        String reveal,
        int dropBefore,
        double headerWidth) {
    /** No lanes: the timeline is one band. */
    public static final LaneState NONE = new LaneState(List.of(), "", Set.of(), 0, null, null, -1, 0);

    public LaneState {
        lanes = List.copyOf(lanes);
        Objects.requireNonNull(heading, "heading");
        collapsed = Set.copyOf(collapsed);
        if (lanes.isEmpty()) {
            headerWidth = 0;
        }
    }

    /** Whether the timeline is grouped into lanes. */
    public boolean isGrouped() {
        return !lanes.isEmpty();
    }

    /** The index of the lane with a key, or -1. */
    int indexOf(String key) {
        if (key == null) {
            return -1;
        }
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
