package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.HistoricalDate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The readers' problems in words: every kind the corpus brings out is said in Korean, and in English as before. */
class ProblemMessagesTest {
    /** Quoted values, code and field names, JSON paths: these stay as written. */
    private static final Pattern KEPT_AS_WRITTEN =
            Pattern.compile("\"[^\"]*\"|'[^']*'|\\[[^]]*]|\\{[^}]*}|\\([^)]*\\)");

    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]*");

    /** Words Korean text keeps: names of formats, standards and products, and the notation of dates. */
    private static final Set<String> KEPT_WORDS =
            Set.of("id", "http", "https", "alpha", "NaN", "Infinity", "TimelineJS");

    /** The problems of every file of the corpus, JSON and CSV, and of a file in UTF-16. */
    static List<Problem> corpusProblems() throws IOException {
        List<Problem> all = new ArrayList<>();
        for (String file : ProblemCorpus.FILES) {
            all.addAll(read(file.getBytes(StandardCharsets.UTF_8), "t.json"));
        }
        for (String file : ProblemCorpus.CSV_FILES) {
            all.addAll(read(file.getBytes(StandardCharsets.UTF_8), "t.csv"));
        }
        all.addAll(read("{\"events\": []}".getBytes(StandardCharsets.UTF_16LE), "t.json"));
        all.addAll(read(new byte[] {'{', '"', 'e', (byte) 0xff, '"', ':', '1', '}'}, "t.json"));
        return all;
    }

    private static List<Problem> read(byte[] bytes, String name) throws IOException {
        return new DatasetLoader().read(new ByteArrayInputStream(bytes), name).problems();
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

        assertThat(problems).hasSizeGreaterThan(120);
        for (Problem problem : problems) {
            String korean = ProblemMessages.message(problem, Locale.KOREAN);
            assertThat(englishWords(korean))
                    .as("%s -> %s", problem.message(), korean)
                    .isEmpty();
        }
    }

    /**
     * The command line's English is the readers' English from before they reported kinds: {@code
     * problem-corpus-english.txt} was written by the readers of commit 4784bd4 (sentences made in code) from this
     * corpus, and changes only when a wording does, on purpose.
     */
    @Test
    void givenEveryProblemOfTheCorpus_whenWrittenInEnglish_thenItIsTheSentenceTheReadersWroteBefore()
            throws IOException {
        List<String> expected;
        try (InputStream in = ProblemMessagesTest.class.getResourceAsStream("problem-corpus-english.txt")) {
            assertThat(in).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }

        List<String> english = corpusProblems().stream().map(Problem::toString).toList();

        assertThat(english).containsExactlyElementsOf(expected);
        assertThat(corpusProblems().stream().map(p -> ProblemMessages.format(p, Locale.ENGLISH)))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void givenTheCorpus_whenRead_thenItBringsOutNearlyEveryKindOfProblem() throws IOException {
        Set<ProblemKind> seen = EnumSet.noneOf(ProblemKind.class);
        for (Problem problem : corpusProblems()) {
            collect(problem.what(), seen);
        }
        // Those only a huge file, a folder, memory running out, a parser's rarest errors or 200 problems bring out,
        // and an empty file given to the TimelineJS reader itself (the loader reads an empty file as its own format).
        Set<ProblemKind> elsewhere = EnumSet.of(
                ProblemKind.EMPTY_TIMELINEJS,
                ProblemKind.FILE_IS_DIRECTORY,
                ProblemKind.FILE_TOO_LARGE,
                ProblemKind.NOT_ENOUGH_MEMORY,
                ProblemKind.TOO_LARGE_TO_INDEX,
                ProblemKind.MORE_PROBLEMS,
                ProblemKind.CSV_ROW_UNREADABLE,
                ProblemKind.DUPLICATE_KEY_UNNAMED,
                ProblemKind.JSON_STRING_TOO_LONG,
                ProblemKind.JSON_UNEXPECTED,
                ProblemKind.JSON_UNREADABLE,
                ProblemKind.DATE_YEAR_RANGE,
                ProblemKind.DATE_REQUIRED);

        assertThat(EnumSet.complementOf(EnumSet.copyOf(seen))).isSubsetOf(elsewhere);
    }

    private static void collect(Message message, Set<ProblemKind> seen) {
        seen.add(message.kind());
        for (Object argument : message.arguments()) {
            if (argument instanceof Message nested) {
                collect(nested, seen);
            }
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
                ProblemKind.NOT_A_DATE.of("\"1965-13-01\"", ProblemKind.DATE_MONTH_RANGE.of()));

        assertThat(ProblemMessages.format(problem, Locale.ENGLISH))
                .isEqualTo(problem.toString())
                .isEqualTo(
                        "korea.json:14:17: error: events[2].start: \"1965-13-01\" is not a date (month must be 1-12)");
        assertThat(ProblemMessages.format(problem, Locale.KOREAN))
                .isEqualTo("korea.json:14:17: 오류: events[2].start: \"1965-13-01\"은(는) 날짜가 아닙니다(월은 1~12여야 합니다)");
    }

    @Test
    void givenDates_whenNamedInAMessage_thenEachLanguageWritesThemItsWay() {
        Message ends = ProblemKind.END_BEFORE_START.of(HistoricalDate.ofYear(1956), HistoricalDate.ofMonth(1975, 4));
        Message day = ProblemKind.NOT_A_DAY.of(
                30, ProblemKind.DATE_DAY_RANGE_IN_MONTH.of(28, HistoricalDate.ofMonth(-43, 2)));

        assertThat(ProblemMessages.text(ends, Locale.ENGLISH))
                .isEqualTo("the end (1956) is before the start (April 1975)");
        assertThat(ProblemMessages.text(ends, Locale.KOREAN)).isEqualTo("끝(1956년)이 시작(1975년 4월)보다 앞섭니다");
        assertThat(ProblemMessages.text(day, Locale.ENGLISH))
                .isEqualTo("30 is not a day (day must be 1-28 in February 44 BC)");
        assertThat(ProblemMessages.text(day, Locale.KOREAN)).isEqualTo("30은(는) 일이 아닙니다(기원전 44년 2월의 일은 1~28이어야 합니다)");
        assertThat(ProblemMessages.date(HistoricalDate.of(1965, 6, 22), Locale.KOREAN))
                .isEqualTo("1965년 6월 22일");
    }

    @Test
    void givenNumbersAndApostrophes_whenFormatted_thenNumbersAreNotGroupedAndQuotesStay() {
        assertThat(ProblemKind.DATE_YEAR_RANGE.of(-9999, 9999).toString())
                .isEqualTo("year must be between -9999 and 9999");
        assertThat(ProblemKind.YEAR_OUT_OF_RANGE
                        .of(19650, HistoricalDate.ofYear(-9999), HistoricalDate.ofYear(9999))
                        .toString())
                .isEqualTo("19650 is out of range (years from 10000 BC to 9999)");
        assertThat(ProblemMessages.text(ProblemKind.JSON_STRING_TOO_LONG.of(1_000_000), Locale.KOREAN))
                .isEqualTo("문자열이 1000000자보다 깁니다");
        assertThat(ProblemKind.NOT_A_VALID_CODE.of("\"a b\"").toString())
                .isEqualTo("\"a b\" is not a valid code (1-16 letters, digits, '-' or '_')");
        assertThat(ProblemMessages.text(ProblemKind.NOT_A_VALID_CODE.of("\"a b\""), Locale.KOREAN))
                .isEqualTo("\"a b\"은(는) 올바른 코드가 아닙니다(영문자, 숫자, '-', '_'로 1~16자)");
    }

    @Test
    void givenAnAddressWithoutAHost_whenSaidInKorean_thenItIsSaidInKorean() throws IOException {
        List<Problem> problems =
                read("title,start,source_urls\nX,1950,https:///path\n".getBytes(StandardCharsets.UTF_8), "events.csv");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("\"https:///path\" has no host name");
            assertThat(ProblemMessages.message(problem, Locale.KOREAN)).isEqualTo("\"https:///path\"에는 호스트 이름이 없습니다");
        });
    }
}
