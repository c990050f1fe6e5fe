package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form's event is read as the loader reads a file's: its problems are the loader's, on the field they concern. */
class EventDraftTest {
    private final Dataset bundled = BundledDataset.load().dataset();

    private static EventDraft draft(String start, String end, List<String> countries, String url) {
        return new EventDraft(
                null,
                Map.of("en", "Talks in Geneva"),
                Map.of(),
                Map.of(),
                start,
                end,
                countries,
                "",
                url == null ? List.of() : List.of(new EventDraft.SourceDraft("Minutes", url)),
                List.of("talks"));
    }

    @Test
    void givenAnEveryEventOfTheBundledDataset_whenItsDraftIsChecked_thenItGivesBackTheSameEvent() {
        List<String> languages = bundled.settings().languages();
        for (Event event : bundled.events().subList(0, 60)) {
            EventDraft.Checked checked = EventDraft.of(event, languages).check(bundled, "form");
            assertThat(checked.problems()).as(event.id()).isEmpty();
            assertThat(checked.event()).as(event.id()).isEqualTo(event);
        }
    }

    @Test
    void givenAValidDraft_whenChecked_thenTheEventIsReadWithAnIdFromItsTitleAndStart() {
        EventDraft.Checked checked = draft("1954-04-26", "1954-07-20", List.of("KR", "US"), "https://example.org/m")
                .check(bundled, "form");

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.event().id()).isEqualTo("talks-in-geneva-1954-04-26");
        assertThat(checked.event().start()).isEqualTo(HistoricalDate.of(1954, 4, 26));
        assertThat(checked.event().countryCodes()).containsExactly("KR", "US");
        assertThat(checked.event().tags()).containsExactly("talks");
    }

    @Test
    void givenWrongFields_whenChecked_thenEachProblemIsTheLoadersOnItsField() {
        EventDraft.Checked checked =
                draft("1954-13-26", "", List.of("KR"), "htp:/example").check(bundled, "form");

        assertThat(checked.isValid()).isFalse();
        assertThat(checked.problems()).containsKeys("start", "sources");
        assertThat(checked.problems().get("start").get(0).message()).contains("month must be 1-12");
        assertThat(checked.problems().get("start").get(0).path()).isEqualTo("events[0].start");
    }

    @Test
    void givenNoTitle_whenChecked_thenTheTitleHasTheLoadersProblem() {
        EventDraft.Checked checked = new EventDraft(
                        null, Map.of("en", " "), Map.of(), Map.of(), "1954", "", List.of(), "", List.of(), List.of())
                .check(bundled, "form");

        assertThat(checked.isValid()).isFalse();
        assertThat(checked.problems()).containsKey("title");
    }

    @Test
    void givenPaths_whenNamed_thenTheFieldIsTheFirstStepInsideTheEvent() {
        assertThat(EventDraft.field("events[0].sources[1].url")).isEqualTo("sources");
        assertThat(EventDraft.field("events[0].start")).isEqualTo("start");
        assertThat(EventDraft.field("events[0]")).isEqualTo("");
        assertThat(EventDraft.field("countries[3]")).isEqualTo("");
    }
}
