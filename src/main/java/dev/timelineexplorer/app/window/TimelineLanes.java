package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.index.DatasetIndexes;
import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.index.Grouping;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.view.Lane;
import dev.timelineexplorer.view.TimelineView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.paint.Color;

/**
 * Keeps the timeline's lanes in step with the grouping chosen, the shown events and the sidebar: country lanes are the
 * checked countries in the sidebar's order, region lanes the regions with a checked country, category lanes the
 * checked categories. A lane the user dragged to another place keeps that place until the sidebar's sort changes.
 * Lanes are worked out again only when something they depend on changed; a new order or new names reuse each lane's
 * events.
 */
public final class TimelineLanes {
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.NONE);
    private final TimelineView timeline;
    private final FilterSidebar sidebar;
    private final I18n i18n;
    private final Supplier<DatasetIndexes> indexes;
    private final Supplier<EventIndex> shown;
    /** The order the user dragged the lanes into, per grouping, as lane keys; absent when they follow the sidebar. */
    private final Map<Grouping, List<String>> movedOrder = new EnumMap<>(Grouping.class);
    /** The sidebar's order when the user last moved a lane: a new sort replaces the user's order. */
    private final Map<Grouping, List<String>> sidebarOrderWhenMoved = new EnumMap<>(Grouping.class);

    /** What the lanes' events were last worked out from, and the result by lane key. */
    private Grouping assignedGrouping;

    private EventIndex assignedShown;
    private Dataset assignedDataset;
    private Map<String, EventIndex> assigned = Map.of();
    private boolean setting;

    TimelineLanes(
            TimelineView timeline,
            FilterSidebar sidebar,
            I18n i18n,
            Supplier<DatasetIndexes> indexes,
            Supplier<EventIndex> shown) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.sidebar = Objects.requireNonNull(sidebar, "sidebar");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.indexes = Objects.requireNonNull(indexes, "indexes");
        this.shown = Objects.requireNonNull(shown, "shown");
        grouping.addListener((o, old, now) -> {
            timeline.setLaneScroll(0);
            update();
        });
        timeline.lanesProperty().addListener((o, old, now) -> {
            if (!setting && grouping.get() != Grouping.NONE) {
                // The user moved a lane: remember their order for this grouping.
                movedOrder.put(grouping.get(), now.stream().map(Lane::key).toList());
                sidebarOrderWhenMoved.put(grouping.get(), sidebar.laneKeys(grouping.get()));
            }
        });
        sidebar.setOnOrderChange(this::update);
        i18n.localeProperty().addListener((o, old, now) -> update());
    }

    /** How the timeline is grouped; {@link Grouping#NONE} shows one band. */
    ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** Brings the lanes in line with the grouping, the shown events and the sidebar; cheap when nothing changed. */
    void update() {
        Grouping by = grouping.get();
        DatasetIndexes all = indexes.get();
        EventIndex events = shown.get();
        if (by == Grouping.NONE || all == null || events == null) {
            set(List.of(), "");
            return;
        }
        List<String> keys = inUserOrder(by, sidebar.laneKeys(by));
        if (by != assignedGrouping
                || events != assignedShown
                || all.dataset() != assignedDataset
                || !assigned.keySet().containsAll(keys)) {
            assigned = assign(all, events, by, keys);
            assignedGrouping = by;
            assignedShown = events;
            assignedDataset = all.dataset();
        }
        Dataset data = all.dataset();
        List<Lane> lanes = new ArrayList<>(keys.size());
        for (String key : keys) {
            lanes.add(new Lane(key, sidebar.laneName(by, key), color(data, by, key), assigned.get(key)));
        }
        if (!sameLanes(lanes, timeline.getLanes())) {
            set(lanes, i18n.text("lanes.heading." + by.id()));
        } else {
            timeline.setLaneHeading(i18n.text("lanes.heading." + by.id()));
        }
    }

    private void set(List<Lane> lanes, String heading) {
        setting = true;
        try {
            timeline.setLaneHeading(heading);
            timeline.setLanes(lanes);
        } finally {
            setting = false;
        }
    }

    /** The sidebar's lane keys in the order the user dragged them into, new keys where the sidebar has them. */
    private List<String> inUserOrder(Grouping by, List<String> sidebarOrder) {
        List<String> moved = movedOrder.get(by);
        if (moved == null) {
            return sidebarOrder;
        }
        List<String> before = sidebarOrderWhenMoved.get(by);
        if (before != null && !sameOrderOfCommon(before, sidebarOrder)) {
            // The sidebar was sorted another way since: its new order wins.
            movedOrder.remove(by);
            sidebarOrderWhenMoved.remove(by);
            return sidebarOrder;
        }
        LinkedHashSet<String> ordered = new LinkedHashSet<>();
        for (String key : moved) {
            if (sidebarOrder.contains(key)) {
                ordered.add(key);
            }
        }
        ordered.addAll(sidebarOrder);
        return List.copyOf(ordered);
    }

    /** Whether the keys two lists share come in the same order in both. */
    private static boolean sameOrderOfCommon(List<String> a, List<String> b) {
        List<String> inA = a.stream().filter(b::contains).toList();
        List<String> inB = b.stream().filter(a::contains).toList();
        return inA.equals(inB);
    }

    private static boolean sameLanes(List<Lane> a, List<Lane> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Lane x = a.get(i);
            Lane y = b.get(i);
            if (!x.key().equals(y.key()) || !x.name().equals(y.name()) || x.events() != y.events()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, EventIndex> assign(
            DatasetIndexes all, EventIndex events, Grouping by, List<String> keys) {
        List<EventIndex> indexes = all.lanes(events, keys, by);
        Map<String, EventIndex> byKey = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byKey.put(keys.get(i), indexes.get(i));
        }
        return byKey;
    }

    /**
     * The lanes of a grouping of shown events, for a picture drawn without a window: the lanes named and coloured as
     * in the window.
     *
     * @param all the dataset and its indexes
     * @param events the shown events: {@code all}'s index or a subset of it
     * @param keys the lanes' keys in order
     * @param names each key's name as shown
     */
    public static List<Lane> lanes(
            DatasetIndexes all, EventIndex events, Grouping by, List<String> keys, Function<String, String> names) {
        Dataset data = all.dataset();
        List<EventIndex> indexes = all.lanes(events, keys, by);
        List<Lane> lanes = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            lanes.add(new Lane(key, names.apply(key), color(data, by, key), indexes.get(i)));
        }
        return lanes;
    }

    /** A lane's swatch: the country's or category's colour; regions and "no country" have none. */
    private static Color color(Dataset data, Grouping by, String key) {
        String web = switch (by) {
            case COUNTRY -> {
                Country country = data.country(key);
                yield country == null ? null : country.color();
            }
            case CATEGORY -> {
                Category category = data.category(key);
                yield category == null ? null : category.color();
            }
            default -> null;
        };
        if (web == null || web.isBlank()) {
            return null;
        }
        try {
            return Color.web(web);
        } catch (IllegalArgumentException e) {
            return null; // the loader checks colours; a lane without a swatch is no loss
        }
    }
}
