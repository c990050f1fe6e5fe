package dev.timelineexplorer.io.csv;

import static dev.timelineexplorer.io.json.Quotes.quote;

import dev.timelineexplorer.io.CsvExporter;
import dev.timelineexplorer.io.IsoCountries;
import dev.timelineexplorer.io.LoadResult;
import dev.timelineexplorer.io.Message;
import dev.timelineexplorer.io.Palette;
import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.json.ByteSource;
import dev.timelineexplorer.io.json.Ids;
import dev.timelineexplorer.io.json.ProblemLog;
import dev.timelineexplorer.io.json.Urls;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.InvalidDateException;
import dev.timelineexplorer.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the app's own CSV export ({@link dev.timelineexplorer.io.CsvExporter}) back, as edited in a spreadsheet: one
 * event per row under a header naming the columns, in any order. {@code title} and {@code start} are required; the
 * others ({@code id}, {@code end}, {@code countries}, {@code category}, {@code summary}, {@code description}, {@code
 * source_titles}, {@code source_urls}, {@code tags}) may be left out. Every problem is reported at its
 * file:row:column, the path naming the column, as spreadsheets number them (the header is row 1).
 *
 * <p>A CSV file declares nothing: an ISO 3166-1 code is the country it names, any other code an organisation named
 * by its code; a category is named by its id. Text cells lose the apostrophe the export put before a cell a spreadsheet
 * would run as a formula ({@link CsvCells}).
 */
public final class EventsCsvReader {
    /** The columns this reader knows: those the app's export writes, in the same order. */
    public static final List<String> COLUMNS = CsvExporter.HEADER;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    private final ProblemLog problems;
    private final Ids ids = new Ids();
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();

    /** @param source how messages name the input, such as {@code events.csv} */
    public EventsCsvReader(String source) {
        this.problems = new ProblemLog(source);
    }

    /** Whether a header is this format's: it names at least {@code title} and {@code start}. */
    public static boolean recognises(List<String> lowerCaseHeader) {
        return lowerCaseHeader.contains("title") && lowerCaseHeader.contains("start");
    }

    /** Reads a table whose header {@link #recognises} says is this format's. */
    public LoadResult read(CsvTable table, byte[] bytes) {
        List<String> header = table.lowerCaseHeader();
        Map<String, Integer> column = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (!COLUMNS.contains(name)) {
                problems.warning(1, c + 1, -1, table.header().get(c), ProblemKind.UNKNOWN_COLUMN.of());
            } else if (column.putIfAbsent(name, c) != null) {
                problems.error(1, c + 1, -1, name, ProblemKind.LISTED_TWICE.of(quote(name)));
            }
        }
        List<Event> events = new ArrayList<>();
        for (int r = 1; r < table.rows().size(); r++) {
            Event event = event(table.rows().get(r), table.rowNumbers().get(r), column);
            if (event != null) {
                events.add(event);
            }
        }
        Dataset dataset = null;
        if (!problems.hasErrors()) {
            List<Event> withIds = new ArrayList<>(events.size());
            for (Event e : events) {
                withIds.add(
                        e.id().isEmpty()
                                ? new Event(
                                        ids.generate(e.title(), e.start()),
                                        e.title(),
                                        e.start(),
                                        e.end(),
                                        e.countryCodes(),
                                        e.categoryId(),
                                        e.summary(),
                                        e.description(),
                                        e.sources(),
                                        e.tags(),
                                        null)
                                : e);
            }
            withIds.sort(Comparator.comparingLong(Event::startDay).thenComparingLong(Event::endDayExclusive));
            dataset = new Dataset(
                    problems.source(),
                    "",
                    List.copyOf(countries.values()),
                    List.copyOf(categories.values()),
                    List.of(),
                    withIds);
        }
        return problems.finish(dataset, ByteSource.of(bytes));
    }

    /** One row's event, or null after reporting what is wrong with it (its id is made later when it has none). */
    private Event event(List<String> cells, int row, Map<String, Integer> column) {
        int errorsBefore = problems.errorCount();
        String id = text(cells, column, "id");
        if (!id.isEmpty()) {
            Integer first = ids.useExplicit(id, row);
            if (first != null) {
                report(row, column, "id", ProblemKind.DUPLICATE_ID.of(quote(id), first));
            }
        }
        String title = text(cells, column, "title");
        if (title.isBlank()) {
            report(row, column, "title", ProblemKind.MUST_NOT_BE_EMPTY.of());
        }
        HistoricalDate start = date(cells, row, column, "start", true);
        HistoricalDate end = date(cells, row, column, "end", false);
        if (start != null && end != null && end.endDayExclusive() <= start.firstDay()) {
            report(row, column, "end", ProblemKind.END_BEFORE_START.of(end, start));
        }
        List<String> codes = new ArrayList<>();
        for (String code : list(text(cells, column, "countries"))) {
            if (!CODE.matcher(code).matches()) {
                report(row, column, "countries", ProblemKind.NOT_A_VALID_CODE.of(quote(code)));
            } else if (!codes.contains(code)) {
                codes.add(code);
                countries.computeIfAbsent(code, c -> country(c, countries.size()));
            }
        }
        String categoryId = text(cells, column, "category").strip();
        if (!categoryId.isEmpty()) {
            categories.computeIfAbsent(categoryId, id2 -> new Category(id2, id2, Palette.color(categories.size() + 3)));
        }
        List<Source> sources = sources(cells, row, column);
        if (problems.errorCount() > errorsBefore) {
            return null;
        }
        return new Event(
                id,
                title.strip(),
                start,
                end,
                codes,
                categoryId.isEmpty() ? null : categoryId,
                text(cells, column, "summary"),
                text(cells, column, "description"),
                sources,
                list(text(cells, column, "tags")),
                null);
    }

    /** A country a CSV file names by its code: the ISO country, else an organisation; a palette colour each. */
    private static Country country(String code, int index) {
        String color = Palette.color(index);
        return IsoCountries.isCode(code)
                ? new Country(
                        code,
                        IsoCountries.names(code),
                        color,
                        CountryKind.COUNTRY,
                        IsoCountries.region(code).orElse(null),
                        List.of())
                : new Country(code, code, color, CountryKind.ORGANIZATION);
    }

    /** The sources of a row: a title and an address per line, the address required and http or https. */
    private List<Source> sources(List<String> cells, int row, Map<String, Integer> column) {
        List<String> urls = text(cells, column, "source_urls").lines().toList();
        List<String> titles = text(cells, column, "source_titles").lines().toList();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i).strip();
            if (url.isEmpty()) {
                continue;
            }
            Message problem = Urls.problem(url);
            if (problem != null) {
                report(row, column, "source_urls", problem);
                continue;
            }
            // Titles are kept as written (a spreadsheet user may want the spaces); only a blank one is no title.
            String title = i < titles.size() ? titles.get(i) : "";
            sources.add(new Source(title.isBlank() ? Urls.host(url) : title, url));
        }
        return sources;
    }

    private HistoricalDate date(
            List<String> cells, int row, Map<String, Integer> column, String name, boolean required) {
        // A date cell is not guarded: a BC date's leading "-" is the date's own.
        String written = raw(cells, column, name).strip();
        if (written.isEmpty()) {
            if (required) {
                report(
                        row,
                        column,
                        name,
                        ProblemKind.MISSING_FIELD_HOLDING.of(
                                quote(name), ProblemKind.DATE_SUCH_AS.of("\"1965-06-22\"")));
            }
            return null;
        }
        try {
            return HistoricalDate.parse(written);
        } catch (InvalidDateException e) {
            report(row, column, name, ProblemKind.NOT_A_DATE.of(quote(written), ProblemKind.dateReason(e)));
            return null;
        }
    }

    /** Reports an error at a row's cell of a column (at the row's first cell when the column is not there). */
    private void report(int row, Map<String, Integer> column, String name, Message message) {
        Integer c = column.get(name);
        problems.error(row, c == null ? 1 : c + 1, -1, name, message);
    }

    /** A text cell as the export wrote it, without its guard; empty when the column or the cell is missing. */
    private static String text(List<String> cells, Map<String, Integer> column, String name) {
        return CsvCells.unguard(raw(cells, column, name));
    }

    private static String raw(List<String> cells, Map<String, Integer> column, String name) {
        Integer c = column.get(name);
        return c == null || c >= cells.size() ? "" : cells.get(c);
    }

    /** The items of a {@code ;}-separated cell, trimmed, empty ones left out. */
    private static List<String> list(String cell) {
        List<String> items = new ArrayList<>();
        for (String item : cell.split(";")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
