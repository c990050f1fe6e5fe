package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken JSON is said in our words, never the parser's (which name its classes and settings), in both languages. */
class MalformedJsonWordsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"events\": [}|'}' where ']' should close what is open|열린 것을 닫을 ']' 자리에 '}'",
                "{\"events\": [{\"title\": Saudi}]}|'Saudi' is not a value|'Saudi'은(는) 값이 아닙니다",
                "{\"events\": [:]}|unexpected character ':' where a value should be|뜻밖의 문자 ':'",
                "{\"events\": [-x]}|a number is not written as JSON writes numbers|숫자가 JSON 숫자 형식으로",
            })
    void givenBrokenJson_whenRead_thenTheProblemIsInOurWordsInEnglishAndKorean(
            String json, String english, String korean) throws IOException {
        LoadResult result = new DatasetLoader()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "broken.json");

        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.message())
                    .contains(english)
                    .doesNotContain("Source", "StreamReadFeature", "expecting", "Unexpected", "Unrecognized");
            assertThat(ProblemMessages.message(problem, Locale.KOREAN))
                    .contains(korean)
                    .doesNotContain("expected", "value", "token");
        });
    }
}
