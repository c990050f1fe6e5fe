package dev.timelineexplorer.io.csv;

import dev.timelineexplorer.io.Message;
import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.json.ProblemLog;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read as rows of cells (RFC 4180: commas, double quotes, line breaks inside quotes), with the row numbers
 * a spreadsheet shows: the header is row 1. The bytes must be UTF-8 (a byte order mark is allowed); a byte that is not
 * is reported where it is, as is a quote left open.
 *
 * @param rows the rows, the header first, blank rows left out; each row's cells in column order
 * @param rowNumbers the spreadsheet row number of each row (a row whose cell holds line breaks counts as one)
 */
public record CsvTable(List<List<String>> rows, List<Integer> rowNumbers) {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            // Blank rows are read (and then skipped) so that row numbers stay those the spreadsheet shows.
            .setIgnoreEmptyLines(false)
            .get();

    /** The header's cells, trimmed; empty for an empty file. */
    public List<String> header() {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String cell : rows.get(0)) {
            names.add(cell.strip());
        }
        return names;
    }

    /** The header's cells as lower case, for matching names however they are capitalised. */
    public List<String> lowerCaseHeader() {
        List<String> names = new ArrayList<>();
        for (String name : header()) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** Reads a CSV file's bytes, or returns null after reporting why they cannot be read. */
    public static CsvTable read(byte[] bytes, ProblemLog problems) {
        String text = decode(bytes, problems);
        if (text == null) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(cells);
                numbers.add((int) record.getRecordNumber());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Where and why, found by reading the quotes ourselves: the parser's own message names its classes and
            // counts lines and characters its own way.
            QuoteProblem problem = quoteProblem(text);
            if (problem != null) {
                problems.error(problem.line(), problem.column(), -1, "", problem.what());
            } else {
                problems.error(rows.size() + 1, 1, -1, "", ProblemKind.CSV_ROW_UNREADABLE.of());
            }
            return null;
        }
        return new CsvTable(List.copyOf(rows), List.copyOf(numbers));
    }

    /** A quoting mistake: where (line and column from 1) and what, in our words. */
    record QuoteProblem(int line, int column, Message what) {}

    /**
     * The first quoting mistake in CSV text, or null: a quoted cell whose closing quote is followed by something other
     * than a comma or the end of the line, or one never closed (located at its opening quote).
     */
    static QuoteProblem quoteProblem(String text) {
        int line = 1;
        int column = 1;
        boolean quoted = false;
        boolean cellStart = true;
        int openLine = 0;
        int openColumn = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                        column++;
                    } else {
                        quoted = false;
                        char next = i + 1 < text.length() ? text.charAt(i + 1) : ',';
                        if (next != ',' && next != '\r' && next != '\n') {
                            return new QuoteProblem(line, column + 1, ProblemKind.CSV_TEXT_AFTER_QUOTE.of());
                        }
                    }
                }
            } else if (c == '"' && cellStart) {
                quoted = true;
                openLine = line;
                openColumn = column;
            }
            cellStart = !quoted && (c == ',' || c == '\n');
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return quoted ? new QuoteProblem(openLine, openColumn, ProblemKind.CSV_QUOTE_NOT_CLOSED.of()) : null;
    }

    /** The text of UTF-8 bytes without a byte order mark, or null after reporting the first byte that is not UTF-8. */
    private static String decode(byte[] bytes, ProblemLog problems) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                        ? 3
                        : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            problems.error(line, before.length() - lineStart + 1, -1, "", ProblemKind.INVALID_UTF8.of());
            return null;
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            // nothing pending for UTF-8
        }
        out.flip();
        return out.toString();
    }

    /** Whether bytes are CSV rather than JSON: their first character, after a byte order mark and blanks. */
    public static boolean looksLikeCsv(byte[] prefix, int length) {
        int i = length >= 3 && (prefix[0] & 0xff) == 0xef && (prefix[1] & 0xff) == 0xbb && (prefix[2] & 0xff) == 0xbf
                ? 3
                : 0;
        while (i < length && (prefix[i] == ' ' || prefix[i] == '\t' || prefix[i] == '\r' || prefix[i] == '\n')) {
            i++;
        }
        return i < length && prefix[i] != '{' && prefix[i] != '[';
    }
}
