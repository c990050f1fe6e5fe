package dev.timelineexplorer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.LocalizedText;
import dev.timelineexplorer.model.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LaneAssignmentProperties {
    /** Countries in three regions, one without a region, and an organisation. */
    private static final List<Country> COUNTRIES = List.of(
            new Country("KR", LocalizedText.of("Korea"), "#000000", CountryKind.COUNTRY, Region.ASIA, List.of()),
            new Country("JP", LocalizedText.of("Japan"), "#000000", CountryKind.COUNTRY, Region.ASIA, List.of()),
            new Country("FR", LocalizedText.of("France"), "#000000", CountryKind.COUNTRY, Region.EUROPE, List.of()),
            new Country("US", LocalizedText.of("USA"), "#000000", CountryKind.COUNTRY, Region.AMERICAS, List.of()),
            new Country("XX", LocalizedText.of("Nowhere"), "#000000", CountryKind.COUNTRY, null, List.of()),
            new Country("UN", LocalizedText.of("UN"), "#000000", CountryKind.ORGANIZATION, null, List.of()));

    private static final List<String> CATEGORIES = List.of("war", "treaty", "summit");

    /** A generated case: the events, the grouping, and which lane keys are asked for. */
    record Case(Dataset dataset, Grouping grouping, List<String> keys) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Event> event = Combinators.combine(
                        Arbitraries.integers().between(1900, 2020),
                        Arbitraries.of(COUNTRIES).map(Country::code).list().ofMaxSize(4),
                        Arbitraries.of("war", "treaty", "summit", "").injectNull(0.1))
                .as((year, codes, category) -> new Event(
                        "e" + year + codes + category,
                        "Event",
                        HistoricalDate.ofYear(year),
                        null,
                        codes,
                        category == null || category.isEmpty() ? null : category,
                        "",
                        "",
                        List.of(),
                        List.of(),
                        null));
        Arbitrary<List<Event>> events = event.list().ofMaxSize(60).map(list -> {
            List<Event> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingLong(Event::startDay));
            return sorted;
        });
        Arbitrary<Grouping> grouping = Arbitraries.of(Grouping.COUNTRY, Grouping.REGION, Grouping.CATEGORY);
        return Combinators.combine(events, grouping, Arbitraries.integers().between(0, 1 << 10))
                .as((list, by, mask) -> {
                    Dataset dataset = new Dataset(
                            "t",
                            "",
                            COUNTRIES,
                            CATEGORIES.stream()
                                    .map(id -> new Category(id, id, "#123456"))
                                    .toList(),
                            List.of(),
                            list);
                    List<String> all = allKeys(by);
                    List<String> chosen = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        if ((mask & (1 << i)) != 0) {
                            chosen.add(all.get(i));
                        }
                    }
                    return new Case(dataset, by, chosen);
                });
    }

    private static List<String> allKeys(Grouping by) {
        return switch (by) {
            case COUNTRY -> List.of("KR", "JP", "FR", "US", "XX", "UN", EventFilter.NO_COUNTRY);
            case REGION -> List.of("asia", "europe", "americas", Grouping.ORGANIZATIONS, Grouping.OTHER);
            case CATEGORY -> List.of("war", "treaty", "summit", EventFilter.NO_CATEGORY);
            case NONE -> List.of();
        };
    }

    /** The lanes an event should be in, worked out directly from its countries and category. */
    private static Set<String> expectedKeys(Event event, Grouping by) {
        Set<String> keys = new LinkedHashSet<>();
        switch (by) {
            case COUNTRY -> {
                keys.addAll(event.countryCodes());
                if (event.countryCodes().isEmpty()) {
                    keys.add(EventFilter.NO_COUNTRY);
                }
            }
            case REGION -> {
                for (String code : event.countryCodes()) {
                    Country country = COUNTRIES.stream()
                            .filter(c -> c.code().equals(code))
                            .findFirst()
                            .orElseThrow();
                    keys.add(
                            country.kind() == CountryKind.ORGANIZATION
                                    ? Grouping.ORGANIZATIONS
                                    : country.region() == null
                                            ? Grouping.OTHER
                                            : country.region().id());
                }
                if (event.countryCodes().isEmpty()) {
                    keys.add(Grouping.OTHER);
                }
            }
            case CATEGORY -> keys.add(event.categoryId() == null ? EventFilter.NO_CATEGORY : event.categoryId());
            case NONE -> {}
        }
        return keys;
    }

    @Property(tries = 300)
    void givenShownEvents_whenAssignedToLanes_thenEachEventIsOnceInExactlyTheLanesOfItsGroups(
            @ForAll("cases") Case given) {
        EventIndex shown = EventIndex.of(given.dataset().events());

        List<EventIndex> lanes = LaneAssignment.assign(shown, given.keys(), given.dataset(), given.grouping());

        assertThat(lanes).hasSize(given.keys().size());
        for (int lane = 0; lane < lanes.size(); lane++) {
            String key = given.keys().get(lane);
            List<Event> inLane = lanes.get(lane).events();
            Set<Event> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            distinct.addAll(inLane);
            assertThat(distinct).as("no event twice in lane %s", key).hasSize(inLane.size());
            List<Event> expected = given.dataset().events().stream()
                    .filter(e -> expectedKeys(e, given.grouping()).contains(key))
                    .toList();
            assertThat(inLane).as("lane %s", key).containsExactlyElementsOf(expected);
        }
    }

    @Property(tries = 200)
    void givenADatasetsIndexes_whenLanesAreTakenFromTheMembershipSets_thenTheyAreThoseOfTheRule(
            @ForAll("cases") Case given, @ForAll boolean filtered) {
        DatasetIndexes indexes = DatasetIndexes.of(given.dataset());
        // Shown: every event, or those of Korea and Japan (a subset of the index, as a filter gives).
        EventIndex shown = filtered
                ? indexes.shown(EventFilter.NONE.withHiddenCountries(Set.of("FR", "US", "XX", "UN", "")))
                : indexes.shown(EventFilter.NONE);

        List<EventIndex> fast = indexes.lanes(shown, given.keys(), given.grouping());
        List<EventIndex> rule = LaneAssignment.assign(shown, given.keys(), given.dataset(), given.grouping());

        assertThat(fast).hasSameSizeAs(rule);
        for (int lane = 0; lane < rule.size(); lane++) {
            EventIndex a = fast.get(lane);
            EventIndex b = rule.get(lane);
            assertThat(a.events()).containsExactlyElementsOf(b.events());
            // The same answers to the queries drawing asks, over the whole range and a part of it.
            for (double day : new double[] {-30000, 0, 10000, 20000, 40000}) {
                assertThat(a.countStartingBefore(day)).isEqualTo(b.countStartingBefore(day));
                assertThat(a.countEndedBy(day)).isEqualTo(b.countEndedBy(day));
                assertThat(a.countIntersecting(day - 5000, day)).isEqualTo(b.countIntersecting(day - 5000, day));
            }
            for (Event event : b.events()) {
                assertThat(a.positionOf(event)).isEqualTo(b.positionOf(event));
            }
        }
    }

    @Example
    void givenTheSameKeyTwice_whenAssigned_thenItIsRefused() {
        Dataset dataset = new Dataset("t", "", COUNTRIES, List.of(), List.of(), List.of());

        assertThatThrownBy(() ->
                        LaneAssignment.assign(EventIndex.of(List.of()), List.of("KR", "KR"), dataset, Grouping.COUNTRY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KR");
    }
}
