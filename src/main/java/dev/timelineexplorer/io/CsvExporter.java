package dev.timelineexplorer.io;

import dev.timelineexplorer.model.Event;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;

/**
 * Exports events as CSV for spreadsheets and scripts: RFC 4180 (comma separated, fields quoted only when they need
 * it, quotes doubled, records ended by CRLF; line breaks inside a field are kept inside its quotes), encoded as UTF-8
 * <em>without</em> a byte order mark, which RFC 4180 tools and most scripts expect (some versions of Excel need the
 * file imported as UTF-8 rather than double-clicked to show non-ASCII text right).
 *
 * <p>One header row, {@link #HEADER}, then one record per event in the order given:
 *
 * <ul>
 *   <li>{@code start}, {@code end}: dates as written in datasets, keeping their precision ({@code 1965},
 *       {@code 1965-06}, {@code -0043-03-15}); {@code end} is empty for a point event
 *   <li>{@code countries}: the country codes joined with {@code ;} ({@code KR;JP}), empty when none
 *   <li>{@code category}: the category's <em>id</em>, not its display name, so that the column is stable, matches the
 *       dataset file and can be joined on; empty when none
 *   <li>{@code first_source_url}: the address of the event's first source, empty when it has none
 * </ul>
 *
 * <p>Text is written as it is in the dataset. A spreadsheet may treat a cell starting with {@code =}, {@code +},
 * {@code -} or {@code @} as a formula; nothing is escaped for that, since it would change the data (every BC date
 * starts with {@code -}). Stateless and thread-safe.
 */
public final class CsvExporter {
    /** The column names, in order. */
    public static final List<String> HEADER =
            List.of("id", "title", "start", "end", "countries", "category", "summary", "first_source_url");

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
            FORMAT.printRecord(
                    writer,
                    event.id(),
                    event.title(language),
                    event.start().toIsoString(),
                    event.end() == null ? "" : event.end().toIsoString(),
                    String.join(";", event.countryCodes()),
                    Objects.requireNonNullElse(event.categoryId(), ""),
                    event.summary(language),
                    event.sources().isEmpty() ? "" : event.sources().get(0).url());
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
