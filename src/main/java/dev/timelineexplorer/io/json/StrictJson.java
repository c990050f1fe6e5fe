package dev.timelineexplorer.io.json;

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
 * nesting, string, number and key sizes so that a hostile file cannot exhaust the stack or memory. Also turns
 * Jackson's syntax errors into short plain English with a location.
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
                    at.getLineNr(),
                    at.getColumnNr(),
                    at.getByteOffset(),
                    "",
                    "unexpected content after the end of the JSON document");
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
        String message = afterDocument
                ? "unexpected content after the end of the JSON document"
                : explain(e.getOriginalMessage());
        problems.error(line, column, offset, "", message);
    }

    private static boolean nestingLimit(JacksonException e) {
        return e instanceof StreamConstraintsException
                && String.valueOf(e.getOriginalMessage())
                        .toLowerCase(Locale.ROOT)
                        .contains("nesting depth");
    }

    /** Jackson's syntax message as short plain English. */
    public static String explain(String original) {
        String text = original == null ? "" : original;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("end-of-input")) {
            return "the file ends too early: the JSON is incomplete (was it truncated?)";
        }
        if (lower.contains("duplicate")) {
            Matcher m = QUOTED_NAME.matcher(text);
            return m.find() ? "duplicate key \"" + m.group(1) + "\" in the same object" : "duplicate key";
        }
        if (lower.contains("invalid utf-8") || lower.contains("utf8") || lower.contains("utf-8")) {
            return "invalid UTF-8 bytes: the file must be saved as UTF-8";
        }
        if (lower.contains("nesting depth")) {
            return "the JSON is nested too deeply (more than " + MAX_NESTING_DEPTH + " levels)";
        }
        if (lower.contains("nan") || lower.contains("infinity")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (lower.contains("comment")) {
            return "comments are not allowed in JSON";
        }
        if (lower.contains("string value length")) {
            return "a text value is longer than " + MAX_STRING_LENGTH + " characters";
        }
        if (lower.contains("number value length") || lower.contains("number length")) {
            return "a number is too long";
        }
        if (lower.contains("name length")) {
            return "a key is too long";
        }
        if (lower.contains("was expecting double-quote to start") || lower.contains("was expecting a colon")) {
            return "malformed JSON: expected a quoted key (\"name\": value); "
                    + "trailing commas and unquoted keys are not allowed";
        }
        if (lower.contains("was expecting comma")) {
            return "malformed JSON: expected a comma between values";
        }
        if (lower.contains("control character") || lower.contains("illegal unquoted character")) {
            return "malformed JSON: a text value contains an unescaped control character (write \\n, \\t)";
        }
        // The rest in our words, never Jackson's: its messages name its classes and settings.
        Matcher close = CLOSE_MARKER.matcher(text);
        if (close.find()) {
            return "malformed JSON: '" + close.group(1) + "' where '" + close.group(2) + "' should close what is open";
        }
        Matcher token = UNRECOGNISED_TOKEN.matcher(text);
        if (token.find()) {
            return "malformed JSON: '" + token.group(1) + "' is not a value (text in quotes, a number, true, false,"
                    + " null, an object or an array)";
        }
        if (lower.contains("numeric value")) {
            return "malformed JSON: a number is not written as JSON writes numbers";
        }
        Matcher character = UNEXPECTED_CHARACTER.matcher(text);
        if (character.find()) {
            return "malformed JSON: unexpected character '" + character.group(1) + "' where a value should be";
        }
        if (lower.contains("unexpected character")) {
            return "malformed JSON: an unexpected character where a value should be";
        }
        return "malformed JSON: the text cannot be read as JSON here";
    }

    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern UNRECOGNISED_TOKEN = Pattern.compile("Unrecognized token '([^']{1,40})");
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.)' \\(code");
}
