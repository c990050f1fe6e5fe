package dev.timelineexplorer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class FilterIndexProperties {

    private static final List<String> COUNTRIES = List.of("KR", "JP", "CN", "US");
    private static final List<String> CATEGORIES = List.of("war", "treaty", "trade");
    /** Words for event text, with accents and capitals that search must see through. */
    private static final List<String> WORDS =
            List.of("Treaty", "Trëaty", "TREATY", "Séoul", "seoul", "Battle", "peace", "Ĉongress", "Naïve", "of");
    /** Queries: words from the text in other spellings, fragments, and words found nowhere. */
    private static final List<String> QUERIES = List.of(
            "treaty",
            "TRËATY",
            "Treaty",
            "trëaty",
            "SÉOUL",
            "seoul",
            "Seoul",
            "battle",
            "Peace",
            "congress",
            "CONGRESS",
            "naive",
            "NAÏVE",
            "eat",
            "  treaty  ",
            "armistice",
            "Ǆ");

    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<List<String>> countries =
                Arbitraries.of(COUNTRIES).set().ofMaxSize(3).map(List::copyOf);
        Arbitrary<String> category = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((String) null)), Tuple.of(3, Arbitraries.of(CATEGORIES)));
        Arbitrary<String> title = words(1, 3);
        Arbitrary<String> summary = words(0, 2);
        Arbitrary<String> description = Combinators.combine(words(0, 2), words(0, 2))
                .as((first, second) -> second.isEmpty() ? first : first + "\n\n" + second);
        Arbitrary<List<String>> tags = Arbitraries.of(WORDS).list().ofMaxSize(2);
        Arbitrary<Integer> day = Arbitraries.integers().between(-1000, 1000);
        return Combinators.combine(countries, category, title, summary, description, tags, day)
                .as((codes, cat, t, s, d, tg, start) -> new Event(
                        "e" + start, t, HistoricalDate.ofEpochDay(start), null, codes, cat, s, d, List.of(), tg, null))
                .list()
                .ofMaxSize(40)
                .map(list -> list.stream()
                        .sorted((a, b) -> Long.compare(a.startDay(), b.startDay()))
                        .toList());
    }

    private static Arbitrary<String> words(int min, int max) {
        return Arbitraries.of(WORDS).list().ofMinSize(min).ofMaxSize(max).map(list -> String.join(" ", list));
    }

    @Provide
    Arbitrary<EventFilter> filters() {
        Arbitrary<Set<String>> hiddenCountries = Arbitraries.of(
                        Stream.concat(COUNTRIES.stream(), Stream.of(EventFilter.NO_COUNTRY, "ZZ"))
                                .toList())
                .set()
                .ofMaxSize(6);
        Arbitrary<Set<String>> hiddenCategories = Arbitraries.of(
                        Stream.concat(CATEGORIES.stream(), Stream.of(EventFilter.NO_CATEGORY))
                                .toList())
                .set()
                .ofMaxSize(4);
        Arbitrary<String> query =
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of("", "   ")), Tuple.of(3, Arbitraries.of(QUERIES)));
        return Combinators.combine(hiddenCountries, Arbitraries.of(true, false), hiddenCategories, query)
                .as(EventFilter::new);
    }

    @Property(tries = 500)
    void givenEventsAndAFilter_whenApplying_thenItShowsWhatTheDocumentedRulesShow(
            @ForAll("events") List<Event> events, @ForAll("filters") EventFilter filter) {
        // Given
        FilterIndex index = new FilterIndex(events);
        Set<String> datasetCountries = new LinkedHashSet<>();
        events.forEach(e -> datasetCountries.addAll(e.countryCodes()));

        // When
        List<Event> shown = index.apply(filter);
        BitSet matching = index.matching(filter);

        // Then
        List<Event> expected = new ArrayList<>();
        BitSet expectedBits = new BitSet();
        for (int i = 0; i < events.size(); i++) {
            if (shows(filter, datasetCountries, events.get(i))) {
                expected.add(events.get(i));
                expectedBits.set(i);
            }
        }
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(matching).isEqualTo(expectedBits);
    }

    @Property(tries = 200)
    void givenEvents_whenCountingByCountryAndCategory_thenCountsMatchAScan(@ForAll("events") List<Event> events) {
        // Given
        FilterIndex index = new FilterIndex(events);

        // Then
        for (String code : Stream.concat(COUNTRIES.stream(), Stream.of("ZZ")).toList()) {
            assertThat(index.countryCount(code)).isEqualTo((int)
                    events.stream().filter(e -> e.countryCodes().contains(code)).count());
        }
        assertThat(index.countryCount(EventFilter.NO_COUNTRY)).isEqualTo((int)
                events.stream().filter(e -> e.countryCodes().isEmpty()).count());
        for (String id : CATEGORIES) {
            assertThat(index.categoryCount(id)).isEqualTo((int)
                    events.stream().filter(e -> id.equals(e.categoryId())).count());
        }
        assertThat(index.categoryCount(EventFilter.NO_CATEGORY)).isEqualTo((int)
                events.stream().filter(e -> e.categoryId() == null).count());
        assertThat(index.apply(EventFilter.NONE)).containsExactlyElementsOf(events);
    }

    /** The filter rules as documented, written as plainly as possible. */
    private static boolean shows(EventFilter filter, Set<String> datasetCountries, Event event) {
        Set<String> hidden = filter.hiddenCountries();
        boolean byCountry;
        if (filter.matchAll()) {
            List<String> checked = datasetCountries.stream()
                    .filter(code -> !code.equals(EventFilter.NO_COUNTRY) && !hidden.contains(code))
                    .toList();
            byCountry = !checked.isEmpty() && event.countryCodes().containsAll(checked);
        } else if (event.countryCodes().isEmpty()) {
            byCountry = !hidden.contains(EventFilter.NO_COUNTRY);
        } else {
            byCountry = event.countryCodes().stream().anyMatch(code -> !hidden.contains(code));
        }
        String category = event.categoryId() == null ? EventFilter.NO_CATEGORY : event.categoryId();
        boolean byCategory = !filter.hiddenCategories().contains(category);
        return byCountry && byCategory && matchesQuery(filter.query(), event);
    }

    private static boolean matchesQuery(String query, Event event) {
        String wanted = TextNormalizer.fold(query.strip());
        if (wanted.isEmpty()) {
            return true;
        }
        List<String> fields = new ArrayList<>(List.of(event.title(), event.summary(), event.description()));
        fields.addAll(event.tags());
        return fields.stream().anyMatch(field -> TextNormalizer.fold(field).contains(wanted));
    }
}
