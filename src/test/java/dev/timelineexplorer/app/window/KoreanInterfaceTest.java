package dev.timelineexplorer.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.app.settings.AppPreferences;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window in Korean: every word of the interface in Korean, and the main flows in Korean. */
class KoreanInterfaceTest extends WindowTestBase {
    /** A word with a lowercase Latin letter: acronyms and codes (PNG, G20, MINURSO) are not words of a sentence. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]*");

    /** Words that stay as they are in Korean text: key names, the app's own name, English named in itself. */
    private static final Set<String> KEPT =
            Set.of("Ctrl", "Shift", "Tab", "Escape", "Delete", "Enter", "Timeline", "Explorer", "English");

    /** Where the data is shown, which may rightly be in English (source titles, tags). */
    private static final Set<String> DATA_IDS = Set.of("detail-sources", "detail-tags");

    @Start
    void start(Stage stage) {
        startWindow(preferences -> new ExplorerWindow(stage, preferences, url -> {}, new I18n(Locale.KOREAN)));
    }

    /** Every text the interface shows, with where it is, data containers left out. */
    private static void collect(Node node, List<String> texts) {
        if (node.getId() != null && DATA_IDS.contains(node.getId()) || !node.isVisible()) {
            return;
        }
        String where = node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(where + ": " + labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getPromptText() != null) {
            texts.add(where + " prompt: " + input.getPromptText());
        }
        Tooltip tooltip = node instanceof Control control
                ? control.getTooltip()
                : (Tooltip) node.getProperties().get("javafx.scene.control.Tooltip");
        if (tooltip != null && tooltip.getText() != null) {
            texts.add(where + " tooltip: " + tooltip.getText());
        }
        if (node instanceof MenuBar bar) {
            for (Menu menu : bar.getMenus()) {
                collect(menu, texts);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    private static void collect(MenuItem item, List<String> texts) {
        if (item.getText() != null) {
            texts.add("menu: " + item.getText());
        }
        if (item instanceof Menu menu) {
            for (MenuItem child : menu.getItems()) {
                collect(child, texts);
            }
        }
    }

    private static List<String> englishIn(List<String> texts) {
        List<String> found = new ArrayList<>();
        for (String entry : texts) {
            String text = entry.substring(entry.indexOf(": ") + 2);
            Matcher words = ENGLISH_WORD.matcher(text);
            while (words.find()) {
                if (!KEPT.contains(words.group())) {
                    found.add(entry);
                    break;
                }
            }
        }
        return found;
    }

    @Test
    void givenKoreanChosen_whenTheWindowShowsAnEventTheTableAndTheMap_thenNoEnglishIsLeftOutsideTheData(FxRobot robot)
            throws Exception {
        Dataset dataset = waitForDataset();
        runFx(() -> {
            window.timeline().setSelectedEvent(dataset.event("korean-war"));
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL)
                .type(javafx.scene.input.KeyCode.T)
                .release(javafx.scene.input.KeyCode.CONTROL);
        settle();

        List<String> texts = new ArrayList<>();
        runFx(() -> collect(window.stage().getScene().getRoot(), texts));

        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(englishIn(texts)).isEmpty();
    }

    @Test
    void givenKoreanChosen_whenLaunched_thenTheTitleTheStatusAndTheSidebarAreKorean(FxRobot robot) throws Exception {
        Dataset dataset = waitForDataset();
        int total = dataset.events().size();

        assertThat(window.stage().getTitle()).isEqualTo("Timeline Explorer — 대한민국의 대외 관계");
        assertThat(status(robot)).isEqualTo("사건 " + total + "개 중 " + total + "개 표시 · 1948년–2026년");
        assertThat(robot.lookup("#country-list .label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("아시아", "대한민국", "북한", "일본");
    }

    @Test
    void givenKoreanChosen_whenKoreaAndJapanAreUnchecked_thenTheirOwnEventsGo(FxRobot robot) throws Exception {
        Dataset dataset = waitForDataset();
        List<Event> japanOnly = dataset.events().stream()
                .filter(e -> java.util.Set.of("KR", "JP").containsAll(e.countryCodes())
                        && e.countryCodes().contains("JP"))
                .toList();

        for (String name : List.of("일본", "대한민국")) {
            robot.clickOn(robot.lookup("#country-list .label")
                    .match((Label l) -> name.equals(l.getText()))
                    .queryAs(Label.class));
            settle();
        }

        assertThat(japanOnly).isNotEmpty();
        assertThat(window.hiddenCountries()).containsExactlyInAnyOrder("KR", "JP");
        assertThat(window.timeline().getEvents()).doesNotContainAnyElementsOf(japanOnly);
        int shown = dataset.events().size() - japanOnly.size();
        assertThat(status(robot)).startsWith("사건 " + dataset.events().size() + "개 중 " + shown + "개 표시");
    }

    @Test
    void givenKoreanChosen_whenTheKoreanWarIsClicked_thenTheDetailPaneReadsInKorean(FxRobot robot) throws Exception {
        Dataset dataset = waitForDataset();
        Event war = dataset.event("korean-war");
        Point2D where = invoke(() -> window.timeline().eventPosition(war)).orElseThrow();

        robot.clickOn(invoke(() -> window.timeline().localToScreen(where)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#detail-title").queryAs(TextInputControl.class).getText())
                .isEqualTo("6·25 전쟁");
        assertThat(robot.lookup("#detail-date").queryAs(TextInputControl.class).getText())
                .isEqualTo("1950년 6월 25일 – 1953년 7월 27일 · 3년 1개월");
        assertThat(robot.lookup("#detail-countries .button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText)
                .contains("대한민국", "북한", "미국", "중국", "국제연합");
    }

    @Test
    void givenKoreanChosen_whenSearchingAWordAndItsInitials_thenTheSameEventsShow(FxRobot robot) throws Exception {
        waitForDataset();

        // A word whose initials are found nowhere else in the data: the two searches must show the same events.
        robot.clickOn("#search-field").write("평화통일외교정책");
        settle();
        List<Event> byWord = window.timeline().getEvents();
        robot.press(javafx.scene.input.KeyCode.CONTROL)
                .type(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.CONTROL)
                .write("ㅍㅎㅌㅇㅇㄱㅈㅊ");
        settle();
        List<Event> byInitials = window.timeline().getEvents();

        assertThat(byWord)
                .isNotEmpty()
                .allMatch(e -> e.title("ko").contains("평화통일외교정책")
                        || e.summary("ko").contains("평화통일외교정책")
                        || e.description("ko").contains("평화통일외교정책"));
        assertThat(byInitials)
                .extracting(Event::id)
                .containsExactlyElementsOf(byWord.stream().map(Event::id).toList());
        assertThat(byWord).extracting(Event::id).contains("june-23-declaration-1973");
    }

    @Test
    void givenEnglishThenKorean_whenTheLanguageIsSwitched_thenTheWindowChangesAtOnceAndRemembersIt(FxRobot robot)
            throws Exception {
        waitForDataset();
        runFx(() -> window.setLanguage(Locale.ENGLISH));
        settle();
        assertThat(robot.lookup("#search-field").queryAs(TextInputControl.class).getPromptText())
                .isEqualTo("Search events (Ctrl+F)");

        runFx(() -> window.setLanguage(Locale.KOREAN));
        settle();

        assertThat(robot.lookup("#search-field").queryAs(TextInputControl.class).getPromptText())
                .isEqualTo("사건 검색 (Ctrl+F)");
        assertThat(new AppPreferences(node).language()).isEqualTo(Locale.KOREAN);
        assertThat(window.stage().getTitle()).endsWith("대한민국의 대외 관계");
        // The choosers show their chosen value in the new language too, not only their lists.
        layout(window.stage().getScene().getRoot());
        assertThat(shownValue(robot, "#map-speed")).isEqualTo("초당 2년");
        assertThat(shownValue(robot, "#toolbar-group-by")).isEqualTo("줄: 묶지 않음");
    }

    /** The text a combo box shows for its value: its skin's display node. */
    private static String shownValue(FxRobot robot, String id) {
        javafx.scene.control.ComboBox<?> box = robot.lookup(id).queryAs(javafx.scene.control.ComboBox.class);
        return invoke(() -> ((javafx.scene.control.Labeled)
                        ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode())
                .getText());
    }

    @Test
    void givenKoreanChosen_whenAMalformedFileIsOpened_thenItsProblemsAreListedInKorean(
            FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        waitForDataset();
        java.nio.file.Path bad = dir.resolve("bad.json");
        java.nio.file.Files.writeString(
                bad, "{\n  \"events\": [\n    {\"title\": \"X\", \"start\": \"1965-13-01\"}\n  ]\n}\n");

        robot.interact(() -> window.open(bad));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#problems-dialog").tryQuery().isPresent());

        javafx.scene.control.DialogPane dialog =
                robot.lookup("#problems-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(robot.from(dialog)
                        .lookup("#problem-list")
                        .queryAs(javafx.scene.control.TextArea.class)
                        .getText())
                .isEqualTo("bad.json:3:29: 오류: events[0].start: \"1965-13-01\"은(는) 날짜가 아닙니다(월은 1~12여야 합니다)");
        assertThat(dialog.getHeaderText()).isEqualTo("bad.json을(를) 열지 못했습니다");
        robot.clickOn(robot.from(dialog).lookup(".button").queryButton());
    }

    @Test
    void givenKoreanChosen_whenAFolderIsOpened_thenWhyItCannotBeReadIsSaidInKorean(
            FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        waitForDataset();

        robot.interact(() -> window.open(dir));
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#problems-dialog").tryQuery().isPresent());

        javafx.scene.control.DialogPane dialog =
                robot.lookup("#problems-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getContentText()).isEqualTo("파일을 읽지 못했습니다: " + dir + "은(는) 폴더입니다");
        robot.clickOn(robot.from(dialog).lookup(".button").queryButton());
    }
}
