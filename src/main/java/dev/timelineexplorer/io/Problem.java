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
 * @param message plain English, starting lower-case, such as {@code "1965-13-01" is not a date (month must be 1-12)}
 */
public record Problem(String source, int line, int column, Severity severity, String path, String message) {
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code korea.json:14:17: error: events[2].start: "1965-13-01" is not a date (month must be 1-12)}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(source);
        if (line > 0) {
            out.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        out.append(": ").append(severity.word()).append(": ");
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }
}
