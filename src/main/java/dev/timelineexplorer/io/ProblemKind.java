package dev.timelineexplorer.io;

import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.InvalidDateException;

/**
 * Every kind of thing the readers say about a file: one constant per sentence, worded in the bundles {@code
 * problems.properties} (English) and {@code problems_ko.properties} (Korean) under the constant's name, with {@code
 * {0}}, {@code {1}} ... for its {@link #arity()} arguments. A reader says what happened with {@link #of}; the window and
 * the command line put it into words in the user's language ({@link ProblemMessages}).
 *
 * <p>The arguments are values kept as written in every language (a quoted value, a code, a path, a number) or things
 * each language writes its own way: a {@link HistoricalDate}, or another {@link Message} (the reason a date is not a
 * date, the kind of value expected). Some constants are such phrases, meant to be nested.
 */
public enum ProblemKind {
    // Kinds of value, named where another was expected or found.
    VALUE_OBJECT(0),
    VALUE_ARRAY(0),
    VALUE_STRING(0),
    VALUE_NUMBER(0),
    VALUE_BOOLEAN(0),
    VALUE_NULL(0),
    /** A whole number. */
    WHOLE_NUMBER(0),
    /** A whole number, or digits in a string. */
    WHOLE_NUMBER_OR_DIGITS(0),
    /** {0}: an example date string. */
    DATE_STRING_SUCH_AS(1),
    /** {0}: an example date object. */
    DATE_OBJECT_SUCH_AS(1),
    /** {0}: an example object of texts by language. */
    TEXT_OR_LANGUAGES_SUCH_AS(1),
    /** {0}: an example date. */
    DATE_SUCH_AS(1),
    /** {0}: an example object. */
    OBJECT_SUCH_AS(1),
    /** {0}: the quoted name of the field the object must have. */
    OBJECT_WITH(1),

    // Why a date is not a date (nested in NOT_A_DATE and NOT_A_DAY); see dateReason.
    DATE_REQUIRED(0),
    DATE_SHAPE(0),
    /** {0}, {1}: the first and last years. */
    DATE_YEAR_RANGE(2),
    DATE_MONTH_RANGE(0),
    DATE_DAY_NEEDS_MONTH(0),
    /** {0}: the last day. */
    DATE_DAY_RANGE(1),
    /** {0}: the last day; {1}: the month, a date. */
    DATE_DAY_RANGE_IN_MONTH(2),

    // Values of every format.
    /** {0}: what was expected; {1}: what was found (a kind of value, or the value quoted). */
    EXPECTED_FOUND(2),
    /** {0}: the quoted field. */
    MISSING_FIELD(1),
    /** {0}: the quoted field; {1}: what it holds. */
    MISSING_FIELD_HOLDING(2),
    MUST_NOT_BE_EMPTY(0),
    /** {0}: the quoted text; {1}: why, a date reason. */
    NOT_A_DATE(2),
    /** {0}, {1}: the end and the start, dates. */
    END_BEFORE_START(2),
    /** {0}: the quoted text. */
    NOT_A_COLOUR(1),
    /** {0}: the quoted address. */
    URL_NOT_HTTP(1),
    /** {0}: the quoted address. */
    URL_NO_HOST(1),
    /** {0}: the quoted address; {1}: the character ('x' or U+0020); {2}: its position from 1. */
    URL_BAD_CHARACTER(3),
    /** {0}: the quoted address. */
    URL_MALFORMED(1),
    UNKNOWN_FIELD(0),
    /** A member our own format does not define: not used, but written back when the file is saved. */
    UNKNOWN_FIELD_KEPT(0),
    /** {0}: the quoted id; {1}: the line it was first used on. */
    DUPLICATE_ID(2),
    /** {0}: the quoted code. */
    NOT_A_VALID_CODE(1),
    /** {0}: the quoted id. */
    NOT_A_VALID_ID(1),

    // Texts in several languages.
    /** {0}: an example list of tags. */
    NO_LANGUAGES(1),
    /** {0}: the quoted tag. */
    NOT_A_LANGUAGE_TAG(1),
    /** {0}: the quoted tag. */
    LANGUAGE_TWICE(1),
    /** {0}: an example object of texts by language. */
    NO_TEXTS(1),
    /** {0}: the quoted tag; {1}: the declared tags, as a list. */
    LANGUAGE_NOT_DECLARED(2),

    // JSON syntax and limits.
    JSON_TRAILING_CONTENT(0),
    JSON_TRUNCATED(0),
    /** {0}: the quoted key. */
    DUPLICATE_KEY(1),
    DUPLICATE_KEY_UNNAMED(0),
    INVALID_UTF8(0),
    NOT_UTF8(0),
    /** {0}: the deepest nesting allowed. */
    JSON_TOO_DEEP(1),
    JSON_NAN(0),
    JSON_COMMENT(0),
    /** {0}: the longest text allowed, in characters. */
    JSON_STRING_TOO_LONG(1),
    JSON_NUMBER_TOO_LONG(0),
    JSON_KEY_TOO_LONG(0),
    JSON_EXPECTED_KEY(0),
    JSON_EXPECTED_COMMA(0),
    JSON_CONTROL_CHARACTER(0),
    /** {0}: the closing bracket found, quoted; {1}: the one expected, quoted. */
    JSON_WRONG_CLOSE(2),
    /** {0}: the word, quoted. */
    JSON_NOT_A_VALUE(1),
    JSON_BAD_NUMBER(0),
    /** {0}: the character, quoted. */
    JSON_UNEXPECTED_CHARACTER(1),
    JSON_UNEXPECTED(0),
    JSON_UNREADABLE(0),

    // The file as a whole.
    EMPTY_DATASET(0),
    EMPTY_TIMELINEJS(0),
    /** {0}: the kind of value found. */
    TOP_LEVEL_NOT_OBJECT(1),
    /** {0}: how many problems were not listed. */
    MORE_PROBLEMS(1),
    /** {0}: the file. */
    FILE_IS_DIRECTORY(1),
    /** {0}: the file; {1}: its size in bytes; {2}: in megabytes; {3}: the limit in bytes. */
    FILE_TOO_LARGE(4),
    /** {0}: the file; {1}: megabytes needed; {2}: megabytes the app has; {3}: gigabytes to give it. */
    NOT_ENOUGH_MEMORY(4),
    /** {0}: the file. */
    TOO_LARGE_TO_INDEX(1),

    // CSV.
    CSV_TEXT_AFTER_QUOTE(0),
    CSV_QUOTE_NOT_CLOSED(0),
    CSV_ROW_UNREADABLE(0),
    CSV_EMPTY(0),
    CSV_UNKNOWN_HEADER(0),
    UNKNOWN_COLUMN(0),
    /** {0}: the quoted column. */
    LISTED_TWICE(1),

    // The app's own format: declarations and references.
    /** {0}: the quoted code. */
    UNKNOWN_COUNTRY_CODE(1),
    /** {0}: the quoted category. */
    CATEGORY_NOT_DECLARED(1),
    BOTH_RELATIONSHIP_FORMS(0),
    /** {0}: the quoted id. */
    RELATIONSHIP_TWICE(1),
    /** {0}: the quoted code. */
    COUNTRY_TWICE(1),
    /** {0}: the quoted id. */
    CATEGORY_TWICE(1),
    /** {0}: the quoted text. */
    NOT_A_KIND(1),
    ORGANIZATION_HAS_NO_REGION(0),
    /** {0}: the quoted text. */
    NOT_A_REGION(1),
    /** {0}: the period's start; {1}: the previous period's end (dates). */
    PERIODS_OVERLAP(2),
    /** {0}: the period's start, a date. */
    PERIODS_OVERLAP_OPEN(1),
    /** {0}: the quoted id; {1}: the quoted ids declared. */
    UNKNOWN_RELATIONSHIP_DECLARED(2),
    /** {0}: the quoted id. */
    UNKNOWN_RELATIONSHIP(1),
    /** {0}: the number as written. */
    NOT_A_LONGITUDE(1),

    // TimelineJS.
    /** {0}: the quoted scale. */
    SCALE_NOT_SUPPORTED(1),
    MEDIA_WITHOUT_URL(0),
    /** {0}: why, an address problem. */
    IGNORED_MEDIA(1),
    TIME_IGNORED(0),
    NO_YEAR_ZERO(0),
    /** {0}: the year as written; {1}, {2}: the first and last years, dates. */
    YEAR_OUT_OF_RANGE(3),
    /** {0}: the month as written. */
    NOT_A_MONTH(1),
    /** {0}: the day as written; {1}: why, a date reason. */
    NOT_A_DAY(2);

    private final int arity;

    ProblemKind(int arity) {
        this.arity = arity;
    }

    /** How many arguments the sentence takes. */
    public int arity() {
        return arity;
    }

    /** The key of the sentence in the bundles: the constant's name. */
    public String key() {
        return name();
    }

    /**
     * This kind of problem with its arguments.
     *
     * @param arguments strings and numbers (kept as written), {@link HistoricalDate}s and nested {@link Message}s
     * @throws IllegalArgumentException when their number is not {@link #arity()} or one is of another type
     */
    public Message of(Object... arguments) {
        return new Message(this, java.util.List.of(arguments));
    }

    /** Why a date is not a date, as a phrase to nest. */
    public static Message dateReason(InvalidDateException e) {
        return switch (e.reason()) {
            case REQUIRED -> DATE_REQUIRED.of();
            case SHAPE -> DATE_SHAPE.of();
            case YEAR_RANGE -> DATE_YEAR_RANGE.of(HistoricalDate.MIN_YEAR, HistoricalDate.MAX_YEAR);
            case MONTH_RANGE -> DATE_MONTH_RANGE.of();
            case DAY_NEEDS_MONTH -> DATE_DAY_NEEDS_MONTH.of();
            case DAY_RANGE ->
                e.month() == null ? DATE_DAY_RANGE.of(e.lastDay()) : DATE_DAY_RANGE_IN_MONTH.of(e.lastDay(), e.month());
        };
    }
}
