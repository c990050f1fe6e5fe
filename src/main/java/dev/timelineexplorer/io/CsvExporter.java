package dev.timelineexplorer.io;

import static dev.timelineexplorer.io.csv.CsvCells.guard;

import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.Source;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;

/**
 * Exports events as CSV for spreadsheets and scripts, in a form {@link dev.timelineexplorer.io.csv.EventsCsvReader}
 * opens again: RFC 4180 (comma separated, fields quoted only when they need it, quotes doubled, records ended by CRLF;
 * line breaks inside a field are kept inside its quotes), encoded as UTF-8 <em>without</em> a byte order mark, which
 * RFC 4180 tools and most scripts expect.
 *
 * <p>One header row, {@link #HEADER}, then one record per event in the order given:
 *
 * <ul>
 *   <li>{@code start}, {@code end}: dates as written in datasets, keeping their precision ({@code 1965},
 *       {@code 1965-06}, {@code -0043-03-15}); {@code end} is empty for a point event
 *   <li>{@code countries}, {@code tags}: joined with {@code ;} ({@code KR;JP}), empty when none
 *   <li>{@code category}: the category's <em>id</em>, as in the dataset file
 *   <li>{@code title}, {@code summary}, {@code description}: in one language, the one asked for
 *   <li>{@code source_titles}, {@code source_urls}: one source per line, the same line in both cells
 * </ul>
 *
 * <p>Spreadsheets run a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a
 * formula: every text cell is guarded as {@link dev.timelineexplorer.io.csv.CsvCells} says, which the app's reader
 * undoes; the date columns are not, so that a BC date stays a date. Stateless and thread-safe.
 */
public final class CsvExporter {
    /** The column names, in order. */
    public static final List<String> HEADER = List.of(
            "id",
            "title",
            "start",
            "end",
            "countries",
            "category",
            "summary",
            "description",
            "source_titles",
            "source_urls",
            "tags");

    /**
     * RFC 4180. Records are printed through the format rather than a {@code CSVPrinter}: that class carries SpotBugs
     * annotations whose class files are not on the class path, which {@code -Xlint:all} would warn about.
     */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvExporter() {}

    /**
     * Writes the events as CSV, their texts in one language (else the default, as {@link Event#title(String)}
     * picks). The stream is flushed, not closed.
     *
     * @throws IOException when the stream fails
     */
    public static void export(List<Event> events, String language, OutputStream out) throws IOException {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(out, "out");
        // Not closed: that would close the caller's stream.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        FORMAT.printRecord(writer, HEADER.toArray());
        for (Event event : events) {
            List<String> titles = new ArrayList<>();
            List<String> urls = new ArrayList<>();
            for (Source source : event.sources()) {
                // One source per line: a line break inside a title would shift the titles against the addresses.
                titles.add(source.title().in(language).replaceAll("\\R", " "));
                urls.add(source.url());
            }
            FORMAT.printRecord(
                    writer,
                    guard(event.id()),
                    guard(event.title(language)),
                    event.start().toIsoString(),
                    event.end() == null ? "" : event.end().toIsoString(),
                    guard(String.join(";", event.countryCodes())),
                    guard(Objects.requireNonNullElse(event.categoryId(), "")),
                    guard(event.summary(language)),
                    guard(event.description(language)),
                    guard(String.join("\n", titles)),
                    guard(String.join("\n", urls)),
                    guard(String.join(";", event.tags())));
        }
        writer.flush();
    }

    /**
     * Writes the events as CSV to a file, replacing it in one step through a temporary file in the same folder.
     *
     * @throws IOException when the file cannot be written; the target is then left as it was
     */
    public static void export(List<Event> events, String language, Path file) throws IOException {
        Objects.requireNonNull(events, "events");
        DatasetWriter.writeAtomically(file, out -> export(events, language, out));
    }
}
