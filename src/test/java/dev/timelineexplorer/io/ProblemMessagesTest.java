package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The readers' problems in Korean: every kind of message the corpus brings out is said in Korean. */
class ProblemMessagesTest {
    /** Quoted values, code and field names, JSON paths: these stay as written. */
    private static final Pattern KEPT_AS_WRITTEN =
            Pattern.compile("\"[^\"]*\"|'[^']*'|\\[[^]]*]|\\{[^}]*}|\\([^)]*\\)");

    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]*");

    /** Words Korean text keeps: names of formats and standards, and the notation of dates. */
    private static final Set<String> KEPT_WORDS = Set.of("id", "http", "https", "alpha", "NaN", "Infinity");

    private static List<Problem> corpusProblems() throws IOException {
        List<Problem> all = new ArrayList<>();
        for (String file : ProblemCorpus.FILES) {
            LoadResult result =
                    new DatasetLoader().read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "t.json");
            all.addAll(result.problems());
        }
        return all;
    }

    private static List<String> englishWords(String text) {
        String outsideQuotes = KEPT_AS_WRITTEN.matcher(text).replaceAll(" ");
        List<String> words = new ArrayList<>();
        Matcher m = ENGLISH_WORD.matcher(outsideQuotes);
        while (m.find()) {
            if (!KEPT_WORDS.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    @Test
    void givenEveryKindOfProblem_whenSaidInKorean_thenNoEnglishWordIsLeftOutsideTheValuesItQuotes() throws IOException {
        List<Problem> problems = corpusProblems();

        assertThat(problems).hasSizeGreaterThan(55);
        for (Problem problem : problems) {
            String korean = ProblemMessages.message(problem, Locale.KOREAN);
            assertThat(englishWords(korean))
                    .as("%s -> %s", problem.message(), korean)
                    .isEmpty();
        }
    }

    @Test
    void givenAProblem_whenFormattedInEachLanguage_thenLocationAndPathStayAndTheWordsChange() {
        Problem problem = new Problem(
                "korea.json",
                14,
                17,
                Severity.ERROR,
                "events[2].start",
                "\"1965-13-01\" is not a date (month must be 1-12)");

        assertThat(ProblemMessages.format(problem, Locale.ENGLISH))
                .isEqualTo(
                        "korea.json:14:17: error: events[2].start: \"1965-13-01\" is not a date (month must be 1-12)");
        assertThat(ProblemMessages.format(problem, Locale.KOREAN))
                .isEqualTo("korea.json:14:17: 오류: events[2].start: \"1965-13-01\"은(는) 날짜가 아닙니다(월은 1~12여야 합니다)");
    }

    @Test
    void givenEnglishDates_whenSaidInKorean_thenTheyReadAsKoreanWritesThem() {
        assertThat(ProblemMessages.date("22 June 1965")).isEqualTo("1965년 6월 22일");
        assertThat(ProblemMessages.date("April 1975")).isEqualTo("1975년 4월");
        assertThat(ProblemMessages.date("1950")).isEqualTo("1950년");
        assertThat(ProblemMessages.date("44 BC")).isEqualTo("기원전 44년");
        assertThat(ProblemMessages.korean("the end (1956) is before the start (April 1975)"))
                .isEqualTo("끝(1956년)이 시작(1975년 4월)보다 앞섭니다");
    }

    @Test
    void givenAMessageOfAnUnknownKind_whenSaidInKorean_thenItStaysInEnglishRatherThanBeLost() {
        assertThat(ProblemMessages.korean("something new went wrong")).isEqualTo("something new went wrong");
    }
}
