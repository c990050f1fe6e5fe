package dev.timelineexplorer.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.app.settings.AppPreferences;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.view.TimelineView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The flows a user has, through the real main window. */
class ExplorerWindowTest extends WindowTestBase {
    @TempDir
    Path dir;

    private final List<String> openedLinks = new ArrayList<>();

    @Start
    void start(Stage stage) {
        startWindow(preferences -> new ExplorerWindow(stage, preferences, openedLinks::add));
    }

    private List<Event> shown() {
        return window.timeline().getEvents();
    }

    @SuppressWarnings("unchecked")
    private List<Event> tableRows(FxRobot robot) {
        return new ArrayList<>(
                robot.lookup("#event-table").queryAs(TableView.class).getItems());
    }

    @Test
    void givenTheBundledDataset_whenLaunched_thenEveryEventIsOnTheTimelineAndTheStatusBarSaysSo(FxRobot robot)
            throws Exception {
        Dataset dataset = waitForDataset();

        assertThat(shown()).containsExactlyElementsOf(dataset.events());
        int total = dataset.events().size();
        assertThat(status(robot)).isEqualTo("Showing " + total + " of " + total + " events · 1948–2026");
        assertThat(window.stage().getTitle()).isEqualTo("Timeline Explorer — South Korea: Foreign Relations");
        for (int i = 0; i < dataset.events().size(); i++) {
            assertThat(window.timeline()
                            .eventIndex()
                            .positionOf(dataset.events().get(i)))
                    .as("place of %s on the timeline", dataset.events().get(i).id())
                    .isEqualTo(i);
        }
    }

    @Test
    void givenKoreaAndJapanUnchecked_whenFiltering_thenTheirOwnEventsGoAndSharedOnesStay(FxRobot robot)
            throws Exception {
        Dataset dataset = waitForDataset();
        // Nearly every event involves Korea: those between Korea and Japan alone go when both are unchecked.
        List<Event> japanOnly = dataset.events().stream()
                .filter(e -> Set.of("KR", "JP").containsAll(e.countryCodes())
                        && e.countryCodes().contains("JP"))
                .toList();
        List<Event> koreaAndJapan = dataset.events().stream()
                .filter(e -> e.countryCodes().containsAll(List.of("KR", "JP")))
                .toList();
        assertThat(japanOnly).isNotEmpty();
        assertThat(koreaAndJapan).isNotEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        assertThat(tableRows(robot)).hasSize(dataset.events().size());
        Event war = dataset.event("korean-war");
        robot.clickOn(window.timeline()
                .localToScreen(window.timeline().eventPosition(war).orElseThrow()));
        var rangeBefore = window.timeline().getVisibleRange();

        clickCountryCheckBox(robot, "Japan");
        clickCountryCheckBox(robot, "South Korea");

        // Filtering neither moves the view nor drops a selection that still passes
        assertThat(window.timeline().getVisibleRange()).isEqualTo(rangeBefore);
        assertThat(window.timeline().getSelectedEvent()).isEqualTo(war);

        assertThat(window.hiddenCountries()).containsExactlyInAnyOrder("KR", "JP");
        List<Event> shared =
                koreaAndJapan.stream().filter(e -> !japanOnly.contains(e)).toList();
        assertThat(shared).isNotEmpty();
        assertThat(shown()).doesNotContainAnyElementsOf(japanOnly).containsAll(shared);
        assertThat(tableRows(robot)).doesNotContainAnyElementsOf(japanOnly).containsAll(shared);
        int expected = dataset.events().size() - japanOnly.size();
        assertThat(status(robot))
                .startsWith("Showing " + expected + " of " + dataset.events().size() + " events");

        // When: every country but Korea and Japan is unchecked, in "all" mode
        clickCountryCheckBox(robot, "Japan");
        clickCountryCheckBox(robot, "South Korea");
        robot.clickOn("#match-all");
        robot.interact(() -> {
            for (var country : dataset.countries()) {
                window.sidebar()
                        .setCountryChecked(country.code(), Set.of("KR", "JP").contains(country.code()));
            }
        });
        settle();

        // Then: only events between Korea and Japan remain
        assertThat(shown()).containsExactlyElementsOf(koreaAndJapan);
        assertThat(status(robot))
                .startsWith("Showing " + koreaAndJapan.size() + " of "
                        + dataset.events().size() + " events");
    }

    /** What one country row on screen shows. */
    private record RowOnScreen(String name, String key, boolean boxShown, boolean boxChecked) {}

    /** Every country row on screen shows its check box, and the box agrees with the filter. */
    private void assertEveryVisibleRowShowsItsBox(FxRobot robot) throws Exception {
        settle();
        // Read on the FX thread in one go: cells are reused, a row read piecemeal could change under the test.
        List<RowOnScreen> rows =
                invoke(() -> robot.lookup("#country-list .list-cell").queryAllAs(ListCell.class).stream()
                        .filter(c -> c.isVisible() && c.getItem() instanceof FilterList.EntryRow)
                        .map(c -> {
                            FilterList.Entry entry = ((FilterList.EntryRow) c.getItem()).entry();
                            CheckBox box = robot.from(c).lookup(".check-box").queryAs(CheckBox.class);
                            boolean shown = box != null && box.isVisible() && box.getParent() == c.getGraphic();
                            return new RowOnScreen(entry.name(), entry.key(), shown, box != null && box.isSelected());
                        })
                        .toList());
        Set<String> hidden = window.sidebar().filterProperty().get().hiddenCountries();

        assertThat(rows).hasSizeGreaterThan(5);
        for (RowOnScreen row : rows) {
            assertThat(row.boxShown()).as("the box of %s is shown", row.name()).isTrue();
            assertThat(row.boxChecked())
                    .as("the box of %s agrees with the filter", row.name())
                    .isEqualTo(!hidden.contains(row.key()));
        }
    }

    private void clickCountryName(FxRobot robot, String name) throws Exception {
        robot.clickOn(robot.lookup("#country-list .list-cell .label")
                .match((Label l) -> name.equals(l.getText()))
                .queryAs(Label.class));
        settle();
    }

    @Test
    void givenCountryNamesAndBoxesClicked_whenLookingAtTheList_thenEveryRowShowsABoxThatAgreesWithTheFilter(
            FxRobot robot) throws Exception {
        waitForDataset();

        clickCountryName(robot, "Japan");
        assertThat(window.hiddenCountries()).containsExactly("JP");
        assertEveryVisibleRowShowsItsBox(robot);

        clickCountryName(robot, "China");
        clickCountryCheckBox(robot, "Japan");
        assertThat(window.hiddenCountries()).containsExactly("CN");
        assertEveryVisibleRowShowsItsBox(robot);

        robot.interact(() -> window.setTheme(AppPreferences.Theme.DARK));
        try {
            clickCountryName(robot, "China");
            assertThat(window.hiddenCountries()).isEmpty();
            assertEveryVisibleRowShowsItsBox(robot);
        } finally {
            robot.interact(() -> window.setTheme(AppPreferences.Theme.LIGHT));
        }
    }

    @Test
    void givenOnlyOneAfricanCountryTicked_whenFiltering_thenOnlyItsEventsShow(FxRobot robot) throws Exception {
        Dataset dataset = waitForDataset();
        List<Event> kenyan = dataset.events().stream()
                .filter(e -> e.countryCodes().contains("KE"))
                .toList();

        robot.clickOn("#countries-none");
        settle();
        assertThat(shown()).isEmpty();
        robot.clickOn("#country-query").write("Kenya");
        clickCountryName(robot, "Kenya");

        assertThat(kenyan).isNotEmpty();
        assertThat(shown()).containsExactlyElementsOf(kenyan);
        assertThat(status(robot))
                .startsWith(
                        "Showing " + kenyan.size() + " of " + dataset.events().size());
    }

    @Test
    void givenTheKoreanWar_whenClickedOnTheTimeline_thenTheDetailPaneShowsIt(FxRobot robot) throws Exception {
        Dataset dataset = waitForDataset();
        TimelineView timeline = window.timeline();
        Event war = dataset.event("korean-war");
        // Where its red bar is drawn, found from the time scale and the pixels, not from the hit map under test.
        Point2D where = invoke(() -> dev.timelineexplorer.testing.DrawnEvents.locate(timeline, dataset, war))
                .orElseThrow();

        robot.clickOn(invoke(() -> timeline.localToScreen(where)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(timeline.getSelectedEvent()).isEqualTo(war);
        assertThat(robot.lookup("#detail-title").queryAs(TextInputControl.class).getText())
                .isEqualTo("Korean War");
        assertThat(textOf(robot.lookup("#detail-date").query())).startsWith("25 June 1950 – 27 July 1953");
        assertThat(robot.lookup("#detail-countries .button").queryAll())
                .extracting(n -> ((javafx.scene.control.Labeled) n).getText())
                .contains("South Korea", "North Korea", "United States", "China", "United Nations");
        List<String> links = robot.lookup("#detail-sources .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText)
                .toList();
        assertThat(links).isNotEmpty().hasSameSizeAs(war.sources());

        Hyperlink first = robot.lookup("#detail-sources .hyperlink").queryAs(Hyperlink.class);
        scrollToBottom(robot, first);
        robot.clickOn(first);
        assertThat(openedLinks).containsExactly(war.sources().get(0).url());
    }

    @Test
    void givenASearchForTreaty_whenTypedAndCleared_thenEventsNarrowAndComeBack(FxRobot robot) throws Exception {
        int total = waitForDataset().events().size();

        robot.clickOn("#search-field").write("treaty");
        settle();

        assertThat(shown()).isNotEmpty().hasSizeLessThan(total);
        assertThat(shown())
                .allMatch(e -> (e.title() + e.summary() + e.description() + e.tags())
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("treaty"));
        assertThat(status(robot)).startsWith("Showing " + shown().size() + " of " + total + " events");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        settle();
        assertThat(shown()).hasSize(total);
    }

    @Test
    void givenAMalformedFile_whenOpened_thenItsProblemsAreListedAndThePreviousDatasetStays(FxRobot robot)
            throws Exception {
        Dataset before = waitForDataset();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"events\": [\n    {\"title\": \"X\", \"start\": \"1965-13-01\"}\n  ]\n}\n");

        robot.interact(() -> window.open(bad));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#problems-dialog").tryQuery().isPresent());

        DialogPane dialog = robot.lookup("#problems-dialog").queryAs(DialogPane.class);
        assertThat(robot.from(dialog)
                        .lookup("#problem-list")
                        .queryAs(TextArea.class)
                        .getText())
                .isEqualTo("bad.json:3:29: error: events[0].start: \"1965-13-01\" is not a date (month must be 1-12)");
        assertThat(window.datasetProperty().get()).isSameAs(before);
        assertThat(shown()).hasSize(before.events().size());
        assertThat(window.stage().getTitle()).endsWith("South Korea: Foreign Relations");
        robot.clickOn(robot.from(dialog).lookup(".button").queryButton());
    }

    @Test
    void givenAValidFile_whenItChangesOnDisk_thenItReloadsKeepingTheSelection(FxRobot robot) throws Exception {
        waitForDataset();
        Path file = dir.resolve("mine.json");
        Files.writeString(
                file,
                "{\"title\": \"Mine\", \"events\": [{\"id\": \"a\", \"title\": \"A\", \"start\": \"2000\"},"
                        + " {\"id\": \"b\", \"title\": \"B\", \"start\": \"2001\"}]}");
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.stage().getTitle().endsWith("Mine"));
        robot.interact(() -> window.timeline()
                .setSelectedEvent(window.datasetProperty().get().event("b")));

        Files.writeString(
                file,
                "{\"title\": \"Mine, edited\", \"events\": [{\"id\": \"a\", \"title\": \"A\", \"start\": \"2000\"},"
                        + " {\"id\": \"b\", \"title\": \"B renamed\", \"start\": \"2001\"}, {\"title\": \"C\", \"start\": \"2002\"}]}");

        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> window.stage().getTitle().endsWith("Mine, edited"));
        settle();
        assertThat(shown()).hasSize(3);
        assertThat(window.timeline().getSelectedEvent().title()).isEqualTo("B renamed");
    }

    /** Scrolls the detail pane to its end, where the sources are, as a user would before clicking one. */
    private static void scrollToBottom(FxRobot robot, Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof javafx.scene.control.ScrollPane)) {
            parent = parent.getParent();
        }
        if (parent instanceof javafx.scene.control.ScrollPane scroll) {
            robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        }
    }

    private static String textOf(Node node) {
        if (node instanceof TextInputControl input) {
            return input.getText();
        }
        return ((javafx.scene.control.Labeled) node).getText();
    }
}
