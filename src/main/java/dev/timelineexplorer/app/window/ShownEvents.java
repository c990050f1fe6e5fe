package dev.timelineexplorer.app.window;

import dev.timelineexplorer.index.CountryTimeIndex;
import dev.timelineexplorer.index.DatasetIndexes;
import dev.timelineexplorer.index.EventFilter;
import dev.timelineexplorer.index.EventIndex;
import dev.timelineexplorer.index.FacetCounts;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The events the filters let through, as an index, worked out off the JavaFX thread: a filter change is a request,
 * and the view keeps showing the previous result until the new one is ready. A newer request supersedes an older
 * one: only the result of the latest is ever shown. Results are published on the JavaFX thread, with the sidebar's
 * faceted counts for the same filter.
 */
public final class ShownEvents {
    private final Executor executor;
    private final ReadOnlyObjectWrapper<EventIndex> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<EventFilter> applied = new ReadOnlyObjectWrapper<>(this, "applied");
    private final ReadOnlyObjectWrapper<FacetCounts> facets =
            new ReadOnlyObjectWrapper<>(this, "facets", FacetCounts.NONE);
    private final ReadOnlyObjectWrapper<CountryTimeIndex> countryTimes =
            new ReadOnlyObjectWrapper<>(this, "countryTimes", CountryTimeIndex.EMPTY);
    private DatasetIndexes indexes;
    /** Counts requests; a result is kept only when no request came after it. */
    private volatile long generation;

    private long published;
    private long facetsPublished;

    /** @param executor where filtering runs, one request at a time */
    ShownEvents(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** The shown events, in time order; null before a dataset. */
    public ReadOnlyObjectProperty<EventIndex> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The filter the shown events were chosen by. */
    public ReadOnlyObjectProperty<EventFilter> appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    /** For each country and category, how many events would show with it checked, under the applied filter. */
    public ReadOnlyObjectProperty<FacetCounts> facetsProperty() {
        return facets.getReadOnlyProperty();
    }

    /** The shown events by country and time, for the map's counts. */
    public ReadOnlyObjectProperty<CountryTimeIndex> countryTimesProperty() {
        return countryTimes.getReadOnlyProperty();
    }

    /** The dataset and indexes filtered, or null. */
    public DatasetIndexes indexes() {
        return indexes;
    }

    /** Shows a new dataset through a filter, at once (for a dataset just loaded, computed on the loader thread). */
    public void reset(DatasetIndexes value, EventFilter filter) {
        indexes = value;
        long request = ++generation;
        published = request;
        applied.set(filter);
        shown.set(value.shown(filter));
        EventIndex first = shown.get();
        executor.execute(() -> {
            FacetCounts counts = value.filter().facets(filter);
            CountryTimeIndex times = CountryTimeIndex.of(first);
            Platform.runLater(() -> {
                if (request == generation && value == indexes) {
                    facetsPublished = request;
                    facets.set(counts);
                    countryTimes.set(times);
                }
            });
        });
    }

    /** Asks for the events a filter lets through; the result replaces the shown events when it is ready. */
    public void request(EventFilter filter) {
        DatasetIndexes target = indexes;
        if (target == null || filter.equals(applied.get()) && published == generation) {
            return;
        }
        long request = ++generation;
        executor.execute(() -> {
            if (request != generation) {
                return; // a newer request is queued: skip the work
            }
            EventIndex result = target.shown(filter);
            FacetCounts counts = target.filter().facets(filter);
            CountryTimeIndex times = CountryTimeIndex.of(result);
            Platform.runLater(() -> {
                if (request == generation && target == indexes) {
                    published = request;
                    applied.set(filter);
                    shown.set(result);
                    facetsPublished = request;
                    facets.set(counts);
                    countryTimes.set(times);
                }
            });
        });
    }

    /** Whether the shown events and the counts answer the latest request: no filtering is pending. */
    public boolean isSettled() {
        return published == generation && facetsPublished == generation;
    }
}
