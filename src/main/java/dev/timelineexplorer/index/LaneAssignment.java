package dev.timelineexplorer.index;

import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Puts shown events into lanes: each lane gets the index of the events of its group, in time order, so a lane is
 * drawn and queried like the whole timeline. This is the rule, for any index of events; {@link DatasetIndexes#lanes}
 * gives the same lanes faster from a dataset's membership sets. An event is in every lane of its groups ({@link Grouping#keysOf}) that is
 * among the lanes asked for, and in no other. Building takes one pass over the events plus the indexing of each
 * lane's share, {@code O(m log m)} for the {@code m} memberships.
 */
public final class LaneAssignment {
    private LaneAssignment() {}

    /**
     * The events of each lane.
     *
     * @param shown the events to place, in time order
     * @param laneKeys the lanes' keys, in lane order, each once
     * @param dataset the dataset the events belong to (for their countries' regions)
     * @param grouping how events map to lane keys; {@link Grouping#NONE} gives empty lanes
     * @return the index of each lane's events, in the order of {@code laneKeys}
     * @throws IllegalArgumentException when a key is given twice
     */
    public static List<EventIndex> assign(EventIndex shown, List<String> laneKeys, Dataset dataset, Grouping grouping) {
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(grouping, "grouping");
        Map<String, Integer> laneOf = new HashMap<>();
        for (String key : laneKeys) {
            if (laneOf.put(key, laneOf.size()) != null) {
                throw new IllegalArgumentException("lane " + key + " is asked for twice");
            }
        }
        Placer placer = new Placer(laneOf);
        for (int position = 0; position < shown.size(); position++) {
            placer.event = shown.event(position);
            grouping.keysOf(placer.event, dataset, placer);
        }
        List<EventIndex> lanes = new ArrayList<>(laneKeys.size());
        for (List<Event> events : placer.lanes) {
            lanes.add(EventIndex.of(events));
        }
        return lanes;
    }

    /** Adds the current event to the lane of each key it is given, once; one object for all events. */
    private static final class Placer implements Consumer<String> {
        private final Map<String, Integer> laneOf;
        private final List<List<Event>> lanes;
        private Event event;

        Placer(Map<String, Integer> laneOf) {
            this.laneOf = laneOf;
            this.lanes = new ArrayList<>(laneOf.size());
            for (int i = 0; i < laneOf.size(); i++) {
                lanes.add(new ArrayList<>());
            }
        }

        @Override
        public void accept(String key) {
            Integer lane = laneOf.get(key);
            if (lane == null) {
                return;
            }
            List<Event> events = lanes.get(lane);
            // Keys come once per event, but a dataset may name a country twice in one event.
            if (events.isEmpty() || events.get(events.size() - 1) != event) {
                events.add(event);
            }
        }
    }
}
