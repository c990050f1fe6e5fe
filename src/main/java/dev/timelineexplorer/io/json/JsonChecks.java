package dev.timelineexplorer.io.json;

import static dev.timelineexplorer.io.json.Quotes.quote;

import dev.timelineexplorer.io.Message;
import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.json.JsonValue.Kind;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.InvalidDateException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks of single values, written once for every reader and every shape of input: each looks at a located
 * {@link JsonValue} (a tree node or a streamed holder alike), reports what is wrong to the {@link ProblemLog} at the
 * value's place with the given JSON path, and returns the checked value or null. A path is any object whose text is
 * the path, so that a streaming reader can pass a reusable one and spell it out only when a problem is reported.
 */
public final class JsonChecks {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private final ProblemLog problems;

    public JsonChecks(ProblemLog problems) {
        this.problems = problems;
    }

    /** The log problems go to. */
    public ProblemLog problems() {
        return problems;
    }

    /** "expected an array, found a string". */
    public static Message mismatch(Kind expected, Kind found) {
        return ProblemKind.EXPECTED_FOUND.of(expected.description(), found.description());
    }

    /** Whether the value is of a kind; reports a mismatch otherwise. */
    public boolean expect(JsonValue value, Kind kind, Object path) {
        if (value.is(kind)) {
            return true;
        }
        problems.error(value, path, mismatch(kind, value.kind()));
        return false;
    }

    /** Reports a required field missing from an object. */
    public void missing(JsonValue object, Object path, String field) {
        problems.error(object, path, ProblemKind.MISSING_FIELD.of(quote(field)));
    }

    /** Reports a required field missing from an object, naming what it should hold. */
    public void missing(JsonValue object, Object path, String field, Message what) {
        problems.error(object, path, ProblemKind.MISSING_FIELD_HOLDING.of(quote(field), what));
    }

    /** The text of a string value, or null after reporting that it is not one (or is blank, when not allowed). */
    public String string(JsonValue value, Object path, boolean nonBlank) {
        if (!expect(value, Kind.STRING, path)) {
            return null;
        }
        if (nonBlank && value.text().isBlank()) {
            problems.error(value, path, ProblemKind.MUST_NOT_BE_EMPTY.of());
            return null;
        }
        return value.text();
    }

    /** A date such as {@code "1965-06-22"}, {@code "1965-06"} or {@code "1965"}, or null after reporting why not. */
    public HistoricalDate date(JsonValue value, Object path) {
        if (!value.is(Kind.STRING)) {
            problems.error(
                    value,
                    path,
                    ProblemKind.EXPECTED_FOUND.of(
                            ProblemKind.DATE_STRING_SUCH_AS.of("\"1965-06-22\""),
                            value.kind().description()));
            return null;
        }
        try {
            return HistoricalDate.parse(value.text());
        } catch (InvalidDateException e) {
            problems.error(value, path, ProblemKind.NOT_A_DATE.of(quote(value.text()), ProblemKind.dateReason(e)));
            return null;
        }
    }

    /** Reports a required date missing from an object. */
    public void missingDate(JsonValue object, Object path, String field) {
        missing(object, path, field, ProblemKind.DATE_SUCH_AS.of("\"1965-06-22\""));
    }

    /**
     * Whether an end date is not before its start; reports it at the end otherwise. The one wording of this problem
     * in every format: the end (25 June 1950) is before the start (27 July 1953).
     */
    public boolean endNotBeforeStart(JsonValue endValue, Object path, HistoricalDate start, HistoricalDate end) {
        if (end.endDayExclusive() <= start.firstDay()) {
            problems.error(endValue, path, ProblemKind.END_BEFORE_START.of(end, start));
            return false;
        }
        return true;
    }

    /** A colour written {@code #RRGGBB}, upper-cased, or null after reporting why not. */
    public String color(JsonValue value, Object path) {
        String text = string(value, path, false);
        if (text == null) {
            return null;
        }
        if (!COLOR.matcher(text).matches()) {
            problems.error(value, path, ProblemKind.NOT_A_COLOUR.of(quote(text)));
            return null;
        }
        return text.toUpperCase(Locale.ROOT);
    }

    /** An absolute http or https address, or null after reporting why not ({@link Urls}). */
    public String url(JsonValue value, Object path) {
        String text = string(value, path, true);
        if (text == null) {
            return null;
        }
        Message problem = Urls.problem(text);
        if (problem != null) {
            problems.error(value, path, problem);
            return null;
        }
        return text;
    }

    /**
     * Warns once per shape about each member of an object the format does not define ("unknown field (ignored)"), so
     * that files of other versions still open.
     *
     * @param reported the shapes and names already warned about, such as {@code countries[].flag}
     */
    public void warnUnknownFields(
            JsonValue object, String path, Set<String> known, String shape, Set<String> reported) {
        warnUnknown(object, path, known, shape, reported, ProblemKind.UNKNOWN_FIELD);
    }

    /**
     * As {@link #warnUnknownFields}, for a format whose reader keeps such members and writes them back on saving:
     * the warning says they are kept, not ignored.
     */
    public void warnKeptUnknownFields(
            JsonValue object, String path, Set<String> known, String shape, Set<String> reported) {
        warnUnknown(object, path, known, shape, reported, ProblemKind.UNKNOWN_FIELD_KEPT);
    }

    private void warnUnknown(
            JsonValue object, String path, Set<String> known, String shape, Set<String> reported, ProblemKind kind) {
        for (Map.Entry<String, JsonValue> field : object.fields().entrySet()) {
            if (!known.contains(field.getKey()) && reported.add(shape + "." + field.getKey())) {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                problems.warning(field.getValue(), fieldPath, kind.of());
            }
        }
    }
}
