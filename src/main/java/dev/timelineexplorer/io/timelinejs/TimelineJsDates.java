package dev.timelineexplorer.io.timelinejs;

import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.json.JsonChecks;
import dev.timelineexplorer.io.json.JsonValue;
import dev.timelineexplorer.io.json.JsonValue.Kind;
import dev.timelineexplorer.io.json.ProblemLog;
import dev.timelineexplorer.io.json.Quotes;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.InvalidDateException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TimelineJS dates: objects with {@code year} and optional {@code month} and {@code day}, as numbers or strings; the
 * precision (year, month or day) is kept. Time parts ({@code hour}, {@code minute}, ...) are ignored with a warning.
 * TimelineJS writes a year BC as its negative ({@code -44} is 44 BC) and has no year 0; the app's years are
 * astronomical (year 0 is 1 BC), so TimelineJS year {@code -b} becomes {@code 1 - b}. Also used by the TimelineJS
 * spreadsheet, whose cells hold the same parts.
 */
public final class TimelineJsDates {
    static final Set<String> DATE_FIELDS =
            Set.of("year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format");
    private static final List<String> TIME_FIELDS = List.of("hour", "minute", "second", "millisecond");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,9}");

    /** A part of a date that is not there (or is JSON null or an empty string). */
    public static final int ABSENT = Integer.MIN_VALUE;
    /** A part of a date that is wrong; the problem has been reported. */
    public static final int FAILED = Integer.MIN_VALUE + 1;

    private final ProblemLog problems;
    private final JsonChecks checks;
    private final Set<String> reportedUnknownFields;

    TimelineJsDates(JsonChecks checks, Set<String> reportedUnknownFields) {
        this.problems = checks.problems();
        this.checks = checks;
        this.reportedUnknownFields = reportedUnknownFields;
    }

    /**
     * The date in {@code parent.field}, such as {@code {"year": "1950", "month": "6"}}, or null when absent or after
     * reporting what is wrong.
     */
    HistoricalDate date(JsonValue parent, String field, String path, boolean required) {
        String datePath = path + "." + field;
        JsonValue node = parent.present(field);
        if (node == null) {
            if (required) {
                checks.missing(parent, datePath, field, ProblemKind.OBJECT_SUCH_AS.of("{\"year\": \"1950\"}"));
            }
            return null;
        }
        if (!node.is(Kind.OBJECT)) {
            problems.error(
                    node,
                    datePath,
                    ProblemKind.EXPECTED_FOUND.of(
                            ProblemKind.DATE_OBJECT_SUCH_AS.of("{\"year\": \"1950\", \"month\": \"6\"}"),
                            node.kind().description()));
            return null;
        }
        checks.warnUnknownFields(node, datePath, DATE_FIELDS, "date", reportedUnknownFields);
        for (String timeField : TIME_FIELDS) {
            JsonValue time = node.present(timeField);
            if (time != null) {
                problems.warning(time, datePath + "." + timeField, ProblemKind.TIME_IGNORED.of());
                break;
            }
        }
        int year = part(node.present("year"), datePath + ".year");
        int month = part(node.present("month"), datePath + ".month");
        int day = part(node.present("day"), datePath + ".day");
        return fromParts(year, month, day, node, datePath);
    }

    /**
     * A whole number part of a date, written as a number or a string of digits; {@link #ABSENT} when missing, null
     * or an empty string, {@link #FAILED} after reporting what is wrong.
     */
    int part(JsonValue node, String path) {
        if (node == null) {
            return ABSENT;
        }
        if (!node.is(Kind.STRING) && !node.is(Kind.NUMBER)) {
            problems.error(
                    node,
                    path,
                    ProblemKind.EXPECTED_FOUND.of(
                            ProblemKind.WHOLE_NUMBER_OR_DIGITS.of(), node.kind().description()));
            return FAILED;
        }
        return number(node.text(), node.is(Kind.STRING), node, path);
    }

    /** A whole number written as text; see {@link #part}. */
    int number(String written, boolean quoted, JsonValue at, String path) {
        String text = written.strip();
        if (text.isEmpty()) {
            return ABSENT;
        }
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            problems.error(
                    at,
                    path,
                    ProblemKind.EXPECTED_FOUND.of(
                            ProblemKind.WHOLE_NUMBER.of(), quoted ? Quotes.quote(written) : written));
            return FAILED;
        }
        return Integer.parseInt(text);
    }

    /**
     * The date of TimelineJS year, month and day parts ({@link #ABSENT} for those not given), or null after reporting
     * what is wrong at {@code at}, the date's object or cell.
     */
    HistoricalDate fromParts(int year, int month, int day, JsonValue at, String datePath) {
        if (year == FAILED || month == FAILED || day == FAILED) {
            return null;
        }
        if (year == ABSENT) {
            problems.error(at, datePath + ".year", ProblemKind.MISSING_FIELD.of(Quotes.quote("year")));
            return null;
        }
        JsonValue yearAt = at.field("year") == null ? at : at.field("year");
        if (year == 0) {
            problems.error(yearAt, datePath + ".year", ProblemKind.NO_YEAR_ZERO.of());
            return null;
        }
        int astronomical = year < 0 ? year + 1 : year;
        if (astronomical < HistoricalDate.MIN_YEAR || astronomical > HistoricalDate.MAX_YEAR) {
            problems.error(
                    yearAt,
                    datePath + ".year",
                    ProblemKind.YEAR_OUT_OF_RANGE.of(
                            year,
                            HistoricalDate.ofYear(HistoricalDate.MIN_YEAR),
                            HistoricalDate.ofYear(HistoricalDate.MAX_YEAR)));
            return null;
        }
        if (month != ABSENT && (month < 1 || month > 12)) {
            JsonValue monthAt = at.field("month") == null ? at : at.field("month");
            problems.error(monthAt, datePath + ".month", ProblemKind.NOT_A_MONTH.of(month));
            return null;
        }
        JsonValue dayAt = at.field("day") == null ? at : at.field("day");
        if (day != ABSENT && month == ABSENT) {
            problems.error(dayAt, datePath + ".day", ProblemKind.DATE_DAY_NEEDS_MONTH.of());
            return null;
        }
        try {
            return new HistoricalDate(astronomical, month == ABSENT ? 0 : month, day == ABSENT ? 0 : day);
        } catch (InvalidDateException e) {
            problems.error(dayAt, datePath + ".day", ProblemKind.NOT_A_DAY.of(day, ProblemKind.dateReason(e)));
            return null;
        }
    }
}
