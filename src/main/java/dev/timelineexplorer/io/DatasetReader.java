package dev.timelineexplorer.io;

import dev.timelineexplorer.io.JsonNode.Kind;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Era;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.InvalidDateException;
import dev.timelineexplorer.model.Source;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and validates a dataset file in the Timeline Explorer format (see the README), reporting every problem with
 * file, line, column and JSON path. Never throws for bad content; only a file that cannot be read at all gives an
 * {@link IOException}.
 *
 * <p>The event array is streamed: one event at a time is held as a tree, so memory grows with the events kept, not
 * with the document. Jackson's read constraints bound nesting, string and number sizes so that a hostile file
 * cannot exhaust the stack or memory. Instances are thread-safe.
 */
public final class DatasetReader {
    /** Deepest nesting accepted; the format itself needs four levels. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Problems listed before the rest are only counted. */
    public static final int MAX_PROBLEMS = 200;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // Duplicate keys are found by the reader itself, which can point at the key and read on.
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(100)
                    .maxNameLength(1_000)
                    .build())
            .build();

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> EVENT_FIELDS =
            Set.of("id", "title", "start", "end", "countries", "category", "summary", "description", "sources", "tags");

    /** Reads a file, naming it by its file name in messages. */
    public LoadResult read(Path file) throws IOException {
        return read(file, progress -> {});
    }

    /**
     * Reads a file, reporting progress as the fraction of its bytes read (0 to 1) on the reading thread.
     *
     * @throws IOException when the file cannot be opened or read (missing, a directory, no permission)
     */
    public LoadResult read(Path file, DoubleConsumer progress) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a directory");
        }
        long size = Files.size(file);
        try (InputStream in = new ProgressInputStream(Files.newInputStream(file), size, progress)) {
            return read(in, String.valueOf(file.getFileName()));
        }
    }

    /**
     * Reads a dataset from a stream of UTF-8 bytes (a byte order mark is allowed).
     *
     * @param sourceName how messages name the input, such as {@code korea.json}
     * @throws IOException when the stream itself fails
     */
    public LoadResult read(InputStream in, String sourceName) throws IOException {
        return new Run(sourceName).read(in);
    }

    /** The state of one read. */
    private static final class Run {
        private final String source;
        private final List<Problem> problems = new ArrayList<>();
        private int uncountedProblems;
        private boolean hasErrors;

        private String title;
        private String description = "";
        private final Map<String, Country> declaredCountries = new LinkedHashMap<>();
        private final Map<String, Category> declaredCategories = new LinkedHashMap<>();
        private final Map<String, JsonNode> undeclaredCategoryUses = new LinkedHashMap<>();
        private final List<Era> eras = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final Map<String, Integer> idLines = new HashMap<>(1 << 16);
        private final Set<String> reportedUnknownFields = new HashSet<>();
        private final Map<String, String> internedStrings = new HashMap<>();
        /** Codes used by events and not declared (yet), each with where it was used. */
        private final Map<String, List<Located>> undeclaredCodeUses = new LinkedHashMap<>();

        private final Map<String, Integer> generatedIdCounts = new HashMap<>();

        private record Located(JsonNode node, String path) {}

        Run(String source) {
            this.source = source;
        }

        LoadResult read(InputStream in) throws IOException {
            boolean rootDone = false;
            try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in)) {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    error(1, 1, "", "the file is empty; a dataset is a JSON object with an \"events\" array");
                    return result();
                }
                if (first != JsonToken.START_OBJECT) {
                    JsonNode root = readNode(parser, "");
                    error(
                            root,
                            "",
                            "the top level must be a JSON object with an \"events\" array, found "
                                    + root.kind.description);
                } else {
                    readRoot(parser);
                }
                rootDone = true;
                if (parser.nextToken() != null) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    error(
                            at.getLineNr(),
                            at.getColumnNr(),
                            "",
                            "unexpected content after the end of the JSON document");
                }
            } catch (JacksonIOException e) {
                throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
            } catch (JacksonException e) {
                TokenStreamLocation at = e.getLocation();
                int line = at == null ? 0 : at.getLineNr();
                int column = at == null ? 0 : at.getColumnNr();
                String message = rootDone
                        ? "unexpected content after the end of the JSON document"
                        : JsonSyntaxMessages.explain(e.getOriginalMessage());
                error(Math.max(line, 0), Math.max(column, 0), "", message);
            }
            return result();
        }

        private void readRoot(JsonParser parser) {
            TokenStreamLocation rootAt = parser.currentTokenLocation();
            Set<String> rootKeys = new HashSet<>();
            boolean sawEvents = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                TokenStreamLocation nameAt = parser.currentTokenLocation();
                parser.nextToken();
                if (!rootKeys.add(name)) {
                    error(
                            nameAt.getLineNr(),
                            nameAt.getColumnNr(),
                            "",
                            "duplicate key " + quote(name) + " in the same object");
                    parser.skipChildren();
                    continue;
                }
                switch (name) {
                    case "title" -> title = string(readNode(parser, name), "title", true);
                    case "description" -> description = string(readNode(parser, name), "description", false);
                    case "countries" -> readCountries(readNode(parser, name));
                    case "categories" -> readCategories(readNode(parser, name));
                    case "eras" -> readEras(readNode(parser, name));
                    case "events" -> {
                        sawEvents = true;
                        readEvents(parser);
                    }
                    default -> {
                        warning(nameAt.getLineNr(), nameAt.getColumnNr(), name, "unknown field (ignored)");
                        parser.skipChildren();
                    }
                }
            }
            if (!sawEvents) {
                error(rootAt.getLineNr(), rootAt.getColumnNr(), "", "missing required field \"events\" (an array)");
            }
        }

        // ---------------------------------------------------------------- countries, categories, eras

        private void readCountries(JsonNode list) {
            if (!expect(list, Kind.ARRAY, "countries")) {
                return;
            }
            for (int i = 0; i < list.items.size(); i++) {
                JsonNode node = list.items.get(i);
                String path = "countries[" + i + "]";
                if (!expect(node, Kind.OBJECT, path)) {
                    continue;
                }
                warnUnknownFields(node, path, Set.of("code", "name", "color", "kind"), "countries[]");
                String code = required(node, "code", path);
                if (code == null) {
                    continue;
                }
                if (!CODE.matcher(code).matches()) {
                    error(
                            node.fields.get("code"),
                            path + ".code",
                            quote(code) + " is not a valid code (1-16 letters, digits, '-' or '_')");
                    continue;
                }
                if (declaredCountries.containsKey(code)) {
                    error(node.fields.get("code"), path + ".code", "country " + quote(code) + " is declared twice");
                    continue;
                }
                String name = optionalString(node, "name", path);
                if (name == null || name.isBlank()) {
                    name = isoName(code);
                }
                String color = color(node, path);
                CountryKind kind = CountryKind.COUNTRY;
                JsonNode kindNode = node.fields.get("kind");
                if (kindNode != null) {
                    String kindText = string(kindNode, path + ".kind", false);
                    if ("organization".equals(kindText)) {
                        kind = CountryKind.ORGANIZATION;
                    } else if (kindText != null && !"country".equals(kindText)) {
                        error(
                                kindNode,
                                path + ".kind",
                                quote(kindText) + " is not a kind (use \"country\" or \"organization\")");
                    }
                }
                declaredCountries.put(intern(code), new Country(intern(code), name, color == null ? "" : color, kind));
            }
        }

        private void readCategories(JsonNode list) {
            if (!expect(list, Kind.ARRAY, "categories")) {
                return;
            }
            for (int i = 0; i < list.items.size(); i++) {
                JsonNode node = list.items.get(i);
                String path = "categories[" + i + "]";
                if (!expect(node, Kind.OBJECT, path)) {
                    continue;
                }
                warnUnknownFields(node, path, Set.of("id", "name", "color"), "categories[]");
                String id = required(node, "id", path);
                if (id == null) {
                    continue;
                }
                if (declaredCategories.containsKey(id)) {
                    error(node.fields.get("id"), path + ".id", "category " + quote(id) + " is declared twice");
                    continue;
                }
                String name = optionalString(node, "name", path);
                String color = color(node, path);
                declaredCategories.put(
                        intern(id),
                        new Category(
                                intern(id), name == null || name.isBlank() ? id : name, color == null ? "" : color));
            }
        }

        private void readEras(JsonNode list) {
            if (!expect(list, Kind.ARRAY, "eras")) {
                return;
            }
            for (int i = 0; i < list.items.size(); i++) {
                JsonNode node = list.items.get(i);
                String path = "eras[" + i + "]";
                if (!expect(node, Kind.OBJECT, path)) {
                    continue;
                }
                warnUnknownFields(node, path, Set.of("title", "start", "end", "color"), "eras[]");
                String eraTitle = required(node, "title", path);
                HistoricalDate start = date(node, "start", path, true);
                HistoricalDate end = date(node, "end", path, true);
                String color = color(node, path);
                if (start != null && end != null && !endNotBeforeStart(node, path, start, end)) {
                    continue;
                }
                if (eraTitle != null && start != null && end != null) {
                    eras.add(new Era(eraTitle, start, end, color));
                }
            }
        }

        // ---------------------------------------------------------------- events

        /** Reads one value as a tree, reporting duplicate keys with the path of the object they are in. */
        private JsonNode readNode(JsonParser parser, String path) {
            return JsonNode.read(
                    parser,
                    (line, column, key) -> error(
                            line,
                            column,
                            path.isEmpty() ? key : path + "." + key,
                            "duplicate key " + quote(key) + " in the same object"));
        }

        private void readEvents(JsonParser parser) {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                JsonNode node = readNode(parser, "");
                error(node, "events", "expected an array, found " + node.kind.description);
                return;
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                readEvent(readNode(parser, "events[" + index + "]"), index);
                index++;
            }
        }

        private void readEvent(JsonNode node, int index) {
            String path = "events[" + index + "]";
            if (!expect(node, Kind.OBJECT, path)) {
                return;
            }
            warnUnknownFields(node, path, EVENT_FIELDS, "events[]");
            boolean ok = true;
            String eventTitle = required(node, "title", path);
            ok &= eventTitle != null;
            HistoricalDate start = date(node, "start", path, true);
            ok &= start != null;
            HistoricalDate end = date(node, "end", path, false);
            ok &= end != null || !node.fields.containsKey("end");
            if (start != null && end != null) {
                ok &= endNotBeforeStart(node, path, start, end);
            }

            String id = null;
            JsonNode idNode = node.fields.get("id");
            if (idNode != null) {
                id = string(idNode, path + ".id", true);
                ok &= id != null;
                if (id != null) {
                    Integer firstLine = idLines.putIfAbsent(id, idNode.line);
                    if (firstLine != null) {
                        error(
                                idNode,
                                path + ".id",
                                "duplicate id " + quote(id) + " (first used on line " + firstLine + ")");
                        ok = false;
                    }
                }
            }

            List<String> codes = stringList(node, "countries", path);
            ok &= codes != null;
            if (codes != null) {
                JsonNode codesNode = node.fields.get("countries");
                for (int i = 0; i < codes.size(); i++) {
                    String code = intern(codes.get(i));
                    codes.set(i, code);
                    if (!declaredCountries.containsKey(code)) {
                        // Only a few uses per code are kept: enough to point at, bounded for huge files.
                        List<Located> uses = undeclaredCodeUses.computeIfAbsent(code, c -> new ArrayList<>());
                        if (uses.size() < 20) {
                            uses.add(new Located(codesNode.items.get(i), path + ".countries[" + i + "]"));
                        }
                    }
                }
            }

            String categoryId = optionalString(node, "category", path);
            if (categoryId != null) {
                categoryId = intern(categoryId);
                if (!declaredCategories.containsKey(categoryId)) {
                    undeclaredCategoryUses.putIfAbsent(categoryId, node.fields.get("category"));
                }
            }
            String summary = optionalString(node, "summary", path);
            String text = optionalString(node, "description", path);
            List<Source> sources = sources(node, path);
            ok &= sources != null;
            List<String> tags = stringList(node, "tags", path);
            ok &= tags != null;

            if (ok && !hasErrors) {
                events.add(new Event(
                        id == null ? generatedId(eventTitle, start) : id,
                        eventTitle,
                        start,
                        end,
                        codes == null ? List.of() : codes,
                        categoryId,
                        summary,
                        text,
                        sources == null ? List.of() : sources,
                        tags == null ? List.of() : tags));
            }
        }

        private List<Source> sources(JsonNode event, String path) {
            JsonNode list = event.fields.get("sources");
            if (list == null) {
                return List.of();
            }
            if (!expect(list, Kind.ARRAY, path + ".sources")) {
                return null;
            }
            List<Source> result = new ArrayList<>(list.items.size());
            boolean ok = true;
            for (int i = 0; i < list.items.size(); i++) {
                JsonNode node = list.items.get(i);
                String itemPath = path + ".sources[" + i + "]";
                if (!expect(node, Kind.OBJECT, itemPath)) {
                    ok = false;
                    continue;
                }
                warnUnknownFields(node, itemPath, Set.of("title", "url"), "events[].sources[]");
                String sourceTitle = optionalString(node, "title", itemPath);
                String url = required(node, "url", itemPath);
                if (url == null) {
                    ok = false;
                    continue;
                }
                String urlProblem = urlProblem(url);
                if (urlProblem != null) {
                    error(node.fields.get("url"), itemPath + ".url", quote(url) + " " + urlProblem);
                    ok = false;
                    continue;
                }
                result.add(new Source(sourceTitle == null ? "" : sourceTitle, url));
            }
            return ok ? result : null;
        }

        /** Why a URL is refused, or null when it is an absolute http or https address. */
        private static String urlProblem(String url) {
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme();
                if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                    return "is not an http or https address";
                }
                if (uri.getHost() == null || uri.getHost().isEmpty()) {
                    return "has no host name";
                }
                return null;
            } catch (URISyntaxException e) {
                return "is not a valid address (" + e.getReason() + ")";
            }
        }

        private String generatedId(String eventTitle, HistoricalDate start) {
            String slug = eventTitle
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]+", "-")
                    .replaceAll("(^-+|-+$)", "");
            String base = (slug.isEmpty() ? "event" : slug) + "-" + start.toIsoString();
            int seen = generatedIdCounts.merge(base, 1, Integer::sum);
            String id = seen == 1 ? base : base + "-" + seen;
            while (idLines.containsKey(id)) {
                id = base + "-" + generatedIdCounts.merge(base, 1, Integer::sum);
            }
            idLines.put(id, 0);
            return id;
        }

        // ---------------------------------------------------------------- finishing

        private LoadResult result() {
            if (hasErrors) {
                resolveCountries();
                return finish(null);
            }
            List<Country> countries = resolveCountries();
            List<Category> categories = resolveCategories();
            if (hasErrors) {
                return finish(null);
            }
            sortByTime(events);
            String datasetTitle = title == null || title.isBlank() ? source : title;
            return finish(new Dataset(datasetTitle, description, countries, categories, eras, events));
        }

        /**
         * Sorts by start, then end, keeping file order for ties. A million events sort several times faster as
         * primitive keys (start day and position packed in a long) than as objects through a comparator.
         */
        private static void sortByTime(List<Event> events) {
            int n = events.size();
            long[] keys = new long[n];
            long offset = -HistoricalDate.ofYear(HistoricalDate.MIN_YEAR).firstDay();
            for (int i = 0; i < n; i++) {
                keys[i] = ((events.get(i).startDay() + offset) << 24) | i;
            }
            if (n >= 1 << 24) {
                events.sort(Comparator.comparingLong(Event::startDay).thenComparingLong(Event::endDayExclusive));
                return;
            }
            java.util.Arrays.sort(keys);
            Event[] sorted = new Event[n];
            for (int i = 0; i < n; i++) {
                sorted[i] = events.get((int) (keys[i] & 0xFFFFFF));
            }
            // Runs with the same start are short: order them by end with a stable insertion sort.
            for (int i = 1; i < n; i++) {
                Event current = sorted[i];
                int j = i - 1;
                while (j >= 0
                        && sorted[j].startDay() == current.startDay()
                        && sorted[j].endDayExclusive() > current.endDayExclusive()) {
                    sorted[j + 1] = sorted[j];
                    j--;
                }
                sorted[j + 1] = current;
            }
            events.clear();
            events.addAll(java.util.Arrays.asList(sorted));
        }

        private LoadResult finish(Dataset dataset) {
            List<Problem> all = new ArrayList<>(problems);
            all.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            if (uncountedProblems > 0) {
                all.add(new Problem(
                        source, 0, 0, Severity.ERROR, "", "and " + uncountedProblems + " more problems not listed"));
            }
            return new LoadResult(dataset, all);
        }

        private List<Country> resolveCountries() {
            for (Map.Entry<String, List<Located>> entry : undeclaredCodeUses.entrySet()) {
                String code = entry.getKey();
                if (declaredCountries.containsKey(code)) {
                    continue;
                }
                if (ISO_COUNTRIES.contains(code)) {
                    declaredCountries.put(code, new Country(code, isoName(code), "", CountryKind.COUNTRY));
                    continue;
                }
                for (Located use : entry.getValue()) {
                    error(
                            use.node,
                            use.path,
                            "unknown country code " + quote(code)
                                    + " (declare it in \"countries\" or use an ISO 3166-1 alpha-2 code)");
                }
            }
            List<Country> result = new ArrayList<>(declaredCountries.size());
            int paletteIndex = 0;
            for (Country country : declaredCountries.values()) {
                result.add(
                        country.color().isEmpty()
                                ? new Country(
                                        country.code(), country.name(), Palette.color(paletteIndex++), country.kind())
                                : country);
            }
            return result;
        }

        private List<Category> resolveCategories() {
            for (Map.Entry<String, JsonNode> use : undeclaredCategoryUses.entrySet()) {
                if (!declaredCategories.containsKey(use.getKey())) {
                    JsonNode node = use.getValue();
                    warning(
                            node.line,
                            node.column,
                            "category",
                            "category " + quote(use.getKey())
                                    + " is not declared in \"categories\"; it is shown under its id");
                    declaredCategories.put(use.getKey(), new Category(use.getKey(), use.getKey(), ""));
                }
            }
            List<Category> result = new ArrayList<>(declaredCategories.size());
            int paletteIndex = 0;
            for (Category category : declaredCategories.values()) {
                result.add(
                        category.color().isEmpty()
                                ? new Category(category.id(), category.name(), Palette.color(paletteIndex++ + 3))
                                : category);
            }
            return result;
        }

        // ---------------------------------------------------------------- field helpers

        private boolean endNotBeforeStart(JsonNode node, String path, HistoricalDate start, HistoricalDate end) {
            if (end.endDayExclusive() <= start.firstDay()) {
                error(
                        node.fields.get("end"),
                        path + ".end",
                        quote(end.toIsoString()) + " is before the start " + quote(start.toIsoString()));
                return false;
            }
            return true;
        }

        private HistoricalDate date(JsonNode parent, String field, String path, boolean required) {
            JsonNode node = parent.fields.get(field);
            String fieldPath = path + "." + field;
            if (node == null) {
                if (required) {
                    error(
                            parent,
                            fieldPath,
                            "missing required field " + quote(field) + " (a date such as \"1965-06-22\")");
                }
                return null;
            }
            if (!node.is(Kind.STRING)) {
                error(node, fieldPath, "expected a date string such as \"1965-06-22\", found " + node.kind.description);
                return null;
            }
            try {
                return HistoricalDate.parse(node.text);
            } catch (InvalidDateException e) {
                error(node, fieldPath, quote(node.text) + " is not a date (" + e.getMessage() + ")");
                return null;
            }
        }

        private String color(JsonNode parent, String path) {
            JsonNode node = parent.fields.get("color");
            if (node == null) {
                return null;
            }
            String text = string(node, path + ".color", false);
            if (text != null && !COLOR.matcher(text).matches()) {
                error(node, path + ".color", quote(text) + " is not a colour (use #RRGGBB, such as \"#0047A0\")");
                return null;
            }
            return text == null ? null : text.toUpperCase(Locale.ROOT);
        }

        private String required(JsonNode parent, String field, String path) {
            JsonNode node = parent.fields.get(field);
            if (node == null) {
                error(parent, path + "." + field, "missing required field " + quote(field));
                return null;
            }
            return string(node, path + "." + field, true);
        }

        private String optionalString(JsonNode parent, String field, String path) {
            JsonNode node = parent.fields.get(field);
            return node == null ? null : string(node, path + "." + field, false);
        }

        private String string(JsonNode node, String path, boolean nonBlank) {
            if (!expect(node, Kind.STRING, path)) {
                return null;
            }
            if (nonBlank && node.text.isBlank()) {
                error(node, path, "must not be empty");
                return null;
            }
            return node.text;
        }

        /** A mutable list of the strings in an optional array field; empty when absent, null after an error. */
        private List<String> stringList(JsonNode parent, String field, String path) {
            JsonNode node = parent.fields.get(field);
            if (node == null) {
                return new ArrayList<>(0);
            }
            if (!expect(node, Kind.ARRAY, path + "." + field)) {
                return null;
            }
            List<String> result = new ArrayList<>(node.items.size());
            boolean ok = true;
            for (int i = 0; i < node.items.size(); i++) {
                String text = string(node.items.get(i), path + "." + field + "[" + i + "]", true);
                ok &= text != null;
                result.add(text == null ? null : intern(text));
            }
            return ok ? result : null;
        }

        private boolean expect(JsonNode node, Kind kind, String path) {
            if (node.is(kind)) {
                return true;
            }
            error(node, path, "expected " + kind.description + ", found " + node.kind.description);
            return false;
        }

        private void warnUnknownFields(JsonNode node, String path, Set<String> known, String shape) {
            for (Map.Entry<String, JsonNode> field : node.fields.entrySet()) {
                if (!known.contains(field.getKey()) && reportedUnknownFields.add(shape + "." + field.getKey())) {
                    JsonNode value = field.getValue();
                    warning(value.line, value.column, path + "." + field.getKey(), "unknown field (ignored)");
                }
            }
        }

        private String intern(String text) {
            String known = internedStrings.putIfAbsent(text, text);
            return known == null ? text : known;
        }

        private String isoName(String code) {
            if (ISO_COUNTRIES.contains(code)) {
                return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            }
            return code;
        }

        private static String quote(String text) {
            StringBuilder out = new StringBuilder(text.length() + 2).append('"');
            int shown = Math.min(text.length(), 80);
            for (int i = 0; i < shown; i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            if (shown < text.length()) {
                out.append('…');
            }
            return out.append('"').toString();
        }

        // ---------------------------------------------------------------- reporting

        private void error(JsonNode at, String path, String message) {
            error(at.line, at.column, path, message);
        }

        private void error(int line, int column, String path, String message) {
            hasErrors = true;
            add(new Problem(source, line, column, Severity.ERROR, path, message));
        }

        private void warning(int line, int column, String path, String message) {
            add(new Problem(source, line, column, Severity.WARNING, path, message));
        }

        private void add(Problem problem) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            } else {
                uncountedProblems++;
            }
        }
    }

    /** Reports how much of a stream has been read, at most about every percent. */
    private static final class ProgressInputStream extends FilterInputStream {
        private final long size;
        private final DoubleConsumer progress;
        private long read;
        private long nextReport;

        ProgressInputStream(InputStream in, long size, DoubleConsumer progress) {
            super(in);
            this.size = Math.max(size, 1);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(int n) {
            read += n;
            if (read >= nextReport) {
                progress.accept(Math.min(1.0, (double) read / size));
                nextReport = read + size / 100;
            }
        }
    }

    /** Turns Jackson's syntax messages into short plain English. */
    static final class JsonSyntaxMessages {
        private static final Pattern QUOTED_NAME = Pattern.compile("\"([^\"]*)\"");

        private JsonSyntaxMessages() {}

        static String explain(String original) {
            String text = original == null ? "" : original;
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("unexpected end-of-input") || lower.contains("end-of-input")) {
                return "the file ends too early: the JSON is incomplete (was it truncated?)";
            }
            if (lower.contains("duplicate")) {
                Matcher m = QUOTED_NAME.matcher(text);
                return m.find() ? "duplicate key " + quoteName(m.group(1)) + " in the same object" : "duplicate key";
            }
            if (lower.contains("invalid utf-8") || lower.contains("utf8") || lower.contains("utf-8")) {
                return "invalid UTF-8 bytes: the file must be saved as UTF-8";
            }
            if (lower.contains("nesting depth")) {
                return "the JSON is nested too deeply (more than " + MAX_NESTING_DEPTH + " levels)";
            }
            if (lower.contains("nan") || lower.contains("infinity")) {
                return "NaN and Infinity are not JSON numbers";
            }
            if (lower.contains("comment")) {
                return "comments are not allowed in JSON";
            }
            if (lower.contains("string value length")) {
                return "a text value is longer than " + MAX_STRING_LENGTH + " characters";
            }
            if (lower.contains("number value length") || lower.contains("number length")) {
                return "a number is too long";
            }
            if (lower.contains("name length")) {
                return "a key is too long";
            }
            if (lower.contains("was expecting double-quote to start") || lower.contains("was expecting a colon")) {
                return "malformed JSON: expected a quoted key (\"name\": value); "
                        + "trailing commas and unquoted keys are not allowed";
            }
            if (lower.contains("was expecting comma")) {
                return "malformed JSON: expected a comma between values";
            }
            if (lower.contains("control character") || lower.contains("illegal unquoted character")) {
                return "malformed JSON: a text value contains an unescaped control character (write \\n, \\t)";
            }
            if (lower.contains("unrecognized token") || lower.contains("unexpected character")) {
                String first = text.lines().findFirst().orElse(text);
                return "malformed JSON: "
                        + first.replaceAll("\\s*\\(code \\d+\\)", "")
                                .replace("Unexpected character", "unexpected character")
                                .replace("Unrecognized token", "unrecognised token");
            }
            String first = text.lines().findFirst().orElse("invalid JSON");
            return "malformed JSON: " + first;
        }

        private static String quoteName(String name) {
            return "\"" + name + "\"";
        }
    }
}
