package dev.timelineexplorer.io.json;

import dev.timelineexplorer.io.Message;
import dev.timelineexplorer.io.ProblemKind;
import java.io.InputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Strict JSON as every reader of the app parses it: no comments, no NaN, nothing after the document, duplicate keys
 * found by the readers themselves (so that they can point at the key and read on), and read constraints that bound
 * nesting, string, number and key sizes so that a hostile file cannot exhaust the stack or memory. Also says what
 * Jackson's syntax errors mean, as kinds of problem with a location.
 */
public final class StrictJson {
    /** Deepest nesting accepted; the formats need five levels. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(100)
                    .maxNameLength(1_000)
                    .build())
            .build();

    private static final Pattern QUOTED_NAME = Pattern.compile("\"([^\"]*)\"");

    private StrictJson() {}

    /** A parser over a stream of UTF-8 bytes (a byte order mark is allowed). */
    public static JsonParser parser(InputStream in) {
        return FACTORY.createParser(ObjectReadContext.empty(), in);
    }

    /** A parser over UTF-8 bytes. */
    public static JsonParser parser(byte[] bytes) {
        return FACTORY.createParser(ObjectReadContext.empty(), bytes);
    }

    /** Reports anything after the end of the JSON document, where it starts. */
    public static void expectEnd(JsonParser parser, ProblemLog problems) {
        if (parser.nextToken() != null) {
            TokenStreamLocation at = parser.currentTokenLocation();
            problems.error(
                    at.getLineNr(), at.getColumnNr(), at.getByteOffset(), "", ProblemKind.JSON_TRAILING_CONTENT.of());
        }
    }

    /**
     * Reports a syntax error met while reading, at its location. A nesting limit error carries no location of its
     * own: it is reported where the parser stands, just inside the bracket that went one level too deep.
     *
     * @param afterDocument whether the document was complete, so that the error is trailing content
     */
    public static void report(JacksonException e, JsonParser parser, boolean afterDocument, ProblemLog problems) {
        TokenStreamLocation at = e.getLocation();
        if ((at == null || at.getLineNr() <= 0) && parser != null) {
            at = nestingLimit(e) ? parser.currentTokenLocation() : parser.currentLocation();
        }
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        long offset = at == null ? -1 : at.getByteOffset();
        Message message = afterDocument ? ProblemKind.JSON_TRAILING_CONTENT.of() : explain(e.getOriginalMessage());
        problems.error(line, column, offset, "", message);
    }

    private static boolean nestingLimit(JacksonException e) {
        return e instanceof StreamConstraintsException
                && String.valueOf(e.getOriginalMessage())
                        .toLowerCase(Locale.ROOT)
                        .contains("nesting depth");
    }

    /** What Jackson's syntax message means, in our words: its own messages name its classes and settings. */
    public static Message explain(String original) {
        String text = original == null ? "" : original;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("end-of-input")) {
            return ProblemKind.JSON_TRUNCATED.of();
        }
        if (lower.contains("duplicate")) {
            Matcher m = QUOTED_NAME.matcher(text);
            return m.find()
                    ? ProblemKind.DUPLICATE_KEY.of("\"" + m.group(1) + "\"")
                    : ProblemKind.DUPLICATE_KEY_UNNAMED.of();
        }
        if (lower.contains("invalid utf-8") || lower.contains("utf8") || lower.contains("utf-8")) {
            return ProblemKind.INVALID_UTF8.of();
        }
        if (lower.contains("nesting depth")) {
            return ProblemKind.JSON_TOO_DEEP.of(MAX_NESTING_DEPTH);
        }
        if (lower.contains("nan") || lower.contains("infinity")) {
            return ProblemKind.JSON_NAN.of();
        }
        if (lower.contains("comment")) {
            return ProblemKind.JSON_COMMENT.of();
        }
        if (lower.contains("string value length")) {
            return ProblemKind.JSON_STRING_TOO_LONG.of(MAX_STRING_LENGTH);
        }
        if (lower.contains("number value length") || lower.contains("number length")) {
            return ProblemKind.JSON_NUMBER_TOO_LONG.of();
        }
        if (lower.contains("name length")) {
            return ProblemKind.JSON_KEY_TOO_LONG.of();
        }
        if (lower.contains("was expecting double-quote to start") || lower.contains("was expecting a colon")) {
            return ProblemKind.JSON_EXPECTED_KEY.of();
        }
        if (lower.contains("was expecting comma")) {
            return ProblemKind.JSON_EXPECTED_COMMA.of();
        }
        if (lower.contains("control character") || lower.contains("illegal unquoted character")) {
            return ProblemKind.JSON_CONTROL_CHARACTER.of();
        }
        Matcher close = CLOSE_MARKER.matcher(text);
        if (close.find()) {
            return ProblemKind.JSON_WRONG_CLOSE.of("'" + close.group(1) + "'", "'" + close.group(2) + "'");
        }
        Matcher token = UNRECOGNISED_TOKEN.matcher(text);
        if (token.find()) {
            return ProblemKind.JSON_NOT_A_VALUE.of("'" + token.group(1) + "'");
        }
        if (lower.contains("numeric value")) {
            return ProblemKind.JSON_BAD_NUMBER.of();
        }
        Matcher character = UNEXPECTED_CHARACTER.matcher(text);
        if (character.find()) {
            return ProblemKind.JSON_UNEXPECTED_CHARACTER.of("'" + character.group(1) + "'");
        }
        if (lower.contains("unexpected character")) {
            return ProblemKind.JSON_UNEXPECTED.of();
        }
        return ProblemKind.JSON_UNREADABLE.of();
    }

    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern UNRECOGNISED_TOKEN = Pattern.compile("Unrecognized token '([^']{1,40})");
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.)' \\(code");
}
