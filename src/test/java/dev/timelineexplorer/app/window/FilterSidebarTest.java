package dev.timelineexplorer.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.index.EventFilter;
import dev.timelineexplorer.index.FilterIndex;
import dev.timelineexplorer.io.BundledDataset;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Region;
import dev.timelineexplorer.testing.FxTestBase;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sidebar at 190 countries: grouped by region, filtered as you type, sorted, with faceted counts. */
class FilterSidebarTest extends FxTestBase {
    private static final Dataset DATASET = BundledDataset.load().dataset();
    private static final FilterIndex INDEX = new FilterIndex(DATASET.events());

    private FilterSidebar sidebar;

    @Start
    void start(Stage stage) {
        closePopups();
        sidebar = new FilterSidebar(new I18n(Locale.ENGLISH));
        sidebar.setDataset(DATASET, INDEX, EventFilter.NONE);
        show(stage, sidebar, 300, 780);
    }

    private List<FilterList.Row> rows() {
        return invoke(() -> List.copyOf(sidebar.countryList().getItems()));
    }

    private List<String> entryNames() {
        return rows().stream()
                .filter(r -> r instanceof FilterList.EntryRow)
                .map(r -> ((FilterList.EntryRow) r).entry().name())
                .toList();
    }

    private List<String> groupIds() {
        return rows().stream()
                .filter(r -> r instanceof FilterList.GroupRow)
                .map(r -> ((FilterList.GroupRow) r).group().id())
                .toList();
    }

    private Set<String> codesIn(Region region) {
        return DATASET.countries().stream()
                .filter(c -> c.region() == region)
                .map(Country::code)
                .collect(Collectors.toSet());
    }

    private ListCell<?> cell(FxRobot robot, String text) {
        return robot.lookup("#country-list .list-cell")
                .match(node -> node instanceof ListCell<?> c
                        && c.getGraphic() != null
                        && robot.from(c.getGraphic())
                                .lookup((Label l) -> text.equals(l.getText()))
                                .tryQuery()
                                .isPresent())
                .queryAs(ListCell.class);
    }

    private CheckBox box(FxRobot robot, String text) {
        return robot.from(cell(robot, text)).lookup(".check-box").queryAs(CheckBox.class);
    }

    @Test
    void givenTheWorldDataset_whenShown_thenCountriesAreGroupedByRegionWithOrganisationsApart() {
        List<String> groups = groupIds();

        assertThat(groups)
                .containsExactlyInAnyOrder("africa", "americas", "asia", "europe", "oceania", "organizations");
        assertThat(groups.get(0))
                .as("sorted by count, the region of South Korea first")
                .isEqualTo("asia");
        assertThat(groups.get(groups.size() - 1)).isEqualTo("organizations");
        assertThat(entryNames()).hasSize(DATASET.countries().size());
    }

    @Test
    void givenLettersTyped_whenFilteringTheList_thenOnlyMatchingCountriesShowUnderTheirRegions(FxRobot robot) {
        robot.clickOn("#country-query").write("ken");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(entryNames()).containsExactly("Kenya");
        assertThat(groupIds()).containsExactly("africa");

        robot.write("zzz");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).isEmpty();
        assertThat(robot.lookup("#country-no-match").queryAs(Label.class).isVisible())
                .isTrue();
        assertThat(robot.lookup("#country-no-match").queryAs(Label.class).getText())
                .isEqualTo("No country matches \u201ckenzzz\u201d.");
    }

    @Test
    void givenARegionBox_whenClicked_thenItsWholeRegionIsUncheckedAndThenCheckedAgain(FxRobot robot) {
        Set<String> africa = codesIn(Region.AFRICA);
        robot.clickOn("#country-query").write("kenya");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(cell(robot, "Africa"));

        assertThat(sidebar.filterProperty().get().hiddenCountries())
                .as("the whole region, not only the rows the query shows")
                .containsExactlyInAnyOrderElementsOf(africa);
        assertThat(box(robot, "Africa").isSelected()).isFalse();
        assertThat(box(robot, "Africa").isIndeterminate()).isFalse();

        robot.clickOn(cell(robot, "Kenya"));
        assertThat(box(robot, "Africa").isIndeterminate())
                .as("one of the region checked")
                .isTrue();
        assertThat(box(robot, "Kenya").isSelected()).isTrue();

        robot.clickOn(cell(robot, "Africa"));
        assertThat(sidebar.filterProperty().get().hiddenCountries()).isEmpty();
        assertThat(box(robot, "Africa").isSelected()).isTrue();
    }

    @Test
    void givenTheSortButtons_whenNameIsChosen_thenCountriesAreAlphabeticalWithinRegions(FxRobot robot) {
        robot.clickOn("#sort-by-name");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> asia = rows().stream()
                .filter(r ->
                        r instanceof FilterList.EntryRow e && e.group().id().equals("asia"))
                .map(r -> ((FilterList.EntryRow) r).entry().name())
                .toList();
        assertThat(asia).startsWith("Afghanistan").isSortedAccordingTo(Collator.getInstance(Locale.ENGLISH));
        assertThat(groupIds()).startsWith("africa", "americas", "asia");

        robot.clickOn("#sort-by-count");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entryNames().get(0)).isEqualTo("South Korea");
    }

    @Test
    void givenACategoryHidden_whenFacetsArrive_thenEachCountryShowsWhatItWouldAdd(FxRobot robot) {
        EventFilter filter = new EventFilter(Set.of(), false, Set.of("relations"), "");
        runFx(() -> sidebar.setFacets(INDEX.facets(filter)));

        long kenyaOthers = DATASET.events().stream()
                .filter(e -> e.countryCodes().contains("KE") && !"relations".equals(e.categoryId()))
                .count();
        FilterList.Entry kenya = rows().stream()
                .filter(r ->
                        r instanceof FilterList.EntryRow e && e.entry().key().equals("KE"))
                .map(r -> ((FilterList.EntryRow) r).entry())
                .findFirst()
                .orElseThrow();
        assertThat(kenya.count()).isEqualTo((int) kenyaOthers);
        assertThat(INDEX.countryCount("KE")).isGreaterThan(kenya.count());
    }

    @Test
    void givenTheCategories_whenShown_thenTheyKeepTheDatasetsOrder() {
        List<String> shown = invoke(() -> sidebar.categoryList().getItems().stream()
                .map(r -> ((FilterList.EntryRow) r).entry().key())
                .toList());

        assertThat(shown)
                .containsExactlyElementsOf(
                        DATASET.categories().stream().map(c -> c.id()).toList());
    }

    @Test
    void givenTheMatchButtons_whenAllIsClicked_thenTheFilterChangesAtOnce(FxRobot robot) {
        robot.clickOn("#match-all");

        assertThat(sidebar.filterProperty().get().matchAll()).isTrue();

        robot.clickOn("#match-all");
        assertThat(sidebar.filterProperty().get().matchAll())
                .as("clicking the chosen one keeps it")
                .isTrue();

        robot.clickOn("#match-any");
        assertThat(sidebar.filterProperty().get().matchAll()).isFalse();
    }
}
