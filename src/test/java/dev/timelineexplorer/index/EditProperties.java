package dev.timelineexplorer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.InvalidDateException;
import dev.timelineexplorer.model.edit.Edit;
import dev.timelineexplorer.model.edit.EditHistory;
import dev.timelineexplorer.model.edit.EditKind;
import dev.timelineexplorer.model.edit.Edits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Edits as commands: any sequence of them followed by as many undos gives back the dataset it started from, and the
 * indexes updated edit by edit answer as indexes built from scratch for the same dataset.
 */
class EditProperties {
    private static final List<String> COUNTRIES = List.of("KR", "JP", "CN", "US");
    private static final List<String> CATEGORIES = List.of("war", "treaty");

    /** One step of a session, chosen before the dataset it applies to is known. */
    record Step(int kind, int pick, int days, int length, int country) {}

    @Provide
    Arbitrary<Dataset> datasets() {
        Arbitrary<Event> event = Combinators.combine(
                        Arbitraries.integers().between(-400, 400),
                        Arbitraries.integers().between(-1, 30),
                        Arbitraries.of(COUNTRIES).set().ofMaxSize(2).map(List::copyOf),
                        Arbitraries.of(CATEGORIES).injectNull(0.3),
                        Arbitraries.of("Treaty", "War", "Talks", "Visit"))
                .as((start, length, codes, category, title) -> new Event(
                        "x",
                        title,
                        HistoricalDate.ofEpochDay(start),
                        length < 0 ? null : HistoricalDate.ofEpochDay(start + length),
                        codes,
                        category,
                        "",
                        "",
                        List.of(),
                        List.of(),
                        null));
        return event.list().ofMaxSize(30).map(EditProperties::dataset);
    }

    private static Dataset dataset(List<Event> generated) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) {
            Event e = generated.get(i);
            events.add(new Event(
                    "e" + i,
                    e.title(),
                    e.start(),
                    e.end(),
                    e.countryCodes(),
                    e.categoryId(),
                    "",
                    "",
                    List.of(),
                    List.of(),
                    null));
        }
        events.sort(Comparator.comparingLong(Event::startDay).thenComparingLong(Event::endDayExclusive));
        List<Country> countries = COUNTRIES.stream()
                .map(code -> new Country(code, code, "#336699", CountryKind.COUNTRY))
                .toList();
        return new Dataset("Test", "", countries, List.of(), List.of(), events);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(-300, 300),
                        Arbitraries.integers().between(-1, 40),
                        Arbitraries.integers().between(0, COUNTRIES.size() - 1))
                .as(Step::new)
                .list()
                .ofMaxSize(25);
    }

    /** A concrete edit of the dataset for a step, or null when the step does not apply (no event to pick). */
    private static Edit edit(Dataset dataset, Step step, int serial) {
        List<Event> events = dataset.events();
        if (step.kind() == 0 || events.isEmpty()) {
            HistoricalDate start = HistoricalDate.ofEpochDay(step.days());
            Event added = new Event(
                    "new" + serial,
                    "New " + serial,
                    start,
                    step.length() < 0 ? null : HistoricalDate.ofEpochDay(step.days() + step.length()),
                    List.of(COUNTRIES.get(step.country())),
                    null,
                    "",
                    "",
                    List.of(),
                    List.of("tag"),
                    null);
            return Edits.add(dataset, added);
        }
        Event event = events.get(step.pick() % events.size());
        return switch (step.kind()) {
            case 1 -> Edits.delete(dataset, event);
            case 2 -> Edits.duplicate(dataset, event, "copy" + serial);
            case 3 -> Edits.move(dataset, event, Edits.shift(event.start(), step.days()));
            case 4 ->
                Edits.resize(
                        dataset,
                        event,
                        event.start(),
                        step.length() < 0 ? null : HistoricalDate.ofEpochDay(event.startDay() + step.length()));
            case 5 ->
                Edits.change(
                        dataset,
                        event,
                        new Event(
                                event.id(),
                                event.title() + " (changed)",
                                event.start(),
                                event.end(),
                                List.of(COUNTRIES.get(step.country())),
                                "treaty",
                                "A summary",
                                "",
                                List.of(),
                                List.of(),
                                null),
                        EditKind.CHANGE_EVENT);
            default -> {
                Country country = dataset.countries().get(step.country());
                yield Edits.changeCountry(dataset, country, country.withColor("#aa0000"), EditKind.CHANGE_COUNTRY);
            }
        };
    }

    @Property(tries = 300)
    void anySequenceOfEditsFollowedByAsManyUndosGivesBackTheOriginal(
            @ForAll("datasets") Dataset original, @ForAll("steps") List<Step> steps) {
        EditHistory history = new EditHistory(original);
        int made = 0;
        for (int i = 0; i < steps.size(); i++) {
            Edit edit;
            try {
                edit = edit(history.dataset(), steps.get(i), i);
            } catch (InvalidDateException e) {
                continue;
            }
            history.apply(edit);
            made++;
        }
        assertThat(history.isModified()).isEqualTo(made > 0);
        for (int i = 0; i < made; i++) {
            assertThat(history.undo()).isPresent();
        }
        assertThat(history.undo()).isEmpty();
        assertThat(history.dataset()).isEqualTo(original);
        assertThat(history.dataset().events()).containsExactlyElementsOf(original.events());
        assertThat(history.isModified()).isFalse();
    }

    @Property(tries = 300)
    void indexesUpdatedEditByEditAnswerAsIndexesBuiltFromScratch(
            @ForAll("datasets") Dataset original, @ForAll("steps") List<Step> steps) {
        DatasetIndexes indexes = DatasetIndexes.of(original);
        // A search before the edits, so that the folded texts are built and must be moved along.
        indexes.filter().matching(EventFilter.NONE.withQuery("treaty"));
        EditHistory history = new EditHistory(original);
        for (int i = 0; i < steps.size(); i++) {
            Edit edit;
            try {
                edit = edit(history.dataset(), steps.get(i), i);
            } catch (InvalidDateException e) {
                continue;
            }
            history.apply(edit);
            indexes = indexes.apply(edit);
            assertSameAsRebuilt(indexes, history.dataset());
        }
        while (history.nextUndo().isPresent()) {
            indexes = indexes.apply(history.undo().orElseThrow());
            assertSameAsRebuilt(indexes, history.dataset());
        }
    }

    private static void assertSameAsRebuilt(DatasetIndexes updated, Dataset dataset) {
        DatasetIndexes rebuilt = DatasetIndexes.of(dataset);
        assertThat(updated.dataset()).isEqualTo(dataset);
        EventIndex a = updated.events();
        EventIndex b = rebuilt.events();
        assertThat(a.events()).containsExactlyElementsOf(dataset.events());
        assertThat(a.size()).isEqualTo(b.size());
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.start(i)).isEqualTo(b.start(i));
            assertThat(a.end(i)).isEqualTo(b.end(i));
        }
        assertThat(((SortedEventIndex) a).endOrder).containsExactly(((SortedEventIndex) b).endOrder);
        assertThat(((SortedEventIndex) a).sortedEnds).containsExactly(((SortedEventIndex) b).sortedEnds);
        for (int t = -500; t <= 500; t += 37) {
            assertThat(a.intersecting(t, t + 60)).containsExactly(b.intersecting(t, t + 60));
        }
        for (EventFilter filter : List.of(
                EventFilter.NONE,
                EventFilter.NONE.withHiddenCountries(Set.of("KR")),
                EventFilter.NONE.withHiddenCategories(Set.of(EventFilter.NO_CATEGORY)),
                EventFilter.NONE.withQuery("treaty"),
                EventFilter.NONE.withQuery("changed"))) {
            assertThat(updated.filter().matching(filter))
                    .isEqualTo(rebuilt.filter().matching(filter));
            assertThat(updated.filter().facets(filter))
                    .isEqualTo(rebuilt.filter().facets(filter));
        }
    }
}
