package dev.timelineexplorer.model.edit;

import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One change to a dataset, as a command that turns a dataset into a new one: events taken out at their positions in
 * the list before, events put in at their positions in the list after, and countries replaced, added or removed.
 * Positions make the change exact, so its {@link #inverse()} gives back the very list it started from, ties in time
 * order included, and let the indexes update for just these events ({@code DatasetIndexes.apply}).
 *
 * <p>Build edits with {@link Edits}, which works out the positions; apply them with {@link #applyTo}.
 *
 * @param kind what it does, for its name in the Edit menu
 * @param subject the title of what it changes (an event's or a country's name), for its name
 * @param removed events taken out, by their positions in the list before, in increasing order
 * @param added events put in, by their positions in the list after, in increasing order
 * @param countries countries replaced, added or removed, applied in order
 */
public record Edit(
        EditKind kind, String subject, List<EventAt> removed, List<EventAt> added, List<CountryChange> countries) {
    public Edit {
        Objects.requireNonNull(kind, "kind");
        subject = Objects.requireNonNullElse(subject, "");
        removed = List.copyOf(removed);
        added = List.copyOf(added);
        countries = List.copyOf(countries);
        requireIncreasing(removed, "removed");
        requireIncreasing(added, "added");
    }

    private static void requireIncreasing(List<EventAt> events, String what) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).position() <= events.get(i - 1).position()) {
                throw new IllegalArgumentException(what + " positions must increase: " + events);
            }
        }
    }

    /** The change that undoes this one: what it added is removed and what it removed comes back, where it was. */
    public Edit inverse() {
        List<CountryChange> back = new ArrayList<>(countries.size());
        for (int i = countries.size() - 1; i >= 0; i--) {
            back.add(countries.get(i).inverse());
        }
        return new Edit(kind, subject, added, removed, back);
    }

    /**
     * The dataset with this change made. O(n) for n events: one copy of the list, no sorting.
     *
     * @throws IllegalArgumentException when the dataset is not the one the edit was made for (an event or country is
     *     not where the edit expects it)
     */
    public Dataset applyTo(Dataset dataset) {
        List<Event> events = dataset.events();
        for (EventAt at : removed) {
            if (at.position() >= events.size() || !events.get(at.position()).equals(at.event())) {
                throw new IllegalArgumentException("event " + at.event().id() + " is not at " + at.position());
            }
        }
        Splice splice = splice(events.size());
        Event[] spliced = new Event[splice.sizeAfter()];
        splice.copyKept(events.toArray(new Event[0]), spliced);
        for (EventAt at : added) {
            spliced[at.position()] = at.event();
        }
        List<Event> after = List.of(spliced);
        List<Country> countryList = dataset.countries();
        if (!countries.isEmpty()) {
            List<Country> changed = new ArrayList<>(countryList);
            for (CountryChange change : countries) {
                if (change.before() == null) {
                    changed.add(Math.min(change.position(), changed.size()), change.after());
                } else {
                    if (change.position() >= changed.size()
                            || !changed.get(change.position()).equals(change.before())) {
                        throw new IllegalArgumentException(
                                "country " + change.before().code() + " is not at " + change.position());
                    }
                    if (change.after() == null) {
                        changed.remove(change.position());
                    } else {
                        changed.set(change.position(), change.after());
                    }
                }
            }
            countryList = changed;
        }
        Dataset result = new Dataset(
                dataset.title(),
                dataset.description(),
                dataset.settings(),
                countryList,
                dataset.categories(),
                dataset.eras(),
                after);
        // Fields of the file the format does not define go with it (a copy only when there are some).
        return dataset.extras().isEmpty() ? result : result.withExtras(dataset.extras());
    }

    /** Where the events kept go, for the dataset and for its indexes alike. */
    public Splice splice(int sizeBefore) {
        int[] out = new int[removed.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = removed.get(i).position();
        }
        int[] in = new int[added.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = added.get(i).position();
        }
        return new Splice(sizeBefore, out, in);
    }
}
