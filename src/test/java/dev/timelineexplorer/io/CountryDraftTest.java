package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A country's form is read as the loader reads the dataset's countries, with its problems. */
class CountryDraftTest {
    private final Dataset bundled = BundledDataset.load().dataset();

    @Test
    void givenTheBundledCountries_whenTheirDraftsAreChecked_thenTheyGiveBackTheSameCountries() {
        for (Country country : bundled.countries().subList(0, 40)) {
            CountryDraft.Checked checked = CountryDraft.of(country, bundled).check(bundled, country, "form");
            assertThat(checked.problems()).as(country.code()).isEmpty();
            assertThat(checked.country()).as(country.code()).isEqualTo(country);
        }
    }

    @Test
    void givenPeriodsThatOverlap_whenChecked_thenThePeriodsHaveTheLoadersProblem() {
        Country japan = bundled.country("JP");
        CountryDraft draft = CountryDraft.of(japan, bundled);
        List<CountryDraft.PeriodDraft> periods = new ArrayList<>(draft.periods());
        CountryDraft.PeriodDraft first = periods.get(0);
        periods.add(new CountryDraft.PeriodDraft(first.relationship(), first.start(), "", "again", List.of(), null));
        CountryDraft.Checked checked =
                new CountryDraft(draft.code(), "Nippon", "#bc002d", "", periods).check(bundled, japan, "form");

        assertThat(checked.isValid()).isFalse();
        assertThat(checked.problems()).containsKey("periods");
        assertThat(checked.problems().get("periods").get(0).message()).contains("overlap");
    }

    @Test
    void givenANewNameColourAndRegion_whenChecked_thenTheCountryHasThem() {
        Country japan = bundled.country("JP");
        CountryDraft draft = CountryDraft.of(japan, bundled);
        CountryDraft.Checked checked =
                new CountryDraft("JP", "Nippon", "#bc002d", "", draft.periods()).check(bundled, japan, "form");

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.country().name().in(bundled.settings().defaultLanguage()))
                .isEqualTo("Nippon");
        assertThat(checked.country().name().in("ko")).isEqualTo(japan.name().in("ko"));
        assertThat(checked.country().color()).isEqualToIgnoringCase("#bc002d");
        assertThat(checked.country().periods()).isEqualTo(japan.periods());
    }

    @Test
    void givenAWrongColour_whenChecked_thenTheColourHasAProblem() {
        Country japan = bundled.country("JP");
        CountryDraft.Checked checked =
                new CountryDraft("JP", "Japan", "red-ish", "", List.of()).check(bundled, japan, "form");
        assertThat(checked.problems()).containsKey("color");
    }
}
