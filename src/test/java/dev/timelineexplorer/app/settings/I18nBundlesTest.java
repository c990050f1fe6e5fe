package dev.timelineexplorer.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The English and Korean bundles say the same things: the same keys, the same arguments, valid patterns. */
class I18nBundlesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("/dev/timelineexplorer/app/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void givenTheTwoBundles_whenTheirKeysAreCompared_thenTheyAreTheSame() throws IOException {
        Properties english = load("messages.properties");
        Properties korean = load("messages_ko.properties");

        assertThat(new TreeSet<>(korean.stringPropertyNames()))
                .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void givenEveryMessage_whenItsPatternsAreRead_thenBothLanguagesTakeTheSameArgumentsAndParse() throws IOException {
        Properties english = load("messages.properties");
        Properties korean = load("messages_ko.properties");

        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String ko = korean.getProperty(key);
            assertThat(arguments(ko)).as(key).isEqualTo(arguments(en));
            if (!arguments(en).isEmpty()) {
                new MessageFormat(en, Locale.ENGLISH);
                new MessageFormat(ko, Locale.KOREAN);
            }
        }
    }

    @Test
    void givenTheKoreanBundle_whenRead_thenEveryTextThatIsNotANameOrKeyIsWrittenInHangul() throws IOException {
        Properties korean = load("messages_ko.properties");
        // Keys whose Korean text is rightly the same as the English: a language's own name, pure patterns.
        Set<String> same = Set.of("menu.languageEnglish", "help.literal");

        for (String key : korean.stringPropertyNames()) {
            if (!same.contains(key)) {
                assertThat(HANGUL.matcher(korean.getProperty(key)).find())
                        .as("%s is written in Korean", key)
                        .isTrue();
            }
        }
    }
}
