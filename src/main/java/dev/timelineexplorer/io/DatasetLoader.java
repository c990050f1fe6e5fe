package dev.timelineexplorer.io;

import dev.timelineexplorer.io.csv.CsvTable;
import dev.timelineexplorer.io.csv.EventsCsvReader;
import dev.timelineexplorer.io.dataset.DatasetJsonReader;
import dev.timelineexplorer.io.json.ByteSource;
import dev.timelineexplorer.io.json.ProblemLog;
import dev.timelineexplorer.io.timelinejs.TimelineJsReader;
import dev.timelineexplorer.io.timelinejs.TimelineJsSheetReader;
import dev.timelineexplorer.io.timelinejs.TimelineJsSniffer;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/**
 * Opens a dataset whatever its format, and guards against inputs too large to open: the one entry point for the
 * window, the command line and the benchmark. It recognises the format from the content, not the file name: the app's
 * own JSON format ({@link DatasetJsonReader}), a TimelineJS JSON document ({@link TimelineJsReader}), the app's own
 * CSV export ({@link EventsCsvReader}) or the TimelineJS spreadsheet template as CSV ({@link TimelineJsSheetReader}).
 *
 * <p>Files above {@value #MAX_FILE_BYTES} bytes (1 GiB) are refused up front, as are files that would need more
 * memory than the Java runtime has free (about {@value #BYTES_OF_MEMORY_PER_BYTE} bytes of memory per byte of file,
 * as measured on a million events); should memory run out all the same, the read stops with a {@link
 * DatasetTooLargeException} rather than an {@link OutOfMemoryError}. Stateless and thread-safe.
 */
public final class DatasetLoader {
    /** The largest file opened, in bytes: 1 GiB, about four million events. */
    public static final long MAX_FILE_BYTES = 1L << 30;
    /** Memory a dataset needs per byte of its file, loaded and indexed, with a margin. */
    public static final double BYTES_OF_MEMORY_PER_BYTE = 2.0;
    /** How much of the start of an input is looked at to tell CSV from JSON. */
    private static final int PEEK_BYTES = 4096;

    /** Reads a file, naming it by its file name in messages. */
    public LoadResult read(Path file) throws IOException {
        return read(file, progress -> {});
    }

    /**
     * Reads a file, reporting progress as the fraction of its bytes read (0 to 1) on the reading thread.
     *
     * @throws DatasetTooLargeException when the file is too large to open
     * @throws DatasetFileException when the file is a folder
     * @throws IOException when the file cannot be opened or read (missing, no permission)
     */
    public LoadResult read(Path file, DoubleConsumer progress) throws IOException {
        if (Files.isDirectory(file)) {
            throw new DatasetFileException(ProblemKind.FILE_IS_DIRECTORY.of(String.valueOf(file)));
        }
        long size = Files.size(file);
        String name = String.valueOf(file.getFileName());
        checkSize(name, size);
        try (InputStream in = new ProgressInputStream(Files.newInputStream(file), size, progress)) {
            return read(in, name, ByteSource.of(file));
        } catch (OutOfMemoryError e) {
            throw tooLargeForMemory(name, size);
        }
    }

    /**
     * Reads a dataset from a stream of UTF-8 bytes (a byte order mark is allowed), at most {@link #MAX_FILE_BYTES}.
     *
     * @param sourceName how messages name the input, such as {@code korea.json}
     * @throws IOException when the stream itself fails, or holds too much
     */
    public LoadResult read(InputStream in, String sourceName) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_FILE_BYTES + 1));
        checkSize(sourceName, bytes.length);
        try {
            return read(new ByteArrayInputStream(bytes), sourceName, ByteSource.of(bytes));
        } catch (OutOfMemoryError e) {
            throw tooLargeForMemory(sourceName, bytes.length);
        }
    }

    private static LoadResult read(InputStream raw, String name, ByteSource bytes) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, PEEK_BYTES);
        in.mark(PEEK_BYTES);
        byte[] prefix = in.readNBytes(PEEK_BYTES);
        in.reset();
        if (looksLikeUtf16Or32(prefix)) {
            // The JSON parser would guess the encoding from the zero bytes and read on in it; datasets are UTF-8.
            ProblemLog problems = new ProblemLog(name);
            problems.error(1, 1, -1, "", ProblemKind.NOT_UTF8.of());
            return problems.finish(null, ByteSource.of(new byte[0]));
        }
        if (isCsv(name, prefix)) {
            return readCsv(in.readAllBytes(), name);
        }
        // sniff() looks at the first 64 KB only, so files in the app's own format still stream.
        TimelineJsSniffer.Sniffed input = TimelineJsSniffer.sniff(in);
        if (input.isTimelineJs()) {
            return new TimelineJsReader(name).read(input.timelineJs());
        }
        return new DatasetJsonReader(name).read(input.stream(), bytes);
    }

    /** Whether an input starts as UTF-16 or UTF-32 text does: a byte order mark of theirs, or a zero byte. */
    static boolean looksLikeUtf16Or32(byte[] prefix) {
        if (prefix.length >= 2
                && ((prefix[0] & 0xff) == 0xfe && (prefix[1] & 0xff) == 0xff
                        || (prefix[0] & 0xff) == 0xff && (prefix[1] & 0xff) == 0xfe)) {
            return true;
        }
        for (int i = 0; i < Math.min(4, prefix.length); i++) {
            if (prefix[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an input is CSV: its name says so, or it does not start as JSON does and its first line has a comma
     * (the header of a spreadsheet). Anything else is read as JSON, whose reader says what is wrong with it.
     */
    static boolean isCsv(String name, byte[] prefix) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return true;
        }
        if (!CsvTable.looksLikeCsv(prefix, prefix.length)) {
            return false;
        }
        for (byte b : prefix) {
            if (b == '\n' || b == '\r') {
                return false;
            }
            if (b == ',') {
                return true;
            }
        }
        return false;
    }

    /** A CSV file: the app's own events export, or the TimelineJS spreadsheet template, told by its header. */
    private static LoadResult readCsv(byte[] bytes, String name) {
        ProblemLog problems = new ProblemLog(name);
        CsvTable table = CsvTable.read(bytes, problems);
        if (table == null) {
            return problems.finish(null, ByteSource.of(bytes));
        }
        List<String> header = table.lowerCaseHeader();
        if (TimelineJsSheetReader.recognises(header)) {
            return new TimelineJsSheetReader(name).read(table, bytes);
        }
        if (EventsCsvReader.recognises(header)) {
            return new EventsCsvReader(name).read(table, bytes);
        }
        problems.error(
                1, 1, -1, "", header.isEmpty() ? ProblemKind.CSV_EMPTY.of() : ProblemKind.CSV_UNKNOWN_HEADER.of());
        return problems.finish(null, ByteSource.of(bytes));
    }

    /** Refuses a file over the size limit, or one that would need more memory than is free. */
    private static void checkSize(String name, long size) throws DatasetTooLargeException {
        if (size > MAX_FILE_BYTES) {
            throw new DatasetTooLargeException(
                    ProblemKind.FILE_TOO_LARGE.of(name, grouped(size), megabytes(size), grouped(MAX_FILE_BYTES)));
        }
        Runtime runtime = Runtime.getRuntime();
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (size * BYTES_OF_MEMORY_PER_BYTE > free) {
            throw tooLargeForMemory(name, size);
        }
    }

    private static DatasetTooLargeException tooLargeForMemory(String name, long size) {
        Runtime runtime = Runtime.getRuntime();
        long needed = (long) (size * BYTES_OF_MEMORY_PER_BYTE);
        long suggested = Math.max(1, (runtime.maxMemory() + needed + (1L << 30) - 1) >> 30);
        return new DatasetTooLargeException(
                ProblemKind.NOT_ENOUGH_MEMORY.of(name, megabytes(needed), megabytes(runtime.maxMemory()), suggested));
    }

    /** Megabytes of a count of bytes, at least 1, grouped in thousands: 1,024. */
    private static String megabytes(long bytes) {
        return grouped(Math.max(1, bytes >> 20));
    }

    /** A large count with its thousands grouped as English and Korean both write them: 1,073,741,824. */
    private static String grouped(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
