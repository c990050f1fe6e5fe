package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundles problems are worded from: one pattern per kind in each language, each taking the kind's arguments. */
class ProblemBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessages.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"problems.properties", "problems_ko.properties"})
    void givenABundle_whenEachKindIsLookedUp_thenItHasAPatternTakingExactlyItsArguments(String file)
            throws IOException {
        Properties bundle = bundle(file);

        for (ProblemKind kind : ProblemKind.values()) {
            String pattern = bundle.getProperty(kind.key());
            assertThat(pattern).as("%s in %s", kind, file).isNotBlank();
            Set<Integer> expected =
                    IntStream.range(0, kind.arity()).boxed().collect(Collectors.toCollection(TreeSet::new));
            assertThat(placeholders(pattern))
                    .as("the arguments of %s in %s", kind, file)
                    .isEqualTo(expected);
            // Every apostrophe written twice and no brace but a placeholder's: nothing MessageFormat would swallow.
            assertThat(pattern.replace("''", "")).as("%s in %s", kind, file).doesNotContain("'");
            assertThat(PLACEHOLDER.matcher(pattern).replaceAll(""))
                    .as("%s in %s", kind, file)
                    .doesNotContain("{", "}");
            Object[] arguments = IntStream.range(0, kind.arity())
                    .mapToObj(i -> "<" + i + ">")
                    .toArray();
            String formatted = new MessageFormat(pattern, Locale.ROOT).format(arguments);
            for (Object argument : arguments) {
                assertThat(formatted).as("%s in %s", kind, file).contains((String) argument);
            }
        }
    }

    @Test
    void givenBothBundles_whenTheirKeysAreCompared_thenTheyAreTheKindsAndTheSeveritiesAndNothingElse()
            throws IOException {
        Set<String> expected = Arrays.stream(ProblemKind.values())
                .map(ProblemKind::key)
                .collect(Collectors.toCollection(TreeSet::new));
        expected.addAll(Set.of("severity.error", "severity.warning"));

        assertThat(new TreeSet<>(bundle("problems.properties").stringPropertyNames()))
                .isEqualTo(expected);
        assertThat(new TreeSet<>(bundle("problems_ko.properties").stringPropertyNames()))
                .isEqualTo(expected);
    }

    @Test
    void givenAKind_whenGivenTheWrongArguments_thenItIsRefusedWhenMadeRatherThanWhenSaid() {
        assertThatThrownBy(() -> ProblemKind.NOT_A_DATE.of("\"x\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("takes 2 arguments");
        assertThatThrownBy(() -> ProblemKind.NOT_A_COLOUR.of(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Double");
    }
}
