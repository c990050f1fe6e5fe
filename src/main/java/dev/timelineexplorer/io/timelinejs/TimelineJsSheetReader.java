package dev.timelineexplorer.io.timelinejs;

import dev.timelineexplorer.io.LoadResult;
import dev.timelineexplorer.io.Problem;
import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.Severity;
import dev.timelineexplorer.io.csv.CsvTable;
import dev.timelineexplorer.io.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a timeline written in Knight Lab's TimelineJS Google Sheets template and downloaded as CSV. The columns are
 * those of the template: Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text,
 * Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background (in any order, however capitalised; a
 * sheet may leave some out, but not Year and Headline). A row of type "title" is the title slide, rows of type "era"
 * are eras, the others are events.
 *
 * <p>Each row is turned into the slide the TimelineJS JSON format would have, its values placed at their cells, and
 * read by {@link TimelineJsReader}: the two formats mean the same and are checked alike. Problems are reported at
 * file:row:column, as the spreadsheet numbers rows (the header is row 1), naming the column.
 */
public final class TimelineJsSheetReader {
    /** The template's columns, as its header writes them. */
    public static final List<String> COLUMNS = List.of(
            "Year",
            "Month",
            "Day",
            "Time",
            "End Year",
            "End Month",
            "End Day",
            "End Time",
            "Display Date",
            "Headline",
            "Text",
            "Media",
            "Media Credit",
            "Media Caption",
            "Media Thumbnail",
            "Type",
            "Group",
            "Background");

    /** A JSON path's end, as the JSON reader reports it, and the column it came from. */
    private static final Map<String, String> COLUMN_OF_PATH = Map.ofEntries(
            Map.entry("start_date", "Year"),
            Map.entry("start_date.year", "Year"),
            Map.entry("start_date.month", "Month"),
            Map.entry("start_date.day", "Day"),
            Map.entry("start_date.hour", "Time"),
            Map.entry("end_date", "End Year"),
            Map.entry("end_date.year", "End Year"),
            Map.entry("end_date.month", "End Month"),
            Map.entry("end_date.day", "End Day"),
            Map.entry("end_date.hour", "End Time"),
            Map.entry("text", "Headline"),
            Map.entry("text.headline", "Headline"),
            Map.entry("text.text", "Text"),
            Map.entry("media", "Media"),
            Map.entry("media.url", "Media"),
            Map.entry("media.credit", "Media Credit"),
            Map.entry("media.caption", "Media Caption"),
            Map.entry("media.thumbnail", "Media Thumbnail"),
            Map.entry("group", "Group"),
            Map.entry("display_date", "Display Date"),
            Map.entry("background", "Background"));

    private static final Pattern SLIDE_PATH = Pattern.compile("(?:events|eras)\\[\\d+]\\.?(.*)|title\\.?(.*)");
    private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?.*");

    private final String source;

    /** @param source how messages name the input, such as {@code timeline.csv} */
    public TimelineJsSheetReader(String source) {
        this.source = source;
    }

    /** Whether a header is the template's: it names Year and Headline. */
    public static boolean recognises(List<String> lowerCaseHeader) {
        return lowerCaseHeader.contains("year") && lowerCaseHeader.contains("headline");
    }

    /** Reads a table whose header {@link #recognises} says is the template's. */
    public LoadResult read(CsvTable table, byte[] bytes) {
        Map<String, Integer> column = new HashMap<>();
        List<String> header = table.header();
        List<Problem> headerProblems = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = canonical(header.get(c));
            if (name == null) {
                headerProblems.add(new Problem(
                        source, 1, c + 1, Severity.WARNING, header.get(c), ProblemKind.UNKNOWN_COLUMN.of()));
            } else {
                column.putIfAbsent(name, c);
            }
        }
        JsonValue root = JsonValue.object(1, 1);
        List<JsonValue> events = new ArrayList<>();
        List<JsonValue> eras = new ArrayList<>();
        for (int r = 1; r < table.rows().size(); r++) {
            List<String> cells = table.rows().get(r);
            int row = table.rowNumbers().get(r);
            JsonValue slide = slide(cells, row, column);
            String type = cell(cells, column, "Type").strip().toLowerCase(Locale.ROOT);
            if (type.equals("title")) {
                root.with("title", slide);
            } else if (type.equals("era")) {
                eras.add(slide);
            } else {
                events.add(slide);
            }
        }
        root.with("events", JsonValue.array(events, 1, 1));
        if (!eras.isEmpty()) {
            root.with("eras", JsonValue.array(eras, 1, 1));
        }
        LoadResult read = new TimelineJsReader(source).readTree(root, bytes);
        List<Problem> problems = new ArrayList<>(headerProblems);
        for (Problem problem : read.problems()) {
            problems.add(named(problem));
        }
        boolean errors = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        return new LoadResult(errors ? null : read.dataset(), problems);
    }

    /** The template's name of a header cell, whatever its case; null when it is not one of the template's. */
    private static String canonical(String written) {
        for (String name : COLUMNS) {
            if (name.equalsIgnoreCase(written.strip())) {
                return name;
            }
        }
        return null;
    }

    /** A problem whose path names the column it is about rather than the JSON path the reader uses. */
    private static Problem named(Problem problem) {
        Matcher m = SLIDE_PATH.matcher(problem.path());
        if (!m.matches()) {
            return problem;
        }
        String rest = m.group(1) != null ? m.group(1) : m.group(2);
        String name = COLUMN_OF_PATH.getOrDefault(rest, rest.isEmpty() ? "" : rest);
        return problem.withPath(name);
    }

    /** A row as the slide the JSON format would have, each value at its cell; empty cells left out. */
    private static JsonValue slide(List<String> cells, int row, Map<String, Integer> column) {
        JsonValue slide = JsonValue.object(row, 1);
        JsonValue start = date(cells, row, column, "", "Year");
        if (start != null) {
            slide.with("start_date", start);
        }
        JsonValue end = date(cells, row, column, "End ", "End Year");
        if (end != null) {
            slide.with("end_date", end);
        }
        JsonValue headline = value(cells, row, column, "Headline");
        JsonValue text = value(cells, row, column, "Text");
        if (headline != null || text != null) {
            JsonValue object = JsonValue.object(row, columnOf(column, headline != null ? "Headline" : "Text"));
            if (headline != null) {
                object.with("headline", headline);
            }
            if (text != null) {
                object.with("text", text);
            }
            slide.with("text", object);
        }
        JsonValue media = value(cells, row, column, "Media");
        if (media != null) {
            JsonValue object = JsonValue.object(row, columnOf(column, "Media")).with("url", media);
            JsonValue credit = value(cells, row, column, "Media Credit");
            if (credit != null) {
                object.with("credit", credit);
            }
            JsonValue caption = value(cells, row, column, "Media Caption");
            if (caption != null) {
                object.with("caption", caption);
            }
            slide.with("media", object);
        }
        for (String[] plain : new String[][] {{"Group", "group"}, {"Display Date", "display_date"}}) {
            JsonValue value = value(cells, row, column, plain[0]);
            if (value != null) {
                slide.with(plain[1], value);
            }
        }
        return slide;
    }

    /** A date object of a row's year, month, day and time cells (the end's with {@code prefix} "End "). */
    private static JsonValue date(
            List<String> cells, int row, Map<String, Integer> column, String prefix, String yearName) {
        Map<String, JsonValue> parts = new LinkedHashMap<>();
        for (String[] part : new String[][] {{"Year", "year"}, {"Month", "month"}, {"Day", "day"}}) {
            JsonValue value = value(cells, row, column, prefix + part[0]);
            if (value != null) {
                parts.put(part[1], value);
            }
        }
        JsonValue time = value(cells, row, column, prefix + "Time");
        if (time != null) {
            Matcher m = TIME.matcher(time.text());
            // The time is ignored with a warning, as in the JSON format; only the hour is needed to say so.
            parts.put("hour", JsonValue.string(m.matches() ? m.group(1) : time.text(), time.line(), time.column()));
        }
        if (parts.isEmpty()) {
            return null;
        }
        JsonValue object = JsonValue.object(row, columnOf(column, yearName));
        parts.forEach(object::with);
        return object;
    }

    /** A non-empty cell as a string value placed at it, or null. */
    private static JsonValue value(List<String> cells, int row, Map<String, Integer> column, String name) {
        String text = cell(cells, column, name);
        return text.isBlank() ? null : JsonValue.string(text, row, column.get(name) + 1);
    }

    private static String cell(List<String> cells, Map<String, Integer> column, String name) {
        Integer c = column.get(name);
        return c == null || c >= cells.size() ? "" : cells.get(c);
    }

    /** The 1-based column of a name, or 1 when the sheet has no such column. */
    private static int columnOf(Map<String, Integer> column, String name) {
        Integer c = column.get(name);
        return c == null ? 1 : c + 1;
    }
}
