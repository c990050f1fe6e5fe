package dev.timelineexplorer.index;

import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.edit.Splice;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Precomputed membership of events in countries and categories, as bit sets over the events' positions, so that a
 * filter change is a handful of bit operations rather than a pass over every event's fields. Text search folds each
 * event's text once, on the first query.
 *
 * <p>Positions are indices into the list given to the constructor (sorted by start), so the result of {@link
 * #apply} lists events in the same order. Safe to use from several threads at once (the window's and the filtering
 * thread, when a reload keeps a typed search): the membership sets are immutable once built, and the folded search
 * texts, built on the first query because a million events' texts take time and memory, are built once under a
 * lock and published through volatile fields.
 */
public final class FilterIndex {
    private static final char FIELD_SEPARATOR = '\u0001';

    private final List<Event> events;
    private final Map<String, BitSet> byCountry = new HashMap<>();
    private final Map<String, BitSet> byCategory = new HashMap<>();
    private volatile String[] searchText;
    private volatile String[] initialsText;
    /** How many times a search text was built, for tests: once each at most. */
    private final java.util.concurrent.atomic.AtomicInteger textBuilds =
            new java.util.concurrent.atomic.AtomicInteger();

    public FilterIndex(List<Event> events) {
        this.events = List.copyOf(events);
        int n = this.events.size();
        // Sized for all events at once: growing a million-bit set step by step copies it again and again.
        Function<String, BitSet> newSet = k -> new BitSet(n);
        for (int i = 0; i < n; i++) {
            addMember(i, newSet);
        }
    }

    private void addMember(int position, Function<String, BitSet> newSet) {
        Event event = events.get(position);
        List<String> codes = event.countryCodes();
        if (codes.isEmpty()) {
            byCountry.computeIfAbsent(EventFilter.NO_COUNTRY, newSet).set(position);
        }
        for (int c = 0; c < codes.size(); c++) {
            byCountry.computeIfAbsent(codes.get(c), newSet).set(position);
        }
        String category = event.categoryId() == null ? EventFilter.NO_CATEGORY : event.categoryId();
        byCategory.computeIfAbsent(category, newSet).set(position);
    }

    /**
     * The index of the events after an edit, from this one: each set's members move to their new positions and the
     * added events join theirs; search texts already folded are moved too, and only the added events' are folded.
     * O(members + n / 64 per set), a fraction of indexing again.
     *
     * @param eventsAfter the dataset's events after the edit
     * @param splice how the positions moved
     */
    public FilterIndex splice(List<Event> eventsAfter, Splice splice) {
        return new FilterIndex(this, eventsAfter, splice);
    }

    private FilterIndex(FilterIndex before, List<Event> eventsAfter, Splice splice) {
        this.events = List.copyOf(eventsAfter);
        int n = events.size();
        remap(before.byCountry, byCountry, splice);
        remap(before.byCategory, byCategory, splice);
        int[] added = splice.added();
        Function<String, BitSet> newSet = k -> new BitSet(n);
        for (int p : added) {
            addMember(p, newSet);
        }
        String[] text = before.searchText;
        if (text != null) {
            String[] after = new String[n];
            splice.copyKept(text, after);
            for (int p : added) {
                after[p] = TextNormalizer.fold(allText(events.get(p)));
            }
            searchText = after;
        }
        String[] initials = before.initialsText;
        if (initials != null) {
            String[] after = new String[n];
            splice.copyKept(initials, after);
            for (int p : added) {
                after[p] = TextNormalizer.initials(allText(events.get(p)), FIELD_SEPARATOR);
            }
            initialsText = after;
        }
    }

    /** Moves every set's members to their positions after an edit; sets left empty are dropped, as a new index has none. */
    private static void remap(Map<String, BitSet> from, Map<String, BitSet> to, Splice splice) {
        for (Map.Entry<String, BitSet> entry : from.entrySet()) {
            BitSet after = splice.moveBits(entry.getValue());
            if (!after.isEmpty()) {
                to.put(entry.getKey(), after);
            }
        }
    }

    /** The events, in the order positions refer to. */
    public List<Event> events() {
        return events;
    }

    /**
     * The positions of the events of a lane key under a grouping: those involving a country, those of a region's
     * countries (for regions, {@code regionOf} names each country's region key), or those of a category. A new set,
     * the caller's to change.
     */
    BitSet groupMembers(Grouping grouping, String key, java.util.function.Function<String, String> regionOf) {
        int n = events.size();
        BitSet members = new BitSet(n);
        switch (grouping) {
            case COUNTRY -> {
                BitSet bits = byCountry.get(key);
                if (bits != null) {
                    members.or(bits);
                }
            }
            case REGION -> {
                for (Map.Entry<String, BitSet> entry : byCountry.entrySet()) {
                    String code = entry.getKey();
                    String region = code.equals(EventFilter.NO_COUNTRY) ? Grouping.OTHER : regionOf.apply(code);
                    if (key.equals(region)) {
                        members.or(entry.getValue());
                    }
                }
            }
            case CATEGORY -> {
                BitSet bits = byCategory.get(key);
                if (bits != null) {
                    members.or(bits);
                }
            }
            case NONE -> {}
        }
        return members;
    }

    /** How many events involve a country ({@link EventFilter#NO_COUNTRY} for those with none). */
    public int countryCount(String code) {
        BitSet bits = byCountry.get(code);
        return bits == null ? 0 : bits.cardinality();
    }

    /** How many events are in a category ({@link EventFilter#NO_CATEGORY} for those without one). */
    public int categoryCount(String id) {
        BitSet bits = byCategory.get(id);
        return bits == null ? 0 : bits.cardinality();
    }

    /** The positions of the events the filter lets through. */
    public BitSet matching(EventFilter filter) {
        BitSet result = countryMatches(filter);
        result.and(categoryAndQueryMatches(filter));
        return result;
    }

    /**
     * Faceted counts: for each country, how many events would show with it checked, everything else in the filter
     * unchanged; for each category, the same with that category checked. Codes and ids with no event get no entry.
     */
    public FacetCounts facets(EventFilter filter) {
        int n = events.size();
        BitSet others = categoryAndQueryMatches(filter);
        if (filter.matchAll()) {
            // With a country checked in "all" mode, an event must involve every checked country and it.
            for (Map.Entry<String, BitSet> entry : byCountry.entrySet()) {
                if (!entry.getKey().equals(EventFilter.NO_COUNTRY)
                        && !filter.hiddenCountries().contains(entry.getKey())) {
                    others.and(entry.getValue());
                }
            }
        }
        Map<String, Integer> countries = new HashMap<>();
        BitSet scratch = new BitSet(n);
        for (Map.Entry<String, BitSet> entry : byCountry.entrySet()) {
            scratch.clear();
            scratch.or(entry.getValue());
            scratch.and(others);
            countries.put(entry.getKey(), scratch.cardinality());
        }
        BitSet countriesAndQuery = countryMatches(filter);
        countriesAndQuery.and(queryMatches(filter.query(), n));
        Map<String, Integer> categories = new HashMap<>();
        for (Map.Entry<String, BitSet> entry : byCategory.entrySet()) {
            scratch.clear();
            scratch.or(entry.getValue());
            scratch.and(countriesAndQuery);
            categories.put(entry.getKey(), scratch.cardinality());
        }
        return new FacetCounts(countries, categories);
    }

    /** The events the checked countries let through, in the filter's match mode. */
    private BitSet countryMatches(EventFilter filter) {
        int n = events.size();
        BitSet result = new BitSet(n);
        if (filter.matchAll()) {
            result.set(0, n);
            boolean anyChecked = false;
            for (Map.Entry<String, BitSet> entry : byCountry.entrySet()) {
                String code = entry.getKey();
                if (!code.equals(EventFilter.NO_COUNTRY)
                        && !filter.hiddenCountries().contains(code)) {
                    result.and(entry.getValue());
                    anyChecked = true;
                }
            }
            if (!anyChecked) {
                result.clear();
            }
        } else {
            for (Map.Entry<String, BitSet> entry : byCountry.entrySet()) {
                if (!filter.hiddenCountries().contains(entry.getKey())) {
                    result.or(entry.getValue());
                }
            }
        }
        return result;
    }

    /** The events the checked categories and the search let through. */
    private BitSet categoryAndQueryMatches(EventFilter filter) {
        BitSet result = queryMatches(filter.query(), events.size());
        for (String id : filter.hiddenCategories()) {
            BitSet bits = byCategory.get(id);
            if (bits != null) {
                result.andNot(bits);
            }
        }
        return result;
    }

    /**
     * The events whose text contains the query, in any of its languages; a query made only of Hangul initial
     * consonants (초성, "ㅎㄱㅈㅈ") matches the initials of the text ("한국전쟁"). All events for an empty query.
     */
    private BitSet queryMatches(String rawQuery, int n) {
        BitSet result = new BitSet(n);
        result.set(0, n);
        String initials = TextNormalizer.initialsQuery(rawQuery);
        String query = initials != null ? initials : TextNormalizer.fold(rawQuery);
        if (!query.isEmpty()) {
            String[] text = initials != null ? initialsText() : searchText();
            for (int i = 0; i < n; i++) {
                if (!text[i].contains(query)) {
                    result.clear(i);
                }
            }
        }
        return result;
    }

    /** The events the filter lets through, in start order. */
    public List<Event> apply(EventFilter filter) {
        if (filter.equals(EventFilter.NONE)) {
            return events;
        }
        BitSet matching = matching(filter);
        Event[] result = new Event[matching.cardinality()];
        int j = 0;
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            result[j++] = events.get(i);
        }
        // No copy: a million-element List.of would copy the array again.
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(result));
    }

    private String[] searchText() {
        String[] built = searchText;
        if (built == null) {
            synchronized (this) {
                built = searchText;
                if (built == null) {
                    textBuilds.incrementAndGet();
                    built = new String[events.size()];
                    for (int i = 0; i < built.length; i++) {
                        built[i] = TextNormalizer.fold(allText(events.get(i)));
                    }
                    searchText = built;
                }
            }
        }
        return built;
    }

    private String[] initialsText() {
        String[] built = initialsText;
        if (built == null) {
            synchronized (this) {
                built = initialsText;
                if (built == null) {
                    textBuilds.incrementAndGet();
                    built = new String[events.size()];
                    for (int i = 0; i < built.length; i++) {
                        built[i] = TextNormalizer.initials(allText(events.get(i)), FIELD_SEPARATOR);
                    }
                    initialsText = built;
                }
            }
        }
        return built;
    }

    /** How many search texts have been built (at most two: the folded text and the initials). */
    int searchTextBuilds() {
        return textBuilds.get();
    }

    /**
     * An event's words in every language it has, fields joined by a control character that folding keeps, so that a
     * query never matches across the end of one field and the start of the next.
     */
    private static String allText(Event event) {
        StringBuilder all = new StringBuilder();
        if (event.texts() == null) {
            all.append(event.title())
                    .append(FIELD_SEPARATOR)
                    .append(event.summary())
                    .append(FIELD_SEPARATOR)
                    .append(event.description());
        } else {
            for (var text : java.util.List.of(
                    event.texts().title(),
                    event.texts().summary(),
                    event.texts().description())) {
                for (String value : text.values().values()) {
                    all.append(value).append(FIELD_SEPARATOR);
                }
            }
        }
        for (String tag : event.tags()) {
            all.append(FIELD_SEPARATOR).append(tag);
        }
        return all.toString();
    }
}
