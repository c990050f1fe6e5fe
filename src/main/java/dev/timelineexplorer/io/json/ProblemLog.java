package dev.timelineexplorer.io.json;

import dev.timelineexplorer.io.LoadResult;
import dev.timelineexplorer.io.Message;
import dev.timelineexplorer.io.Problem;
import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.Severity;
import dev.timelineexplorer.model.Dataset;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one input, in the form every reader reports them: file, line, column, JSON path and message.
 * It keeps the first {@value #MAX_PROBLEMS} and counts the rest, and when done puts them in file order with columns
 * counted in characters ({@link #finish}).
 */
public final class ProblemLog {
    /** Problems listed before the rest are only counted. */
    public static final int MAX_PROBLEMS = 200;

    /** The longest stretch of a line read again to count its characters, in bytes. */
    private static final int MAX_COLUMN_BYTES = 1 << 20;

    private record Entry(Problem problem, long offset) {}

    private final String source;
    private final List<Entry> entries = new ArrayList<>();
    private int uncounted;
    private int uncountedErrors;
    private int errors;

    /** @param source how messages name the input, such as {@code korea.json} */
    public ProblemLog(String source) {
        this.source = source;
    }

    /** How messages name the input. */
    public String source() {
        return source;
    }

    /**
     * Reports an error.
     *
     * @param line 1-based, 0 when unknown
     * @param column 1-based as the parser counts (bytes), 0 when unknown
     * @param offset the byte offset of the place in the input, -1 when unknown
     * @param path the JSON path, or an object whose text is the path (made only when reported), or "" for none
     * @param message what is wrong, as a kind with its arguments
     */
    public void error(int line, int column, long offset, Object path, Message message) {
        errors++;
        add(Severity.ERROR, line, column, offset, path, message);
    }

    /** Reports an error at a value. */
    public void error(JsonValue at, Object path, Message message) {
        error(at.line(), at.column(), at.offset(), path, message);
    }

    /** Reports a warning; see {@link #error(int, int, long, Object, Message)}. */
    public void warning(int line, int column, long offset, Object path, Message message) {
        add(Severity.WARNING, line, column, offset, path, message);
    }

    /** Reports a warning at a value. */
    public void warning(JsonValue at, Object path, Message message) {
        warning(at.line(), at.column(), at.offset(), path, message);
    }

    private void add(Severity severity, int line, int column, long offset, Object path, Message message) {
        if (entries.size() < MAX_PROBLEMS) {
            entries.add(new Entry(new Problem(source, line, column, severity, String.valueOf(path), message), offset));
        } else {
            uncounted++;
            uncountedErrors += severity == Severity.ERROR ? 1 : 0;
        }
    }

    /** Whether any error was reported. */
    public boolean hasErrors() {
        return errors > 0;
    }

    /** How many errors were reported, counted or not. */
    public int errorCount() {
        return errors;
    }

    /**
     * The result of a read: the dataset (null when there are errors), and the problems in file order with columns
     * in characters, then a line counting those past the limit.
     *
     * @param bytes the input, to count the characters before each problem on its line
     */
    public LoadResult finish(Dataset dataset, ByteSource bytes) {
        List<Problem> all = new ArrayList<>(entries.size() + 1);
        for (Entry entry : entries) {
            all.add(inCharacters(entry, bytes));
        }
        all.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (uncounted > 0) {
            // An error only when one of those not listed is: warnings past the limit do not stop a file opening.
            Severity severity = uncountedErrors > 0 ? Severity.ERROR : Severity.WARNING;
            all.add(new Problem(source, 0, 0, severity, "", ProblemKind.MORE_PROBLEMS.of(uncounted)));
        }
        return new LoadResult(hasErrors() ? null : dataset, all);
    }

    /** The problem with its column counted in characters, reading its line's bytes again. */
    private static Problem inCharacters(Entry entry, ByteSource bytes) {
        Problem p = entry.problem();
        int byteColumn = p.column();
        if (entry.offset() < 0 || byteColumn <= 1 || byteColumn > MAX_COLUMN_BYTES) {
            return p;
        }
        try {
            byte[] before = bytes.read(entry.offset() - (byteColumn - 1), byteColumn - 1);
            if (before == null || before.length != byteColumn - 1) {
                return p;
            }
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(before))
                    .toString();
            if (text.indexOf('\n') >= 0) {
                return p; // not the same line: the parser's count was not in bytes after all
            }
            int characters = text.codePointCount(0, text.length());
            return p.withColumn(characters + 1);
        } catch (IOException e) {
            // CharacterCodingException: the bytes before are not whole characters; keep the parser's count
            return p;
        }
    }
}
