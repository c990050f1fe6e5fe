package dev.timelineexplorer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterIndexTest {

    private static Event event(String title, int year, String category, String... countries) {
        return new Event(
                title.toLowerCase(Locale.ROOT).replace(' ', '-'),
                title,
                HistoricalDate.ofYear(year),
                null,
                List.of(countries),
                category,
                "",
                "",
                List.of(),
                List.of(),
                null);
    }

    private static List<String> titles(List<Event> events) {
        return events.stream().map(Event::title).toList();
    }

    @Test
    void givenAnyMode_whenUncheckingOneCountry_thenEventsOnlyInvolvingItHideButSharedOnesStay() {
        // Given
        FilterIndex index = new FilterIndex(List.of(
                event("Korean war", 1950, "war", "KR"),
                event("Tokyo Olympics", 1964, null, "JP"),
                event("Treaty of Basic Relations", 1965, "treaty", "KR", "JP"),
                event("Comet sighted", 1970, null)));

        // When
        List<Event> shown = index.apply(EventFilter.NONE.withHiddenCountries(Set.of("KR")));

        // Then
        assertThat(titles(shown)).containsExactly("Tokyo Olympics", "Treaty of Basic Relations", "Comet sighted");
    }

    @Test
    void givenAnyMode_whenUncheckingNoCountry_thenEventsWithoutCountriesHide() {
        // Given
        FilterIndex index =
                new FilterIndex(List.of(event("Korean war", 1950, "war", "KR"), event("Comet sighted", 1970, null)));

        // When
        List<Event> shown = index.apply(EventFilter.NONE.withHiddenCountries(Set.of(EventFilter.NO_COUNTRY)));

        // Then
        assertThat(titles(shown)).containsExactly("Korean war");
    }

    @Test
    void givenAllModeWithTwoCountriesChecked_whenApplying_thenOnlyTheirSharedEventsShow() {
        // Given: KR and JP checked, CN unchecked
        FilterIndex index = new FilterIndex(List.of(
                event("Korean war", 1950, "war", "KR", "CN"),
                event("Tokyo Olympics", 1964, null, "JP"),
                event("Treaty of Basic Relations", 1965, "treaty", "KR", "JP"),
                event("Trilateral summit", 2008, null, "KR", "JP", "CN"),
                event("Comet sighted", 1970, null)));
        EventFilter filter =
                EventFilter.NONE.withMatchAll(true).withHiddenCountries(Set.of("CN", EventFilter.NO_COUNTRY));

        // When
        List<Event> shown = index.apply(filter);

        // Then
        assertThat(titles(shown)).containsExactly("Treaty of Basic Relations", "Trilateral summit");
    }

    @Test
    void givenAllModeWithEveryCountryUnchecked_whenApplying_thenNothingShows() {
        // Given
        FilterIndex index =
                new FilterIndex(List.of(event("Korean war", 1950, "war", "KR"), event("Comet sighted", 1970, null)));

        // When
        List<Event> shown = index.apply(EventFilter.NONE.withMatchAll(true).withHiddenCountries(Set.of("KR")));

        // Then
        assertThat(shown).isEmpty();
    }

    @Test
    void givenAccentedTitles_whenSearchingWithoutAccentsOrWithOtherCase_thenTheyAreFound() {
        // Given
        FilterIndex index = new FilterIndex(List.of(
                event("Treaty of Ganghwa", 1876, "treaty", "KR", "JP"),
                event("Olympics in Seoul", 1988, null, "KR"),
                event("Summit in Séoul", 2000, null, "KR")));

        // When
        List<Event> seoul = index.apply(EventFilter.NONE.withQuery("SEOUL"));
        List<Event> treaty = index.apply(EventFilter.NONE.withQuery("trëaty"));

        // Then
        assertThat(titles(seoul)).containsExactly("Olympics in Seoul", "Summit in Séoul");
        assertThat(titles(treaty)).containsExactly("Treaty of Ganghwa");
    }

    @Test
    void givenAHiddenCategory_whenApplying_thenItsEventsHideAndUncategorisedOnesStay() {
        // Given
        FilterIndex index = new FilterIndex(List.of(
                event("Korean war", 1950, "war", "KR"),
                event("Treaty of Basic Relations", 1965, "treaty", "KR", "JP"),
                event("Comet sighted", 1970, null)));

        // When
        List<Event> shown = index.apply(EventFilter.NONE.withHiddenCategories(Set.of("war")));

        // Then
        assertThat(titles(shown)).containsExactly("Treaty of Basic Relations", "Comet sighted");
    }

    @Test
    void givenAQueryOfTwoWords_whenSearching_thenItMatchesWithinOneFieldOnlyAndIgnoresExtraSpaces() {
        Event split = new Event(
                "a",
                "Peace",
                HistoricalDate.ofYear(2000),
                null,
                List.of(),
                null,
                "treaty signed",
                "",
                List.of(),
                List.of(),
                null);
        Event whole = new Event(
                "b",
                "Peace  Treaty",
                HistoricalDate.ofYear(2001),
                null,
                List.of(),
                null,
                "",
                "",
                List.of(),
                List.of(),
                null);
        FilterIndex index = new FilterIndex(List.of(split, whole));

        List<Event> found = index.apply(EventFilter.NONE.withQuery("peace treaty"));
        List<Event> foundWithDoubleSpace = index.apply(EventFilter.NONE.withQuery("peace  treaty"));

        assertThat(found).containsExactly(whole);
        assertThat(foundWithDoubleSpace).containsExactly(whole);
    }

    private static FilterIndex fourEvents() {
        return new FilterIndex(List.of(
                event("Korean war", 1950, "war", "KR", "US", "CN"),
                event("Treaty with Japan", 1965, "treaty", "KR", "JP"),
                event("Korus treaty", 2007, "treaty", "KR", "US"),
                event("Tokyo Olympics", 1964, null, "JP")));
    }

    @Test
    void givenAnyModeWithACategoryHidden_whenCountingFacets_thenEachCountryCountsWhatItWouldShowUnderTheOtherFilters() {
        // Given: Japan unchecked, wars hidden
        FilterIndex index = fourEvents();
        EventFilter filter = new EventFilter(Set.of("JP"), false, Set.of("war"), "");

        // When
        FacetCounts facets = index.facets(filter);

        // Then: Japan counts what checking it would show (its treaty and the Olympics), though it is unchecked now
        assertThat(facets.country("JP")).isEqualTo(2);
        assertThat(facets.country("KR")).isEqualTo(2);
        assertThat(facets.country("CN")).as("its only event is a war, hidden").isZero();
        assertThat(facets.country("FR")).isZero();
        // and each category counts what it would show under the country filter
        assertThat(facets.category("war")).isEqualTo(1);
        assertThat(facets.category("treaty")).isEqualTo(2);
        assertThat(facets.category(EventFilter.NO_CATEGORY))
                .as("the Olympics involve only Japan")
                .isZero();
    }

    @Test
    void givenAllModeAndASearch_whenCountingFacets_thenACountryCountsEventsWithEveryCheckedCountryAndIt() {
        // Given: Korea and the United States checked, in "all" mode, searching "treaty"
        FilterIndex index = fourEvents();
        EventFilter filter = new EventFilter(Set.of("JP", "CN"), true, Set.of(), "treaty");

        // When
        FacetCounts facets = index.facets(filter);

        // Then
        assertThat(facets.country("US")).isEqualTo(1);
        assertThat(facets.country("KR")).isEqualTo(1);
        assertThat(facets.country("JP"))
                .as("no treaty involves Korea, the US and Japan")
                .isZero();
        assertThat(facets.category("treaty")).isEqualTo(1);
        assertThat(index.matching(filter).cardinality()).isEqualTo(facets.country("KR"));
    }

    private static Event bilingual(String id, String english, String korean) {
        dev.timelineexplorer.model.LocalizedText title =
                dev.timelineexplorer.model.LocalizedText.of(java.util.Map.of("en", english, "ko", korean));
        dev.timelineexplorer.model.LocalizedText empty = dev.timelineexplorer.model.LocalizedText.of("");
        return new Event(
                id,
                english,
                HistoricalDate.ofYear(1950),
                null,
                List.of("KR"),
                null,
                "",
                "",
                List.of(),
                List.of(),
                new dev.timelineexplorer.model.EventTexts(title, empty, empty));
    }

    private static final List<Event> KOREAN_EVENTS = List.of(
            bilingual("war", "Korean War", "한국 전쟁"),
            bilingual("treaty", "Treaty on Basic Relations", "한일 기본 조약"),
            bilingual("olympics", "Seoul Olympics", "서울 올림픽"));

    @Test
    void givenTextsInTwoLanguages_whenSearchingInEither_thenTheEventIsFound() {
        FilterIndex index = new FilterIndex(KOREAN_EVENTS);

        assertThat(index.apply(EventFilter.NONE.withQuery("전쟁")))
                .extracting(Event::id)
                .containsExactly("war");
        assertThat(index.apply(EventFilter.NONE.withQuery("war")))
                .extracting(Event::id)
                .containsExactly("war");
        assertThat(index.apply(EventFilter.NONE.withQuery("올림픽")))
                .extracting(Event::id)
                .containsExactly("olympics");
    }

    @Test
    void givenInitialConsonants_whenSearching_thenTheyMatchTheSyllablesTheyBegin() {
        FilterIndex index = new FilterIndex(KOREAN_EVENTS);

        assertThat(index.apply(EventFilter.NONE.withQuery("ㅎㄱㅈㅈ")))
                .extracting(Event::id)
                .containsExactly("war");
        assertThat(index.apply(EventFilter.NONE.withQuery("ㅎㄱ ㅈㅈ")))
                .extracting(Event::id)
                .containsExactly("war");
        assertThat(index.apply(EventFilter.NONE.withQuery("ㅅㅇ")))
                .extracting(Event::id)
                .containsExactly("olympics");
        assertThat(index.apply(EventFilter.NONE.withQuery("ㅈㅇ")))
                .extracting(Event::id)
                .containsExactly("treaty");
        assertThat(index.apply(EventFilter.NONE.withQuery("ㅋㅋ"))).isEmpty();
        assertThat(index.apply(EventFilter.NONE.withQuery("\u1112\u1100")))
                .as("leading consonants of the conjoining block")
                .extracting(Event::id)
                .containsExactly("war");
    }

    @Test
    void givenDecomposedHangul_whenSearching_thenItMatchesComposedTextAndTheOtherWayRound() {
        FilterIndex index = new FilterIndex(List.of(
                bilingual("composed", "Seoul", java.text.Normalizer.normalize("서울", java.text.Normalizer.Form.NFC)),
                bilingual("decomposed", "Busan", java.text.Normalizer.normalize("부산", java.text.Normalizer.Form.NFD))));
        String decomposedSeoul = java.text.Normalizer.normalize("서울", java.text.Normalizer.Form.NFD);
        String composedBusan = java.text.Normalizer.normalize("부산", java.text.Normalizer.Form.NFC);

        assertThat(decomposedSeoul).isNotEqualTo("서울");
        assertThat(index.apply(EventFilter.NONE.withQuery(decomposedSeoul)))
                .extracting(Event::id)
                .containsExactly("composed");
        assertThat(index.apply(EventFilter.NONE.withQuery(composedBusan)))
                .extracting(Event::id)
                .containsExactly("decomposed");
        assertThat(index.apply(EventFilter.NONE.withQuery("ㅂㅅ")))
                .extracting(Event::id)
                .containsExactly("decomposed");
    }
}
