package dev.timelineexplorer.index;

import dev.timelineexplorer.model.Dataset;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A dataset with the indexes the app queries it through: the time index of all its events and the filter index.
 * Built together, on two threads, as the two are independent and each takes a few hundred milliseconds for a million
 * events.
 *
 * @param dataset the dataset
 * @param events the time index of all its events
 * @param filter the country, category and text index of its events
 */
public record DatasetIndexes(Dataset dataset, EventIndex events, FilterIndex filter) {
    public DatasetIndexes {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(filter, "filter");
    }

    /** Indexes a dataset, the two indexes at once. */
    public static DatasetIndexes of(Dataset dataset) {
        CompletableFuture<FilterIndex> filter = CompletableFuture.supplyAsync(() -> new FilterIndex(dataset.events()));
        EventIndex events = EventIndex.of(dataset.events());
        try {
            return new DatasetIndexes(dataset, events, filter.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The time index of the events a filter lets through: the whole index when it lets all through. */
    public EventIndex shown(EventFilter filter) {
        return filter.equals(EventFilter.NONE) ? events : events.subset(this.filter.matching(filter));
    }
}
