package dev.timelineexplorer.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EventDetailPaneTest {
    private static final String ARMISTICE_URL = "https://en.wikisource.org/wiki/Korean_War_Armistice_Agreement";
    private static final String RESOLUTION_URL = "http://unscr.com/en/resolutions/83";

    private final List<String> openedLinks = new ArrayList<>();
    private final List<String> chosenCountries = new ArrayList<>();
    private final Event koreanWar = new Event(
            "korean-war",
            "Korean War",
            HistoricalDate.of(1950, 6, 25),
            HistoricalDate.of(1953, 7, 27),
            List.of("KR", "US", "UN"),
            "war",
            "North Korea invaded the South; a UN command fought until the armistice.",
            "The war began when the North crossed the 38th parallel.\n\n"
                    + "Fighting ended with the armistice signed at Panmunjom.",
            List.of(
                    new Source("Korean War Armistice Agreement", ARMISTICE_URL),
                    new Source("UN Security Council Resolution 83", RESOLUTION_URL)),
            List.of("armistice", "ceasefire"),
            null);
    private final Dataset dataset = new Dataset(
            "South Korea: Foreign Relations",
            "Events in the foreign relations of the Republic of Korea.\n\nFrom 1948 to today.",
            List.of(
                    new Country("KR", "South Korea", "#0047A0", CountryKind.COUNTRY),
                    new Country("US", "United States", "#3C3B6E", CountryKind.COUNTRY),
                    new Country("UN", "United Nations", "#5B92E5", CountryKind.ORGANIZATION)),
            List.of(new Category("war", "War and conflict", "#C0392B")),
            List.of(),
            List.of(koreanWar));

    private EventDetailPane pane;

    @Start
    void start(Stage stage) {
        pane = new EventDetailPane(openedLinks::add);
        pane.setOnCountryChosen(chosenCountries::add);
        pane.datasetProperty().set(dataset);
        pane.eventProperty().set(koreanWar);
        Scene scene = new Scene(pane, 360, 700);
        // As in the app: the Primer theme defines the looked-up colours the pane's stylesheet uses.
        scene.getStylesheets()
                .add(Objects.requireNonNull(PrimerLight.class.getResource(new PrimerLight().getUserAgentStylesheet()))
                        .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void givenAnEvent_whenShown_thenTitleDatesAndDurationAreShown(FxRobot robot) {
        assertThat(textOf(robot, "#detail-title")).isEqualTo("Korean War");
        assertThat(textOf(robot, "#detail-date")).isEqualTo("25 June 1950 – 27 July 1953 · 3 years, 1 month");
    }

    @Test
    void givenAnEvent_whenShown_thenCountriesCategorySummaryAndTagsAreShown(FxRobot robot) {
        List<Button> chips = children(robot, "#detail-countries", Button.class);
        Label category = robot.lookup("#detail-category").queryAs(Label.class);
        Label tags = robot.lookup("#detail-tags").queryAs(Label.class);

        assertThat(chips).extracting(Button::getText).containsExactly("South Korea", "United States", "United Nations");
        assertThat(chips.get(0).getTooltip().getText()).isEqualTo("Show only South Korea");
        assertThat(category.getText()).isEqualTo("War and conflict");
        assertThat(textOf(robot, "#detail-summary"))
                .isEqualTo("North Korea invaded the South; a UN command fought until the armistice.");
        assertThat(tags.getText()).isEqualTo("#armistice #ceasefire");
    }

    @Test
    void givenADescriptionWithTwoParagraphs_whenShown_thenEachIsItsOwnSelectableBlock(FxRobot robot) {
        List<SelectableText> paragraphs = children(robot, "#detail-description", SelectableText.class);

        assertThat(paragraphs)
                .extracting(SelectableText::getText)
                .containsExactly(
                        "The war began when the North crossed the 38th parallel.",
                        "Fighting ended with the armistice signed at Panmunjom.");
        assertThat(paragraphs).allSatisfy(p -> assertThat(p.isEditable()).isFalse());
    }

    @Test
    void givenSources_whenShown_thenEachIsALinkWithItsAddressAsTooltip(FxRobot robot) {
        List<Hyperlink> links = children(robot, "#detail-sources", Hyperlink.class);

        assertThat(links)
                .extracting(Hyperlink::getText)
                .containsExactly("Korean War Armistice Agreement", "UN Security Council Resolution 83");
        assertThat(links)
                .extracting(link -> link.getTooltip().getText())
                .containsExactly(ARMISTICE_URL, RESOLUTION_URL);
    }

    @Test
    void givenSourceLinks_whenEachIsClicked_thenItsAddressIsOpened(FxRobot robot) {
        List<Hyperlink> links = children(robot, "#detail-sources", Hyperlink.class);

        robot.clickOn(links.get(0));
        robot.clickOn(links.get(1));

        assertThat(openedLinks).containsExactly(ARMISTICE_URL, RESOLUTION_URL);
    }

    @Test
    void givenASourceThatIsNotAWebAddress_whenClicked_thenNothingIsOpened(FxRobot robot) {
        Event withBadSource = withSources(
                List.of(new Source("Script", "javascript:alert(1)"), new Source("File", "file:///etc/passwd")));
        show(robot, withBadSource);
        List<Hyperlink> links = children(robot, "#detail-sources", Hyperlink.class);

        links.forEach(robot::clickOn);

        assertThat(links).allSatisfy(link -> assertThat(link.isDisabled()).isTrue());
        assertThat(openedLinks).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a", "http://example.org", "HTTPS://EXAMPLE.ORG/", "Http://x.y/z?q=1"})
    void givenAWebAddress_whenChecked_thenItMayOpen(String url) {
        assertThat(dev.timelineexplorer.io.json.Urls.isWebAddress(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "file:///etc/passwd",
                "ftp://example.org",
                "mailto:a@example.org",
                "http:example.org",
                "//example.org",
                " https://example.org",
                "https://exa mple.org",
                ""
            })
    void givenAnythingElse_whenChecked_thenItNeverOpens(String url) {
        assertThat(dev.timelineexplorer.io.json.Urls.isWebAddress(url)).isFalse();
    }

    @Test
    void givenCountryChips_whenOneIsClicked_thenItsCodeIsChosen(FxRobot robot) {
        List<Button> chips = children(robot, "#detail-countries", Button.class);

        robot.clickOn(chips.get(1));

        assertThat(chips.get(1).getText()).isEqualTo("United States");
        assertThat(chosenCountries).containsExactly("US");
    }

    @Test
    void givenAnEvent_whenCopyCitationIsClicked_thenTheCitationIsOnTheClipboard(FxRobot robot) throws Exception {
        robot.clickOn("#detail-copy-citation");
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(
                        () -> Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);

        assertThat(copied)
                .isEqualTo("Korean War (25 June 1950 – 27 July 1953). In: South Korea: Foreign Relations. Sources: "
                        + "Korean War Armistice Agreement <" + ARMISTICE_URL + ">; "
                        + "UN Security Council Resolution 83 <" + RESOLUTION_URL + ">.");
        assertThat(robot.lookup("#detail-copy-citation").queryButton().getText())
                .isEqualTo("Copied");
    }

    @Test
    void givenNavigationHandlers_whenPreviousAndNextAreClicked_thenTheyAreCalledUnlessDisabled(FxRobot robot) {
        List<String> calls = new ArrayList<>();
        robot.interact(() -> {
            pane.setOnPrevious(() -> calls.add("previous"));
            pane.setOnNext(() -> calls.add("next"));
            pane.nextDisabledProperty().set(true);
        });

        robot.clickOn("#detail-previous");
        robot.clickOn("#detail-next");

        assertThat(robot.lookup("#detail-next").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#detail-previous").queryButton().isDisabled()).isFalse();
        assertThat(calls).containsExactly("previous");
    }

    @Test
    void givenNoEvent_whenShown_thenTheHintAndTheDatasetIntroductionAreShown(FxRobot robot) {
        show(robot, null);

        Label hint = robot.lookup("#detail-hint").queryAs(Label.class);
        assertThat(robot.lookup("#detail-empty").tryQuery()).isPresent();
        assertThat(hint.getText()).isEqualTo("Click an event to see its details");
        assertThat(textOf(robot, "#detail-dataset-title")).isEqualTo("South Korea: Foreign Relations");
        assertThat(children(robot, "#detail-dataset-description", SelectableText.class))
                .extracting(SelectableText::getText)
                .containsExactly("Events in the foreign relations of the Republic of Korea.", "From 1948 to today.");
        assertThat(robot.lookup("#detail-title").tryQuery()).isEmpty();
        assertThat(isShown(robot.lookup("#detail-copy-citation").query())).isFalse();
    }

    @Test
    void givenNoEventAndNoDataset_whenShown_thenOnlyTheHintIsShown(FxRobot robot) {
        robot.interact(() -> {
            pane.eventProperty().set(null);
            pane.datasetProperty().set(null);
        });
        WaitForAsyncUtils.waitForFxEvents();

        Pane empty = robot.lookup("#detail-empty").queryAs(Pane.class);
        assertThat(empty.getChildren()).singleElement().isInstanceOf(Label.class);
        assertThat(((Label) empty.getChildren().get(0)).getText()).isEqualTo("Click an event to see its details");
    }

    @Test
    void givenMarkupInTheData_whenShown_thenItIsShownAsPlainText(FxRobot robot) {
        Event markup = new Event(
                "markup",
                "<b>Bold</b> <script>alert(1)</script>",
                HistoricalDate.of(1965, 6, 22),
                null,
                List.of(),
                null,
                "",
                "",
                List.of(),
                List.of(),
                null);

        show(robot, markup);

        assertThat(textOf(robot, "#detail-title")).isEqualTo("<b>Bold</b> <script>alert(1)</script>");
        assertThat(textOf(robot, "#detail-date")).isEqualTo("22 June 1965");
    }

    @Test
    void givenLongText_whenShown_thenEveryTextBlockFitsItsTextAndThePaneScrollsInstead(FxRobot robot) {
        String paragraph = "The armistice created the Korean Demilitarized Zone and allowed the return of prisoners. "
                .repeat(4)
                .strip();
        Event longEvent = new Event(
                "long",
                "Korean War Armistice Agreement signed at Panmunjom after two years of negotiations",
                HistoricalDate.of(1953, 7, 27),
                null,
                List.of("KR"),
                null,
                "",
                IntStream.range(0, 12).mapToObj(i -> paragraph).collect(Collectors.joining("\n\n")),
                List.of(),
                List.of(),
                null);

        show(robot, longEvent);

        List<SelectableText> blocks = robot.lookup(".selectable-text").queryAllAs(SelectableText.class).stream()
                .toList();
        assertThat(blocks).hasSizeGreaterThan(12);
        assertThat(blocks).allSatisfy(block -> {
            ScrollPane inner = (ScrollPane) block.lookup(".scroll-pane");
            Region content = (Region) inner.getContent();
            assertThat(content.prefHeight(content.getWidth()))
                    .isLessThanOrEqualTo(inner.getViewportBounds().getHeight() + 0.5);
        });
        SelectableText first =
                children(robot, "#detail-description", SelectableText.class).get(0);
        assertThat(first.getHeight())
                .as("a wrapped paragraph is several lines high")
                .isGreaterThan(50);
        ScrollPane outer = (ScrollPane) pane.getChildren().get(0);
        assertThat(((Region) outer.getContent()).getHeight())
                .isGreaterThan(outer.getViewportBounds().getHeight());
        Bounds buttons = robot.lookup("#detail-next")
                .query()
                .localToScene(robot.lookup("#detail-next").query().getLayoutBounds());
        assertThat(buttons.getMaxY()).as("the buttons stay in view").isLessThanOrEqualTo(700);
    }

    private void show(FxRobot robot, Event shown) {
        robot.interact(() -> pane.eventProperty().set(shown));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Event withSources(List<Source> sources) {
        return new Event(
                koreanWar.id(),
                koreanWar.title(),
                koreanWar.start(),
                koreanWar.end(),
                koreanWar.countryCodes(),
                koreanWar.categoryId(),
                koreanWar.summary(),
                koreanWar.description(),
                sources,
                koreanWar.tags(),
                null);
    }

    /** Whether the node and all its ancestors are visible. */
    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String textOf(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    private static <T extends Node> List<T> children(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(Pane.class).getChildren().stream()
                .map(type::cast)
                .toList();
    }
}
