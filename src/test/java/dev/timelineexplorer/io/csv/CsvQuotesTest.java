package dev.timelineexplorer.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.io.DatasetLoader;
import dev.timelineexplorer.io.Problem;
import dev.timelineexplorer.io.ProblemMessages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Quoting mistakes in a CSV file: where the reading stopped, in our words, in English and Korean. */
class CsvQuotesTest {
    private static List<Problem> problems(String csv) throws IOException {
        return new DatasetLoader()
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "events.csv")
                .problems();
    }

    @Test
    void givenTextAfterAClosingQuote_whenRead_thenTheProblemIsAtThatCharacterAndNamesNoLibrary() throws IOException {
        String csv = "title,start\nFirst,1950\n\"Second\"x,1951\n";

        List<Problem> problems = problems(csv);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.toString())
                    .isEqualTo("events.csv:3:9: error: malformed CSV: a quoted cell has text after its closing quote");
            assertThat(ProblemMessages.message(problem, Locale.KOREAN))
                    .isEqualTo("CSV 형식 오류: 따옴표로 묶은 칸의 닫는 따옴표 뒤에 글자가 있습니다");
        });
    }

    @Test
    void givenAQuoteNeverClosed_whenRead_thenTheProblemIsAtTheOpeningQuote() throws IOException {
        String csv = "title,start\nFirst,1950\nSecond,\"1951\nThird,1952\n";

        List<Problem> problems = problems(csv);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.toString())
                    .isEqualTo("events.csv:3:8: error: malformed CSV: a quoted cell is never closed")
                    .doesNotContain("org.apache", "Exception");
            assertThat(ProblemMessages.message(problem, Locale.KOREAN).replace("CSV", ""))
                    .doesNotContainPattern("[A-Za-z]{3,}");
        });
    }

    @Test
    void givenABadAddressInASource_whenRead_thenItIsSaidInOurWordsInBothLanguages() throws IOException {
        String json = "{\"events\": [{\"title\": \"x\", \"start\": \"1950\","
                + " \"sources\": [{\"title\": \"s\", \"url\": \"https://exa mple.org/\"}]}]}";

        List<Problem> problems = new DatasetLoader()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json")
                .problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.message())
                    .contains("is not a valid address (the character U+0020 at position 12 cannot stand there)")
                    .doesNotContain("Illegal");
            assertThat(ProblemMessages.message(problem, Locale.KOREAN))
                    .contains("올바른 주소가 아닙니다(12번째 글자 U+0020")
                    .doesNotContain("Illegal", "valid");
        });
    }
}
