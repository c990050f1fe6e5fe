package dev.timelineexplorer.io;

import java.util.Objects;

/**
 * Something wrong with a dataset file, located the way compilers do.
 *
 * @param source the file name as shown to the user
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param severity error or warning
 * @param path the JSON path of the value, such as {@code events[2].start}; empty for the document itself
 * @param what what is wrong, as a kind with arguments, to be put into words in the user's language ({@link
 *     ProblemMessages})
 */
public record Problem(String source, int line, int column, Severity severity, String path, Message what) {
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(what, "what");
    }

    /**
     * What is wrong in plain English, starting lower-case, such as {@code "1965-13-01" is not a date (month must be
     * 1-12)}.
     */
    public String message() {
        return what.toString();
    }

    /** The same problem in another file (named as the user typed it, say). */
    public Problem withSource(String newSource) {
        return new Problem(newSource, line, column, severity, path, what);
    }

    /** The same problem at another path. */
    public Problem withPath(String newPath) {
        return new Problem(source, line, column, severity, newPath, what);
    }

    /** The same problem at another column of its line. */
    public Problem withColumn(int newColumn) {
        return new Problem(source, line, newColumn, severity, path, what);
    }

    /** {@code korea.json:14:17: error: events[2].start: "1965-13-01" is not a date (month must be 1-12)}. */
    @Override
    public String toString() {
        return ProblemMessages.format(this, java.util.Locale.ENGLISH);
    }
}
