package dev.timelineexplorer.io;

import dev.timelineexplorer.model.HistoricalDate;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Problems put into words in a language, English or Korean, from the bundles {@code problems.properties} and {@code
 * problems_ko.properties} beside this class: each {@link ProblemKind} is a {@link MessageFormat} pattern under its
 * name. The values a message quotes (a date as written, a code, a field's name) stay as they are; the phrases it nests
 * (the reason a date is not a date) and the dates it names are said in the same language. English is the language of
 * the command line by default and of {@link Problem#toString()}.
 *
 * <p>Arguments reach the pattern as text already written: numbers without grouping (a year is 1965, never 1,965), so a
 * pattern needs no number formats; and as every pattern is a {@link MessageFormat}, an apostrophe in one is written
 * twice ({@code ''}).
 */
public final class ProblemMessages {
    private static final String BUNDLE = "dev.timelineexplorer.io.problems";
    private static final ResourceBundle ENGLISH = load(Locale.ENGLISH);
    private static final ResourceBundle KOREAN = load(Locale.KOREAN);

    private ProblemMessages() {}

    private static ResourceBundle load(Locale language) {
        // No fallback to the system's language: English is the base bundle, whatever the machine says.
        return ResourceBundle.getBundle(
                BUNDLE,
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static boolean isKorean(Locale language) {
        return language != null && language.getLanguage().equals("ko");
    }

    private static ResourceBundle bundle(Locale language) {
        return isKorean(language) ? KOREAN : ENGLISH;
    }

    /** The pattern of a kind in a language, as the bundle has it. */
    static String pattern(ProblemKind kind, Locale language) {
        return bundle(language).getString(kind.key());
    }

    /** A problem as {@code file:line:column: severity: path: message}, in a language (English or Korean). */
    public static String format(Problem problem, Locale language) {
        StringBuilder out = new StringBuilder(problem.source());
        if (problem.line() > 0) {
            out.append(':').append(problem.line()).append(':').append(Math.max(problem.column(), 1));
        }
        out.append(": ").append(severity(problem.severity(), language)).append(": ");
        if (!problem.path().isEmpty()) {
            out.append(problem.path()).append(": ");
        }
        return out.append(text(problem.what(), language)).toString();
    }

    /** A problem's message in a language, without its place. */
    public static String message(Problem problem, Locale language) {
        return text(problem.what(), language);
    }

    /** The word for a severity in a language: "error", "오류". */
    public static String severity(Severity severity, Locale language) {
        return bundle(language).getString("severity." + severity.word());
    }

    /** A message in a language, with the messages and dates it names in the same language. */
    public static String text(Message message, Locale language) {
        List<Object> arguments = message.arguments();
        Object[] written = new Object[arguments.size()];
        for (int i = 0; i < written.length; i++) {
            written[i] = argument(arguments.get(i), language);
        }
        return new MessageFormat(pattern(message.kind(), language), isKorean(language) ? Locale.KOREAN : Locale.ENGLISH)
                .format(written);
    }

    private static String argument(Object argument, Locale language) {
        if (argument instanceof Message nested) {
            return text(nested, language);
        }
        if (argument instanceof HistoricalDate date) {
            return date(date, language);
        }
        return String.valueOf(argument);
    }

    /** A date at its precision: "22 June 1965", "44 BC"; "1965년 6월 22일", "기원전 44년". */
    static String date(HistoricalDate date, Locale language) {
        if (!isKorean(language)) {
            return date.toDisplayString();
        }
        String year = date.year() > 0 ? date.year() + "년" : "기원전 " + (1 - date.year()) + "년";
        return switch (date.precision()) {
            case YEAR -> year;
            case MONTH -> year + " " + date.month() + "월";
            case DAY -> year + " " + date.month() + "월 " + date.day() + "일";
        };
    }
}
