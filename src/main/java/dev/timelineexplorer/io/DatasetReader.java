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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
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
 * <p>The event array is streamed: each event is read straight from the token stream into reused holders that keep
 * only its values and their positions, so memory grows with the events kept, not with the document, and a valid
 * event allocates little beyond what is kept. JSON paths for messages are spelled out only when a problem is
 * reported. The small top-level sections (countries, categories, eras) are read as {@link JsonNode} trees.
 * Jackson's read constraints bound nesting, string and number sizes so that a hostile file cannot exhaust the stack
 * or memory. Instances are thread-safe.
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
    /** Bits of a sort key for an event's position in the file. */
    private static final int INDEX_BITS = 24;
    /** Bits of a sort key for an event's length in days, which is clipped to fit. */
    private static final int LENGTH_BITS = 16;
    /** The earliest day a date can mean; sort keys count start days from it. */
    private static final long FIRST_DAY =
            HistoricalDate.ofYear(HistoricalDate.MIN_YEAR).firstDay();

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
     * Reads a dataset from a stream of UTF-8 bytes (a byte order mark is allowed), in the app's own format or as a
     * TimelineJS timeline (see {@link TimelineJsReader}), recognised by its structure.
     *
     * @param sourceName how messages name the input, such as {@code korea.json}
     * @throws IOException when the stream itself fails
     */
    public LoadResult read(InputStream in, String sourceName) throws IOException {
        // TimelineJS hook: sniff() looks at the first 64 KB only, so files in the app's own format still stream.
        TimelineJsReader.Sniffed input = TimelineJsReader.sniff(in);
        if (input.isTimelineJs()) {
            return new TimelineJsReader(sourceName).read(input.timelineJs());
        }
        return new Run(sourceName).read(input.stream());
    }

    /**
     * The result of a read: the problems in file order, then a line counting those past the limit. Both readers
     * (this format and TimelineJS) finish this way.
     */
    static LoadResult result(String source, Dataset dataset, List<Problem> problems, int uncountedProblems) {
        List<Problem> all = new ArrayList<>(problems);
        all.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        if (uncountedProblems > 0) {
            all.add(new Problem(
                    source, 0, 0, Severity.ERROR, "", "and " + uncountedProblems + " more problems not listed"));
        }
        return new LoadResult(dataset, all);
    }

    /** A value quoted for a message, escaped and cut after 80 characters. */
    static String quote(String text) {
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
        /** Categories used by events and not declared (yet), each with where it was first used. */
        private final Map<String, Position> undeclaredCategoryUses = new LinkedHashMap<>();

        private final List<Era> eras = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        /** The sort key of each event, in file order; see {@link #sortKey}. */
        private long[] sortKeys = new long[1 << 10];

        private final Map<String, Integer> idLines = new HashMap<>(1 << 16);
        private final Set<String> reportedUnknownFields = new HashSet<>();
        /** Codes, categories and tags, one instance each however often they are used. */
        private final Interner internedStrings = new Interner(1 << 16);
        /** Codes used by events and not declared (yet), each with where it was used. */
        private final Map<String, List<CodeUse>> undeclaredCodeUses = new LinkedHashMap<>();

        /** Room for the interned strings of one array field. */
        private String[] texts = new String[8];

        private final Map<String, Integer> generatedIdCounts = new HashMap<>();

        /** The index of the event being read, for the paths of duplicate keys met while reading it. */
        private int currentEvent;

        private final JsonNode.DuplicateKeys eventDuplicates = (line, column, key) -> error(
                line, column, eventPath(currentEvent, key), "duplicate key " + quote(key) + " in the same object");

        private record Position(int line, int column) {}

        /** Where an event uses a country code: its position and the indexes that make up its path. */
        private record CodeUse(int line, int column, int event, int item) {}

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

        /**
         * Reads the event array one event at a time. An event is read straight from the token stream into reused
         * {@link EventValues}, then checked; no tree is built and no JSON path is spelled out unless a problem is
         * reported, because with a million events those allocations dominated the load time.
         */
        private void readEvents(JsonParser parser) {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                JsonNode node = readNode(parser, "");
                error(node, "events", "expected an array, found " + node.kind.description);
                return;
            }
            EventValues values = new EventValues();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                currentEvent = index;
                if (parser.currentToken() == JsonToken.START_OBJECT) {
                    scanEvent(parser, values);
                    checkEvent(values, index);
                } else {
                    String path = eventPath(index);
                    JsonNode node = readNode(parser, path);
                    error(node, path, "expected an object, found " + node.kind.description);
                }
                index++;
            }
        }

        // ------------------------------------------------ events: reading the stream

        /**
         * Reads the event object the parser is on into {@code into}. As with a tree read, the first of duplicate
         * keys wins and each duplicate is reported as it is met, so problems are reported in the same order.
         */
        private void scanEvent(JsonParser parser, EventValues into) {
            into.clear();
            locate(parser, into.object, JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                switch (name) {
                    case "id" -> scalarField(parser, into.id, null);
                    case "title" -> scalarField(parser, into.title, null);
                    case "start" -> scalarField(parser, into.start, null);
                    case "end" -> scalarField(parser, into.end, null);
                    case "category" -> scalarField(parser, into.category, internedStrings);
                    case "summary" -> scalarField(parser, into.summary, null);
                    case "description" -> scalarField(parser, into.description, null);
                    case "countries" -> listField(parser, into.countries);
                    case "tags" -> listField(parser, into.tags);
                    case "sources" -> sourcesField(parser, into.sources);
                    default -> unknownField(parser, into.unknownFields);
                }
            }
        }

        /**
         * Reads a field whose value is kept whole (a string, when the file is right), its text taken through
         * {@code interner} when not null.
         */
        private void scalarField(JsonParser parser, Value into, Interner interner) {
            if (into.isPresent()) {
                duplicateField(parser);
                return;
            }
            parser.nextToken();
            readValue(parser, into, interner);
        }

        /** Reads a field that should be an array of strings (codes or tags, which repeat), keeping each item. */
        private void listField(JsonParser parser, Items<Value> into) {
            if (into.array.isPresent()) {
                duplicateField(parser);
                return;
            }
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                readValue(parser, into.array, null);
                return;
            }
            locate(parser, into.array, JsonToken.START_ARRAY);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                readValue(parser, into.add(), internedStrings);
            }
        }

        /** Reads the "sources" field: an array of objects with a title and a url. */
        private void sourcesField(JsonParser parser, Items<SourceValues> into) {
            if (into.array.isPresent()) {
                duplicateField(parser);
                return;
            }
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                readValue(parser, into.array, null);
                return;
            }
            locate(parser, into.array, JsonToken.START_ARRAY);
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                SourceValues source = into.add();
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    readValue(parser, source.object, null);
                    continue;
                }
                locate(parser, source.object, JsonToken.START_OBJECT);
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    switch (parser.currentName()) {
                        case "title" -> scalarField(parser, source.title, null);
                        case "url" -> scalarField(parser, source.url, null);
                        default -> unknownField(parser, source.unknownFields);
                    }
                }
            }
        }

        /** Notes a field the format does not define (it is warned about once checked) and skips its value. */
        private void unknownField(JsonParser parser, List<UnknownField> seen) {
            String name = parser.currentName();
            for (UnknownField field : seen) {
                if (field.name().equals(name)) {
                    duplicateField(parser);
                    return;
                }
            }
            parser.nextToken();
            JsonNode value = JsonNode.read(parser, eventDuplicates);
            seen.add(new UnknownField(name, value.line, value.column));
        }

        /**
         * Skips the value of a key met a second time in one object, then reports the key. The value is read as a
         * tree first so that duplicates inside it are reported, and before this one, as a tree read would.
         */
        private void duplicateField(JsonParser parser) {
            String name = parser.currentName();
            TokenStreamLocation at = parser.currentTokenLocation();
            parser.nextToken();
            JsonNode.read(parser, eventDuplicates);
            eventDuplicates.duplicate(at.getLineNr(), at.getColumnNr(), name);
        }

        /**
         * Reads any value, keeping its kind, where it starts and, for a string, its text (through {@code interner}
         * when not null). An object or array here is of the wrong shape: only its kind is kept, but it is read
         * through so that duplicate keys inside it are reported.
         */
        private void readValue(JsonParser parser, Value into, Interner interner) {
            JsonToken token = parser.currentToken();
            locate(parser, into, token);
            if (token == JsonToken.VALUE_STRING) {
                into.text = interner == null ? parser.getString() : interner.intern(parser);
            } else if (token.isStructStart()) {
                JsonNode.read(parser, eventDuplicates);
            }
        }

        /** Notes the kind and position of the value starting at the current token. */
        private static void locate(JsonParser parser, Value into, JsonToken token) {
            TokenStreamLocation at = parser.currentTokenLocation();
            into.kind = Kind.of(token);
            into.line = at.getLineNr();
            into.column = at.getColumnNr();
        }

        // ------------------------------------------------ events: checking

        /** Checks one event read by {@link #scanEvent} and keeps it when the whole file is right so far. */
        private void checkEvent(EventValues event, int index) {
            warnUnknownFields(event.unknownFields, "events[]", index, -1);
            boolean ok = true;
            String eventTitle = requiredString(event, event.title, index, "title");
            ok &= eventTitle != null;
            HistoricalDate start = date(event, event.start, index, "start", true);
            ok &= start != null;
            HistoricalDate end = date(event, event.end, index, "end", false);
            ok &= end != null || !event.end.isPresent();
            if (start != null && end != null) {
                ok &= endNotBeforeStart(event.end, index, start, end);
            }

            String id = null;
            if (event.id.isPresent()) {
                id = string(event.id, true, index, "id");
                ok &= id != null && firstUseOfId(event.id, index, id);
            }

            List<String> codes = stringList(event.countries, index, "countries");
            ok &= codes != null;
            if (codes != null) {
                noteUndeclaredCodes(codes, event.countries, index);
            }

            String categoryId = event.category.isPresent() ? string(event.category, false, index, "category") : null;
            if (categoryId != null) {
                categoryId = intern(categoryId);
                if (!declaredCategories.containsKey(categoryId) && !undeclaredCategoryUses.containsKey(categoryId)) {
                    undeclaredCategoryUses.put(categoryId, new Position(event.category.line, event.category.column));
                }
            }
            String summary = event.summary.isPresent() ? string(event.summary, false, index, "summary") : null;
            String text = event.description.isPresent() ? string(event.description, false, index, "description") : null;
            List<Source> sources = sources(event.sources, index);
            ok &= sources != null;
            List<String> tags = stringList(event.tags, index, "tags");
            ok &= tags != null;

            if (ok && !hasErrors) {
                addEvent(new Event(
                        id == null ? generatedId(eventTitle, start) : id,
                        eventTitle,
                        start,
                        end,
                        codes,
                        categoryId,
                        summary,
                        text,
                        sources,
                        tags));
            }
        }

        /** Keeps an event, noting its sort key now, while the event is fresh in the cache. */
        private void addEvent(Event event) {
            int index = events.size();
            if (index < 1 << INDEX_BITS) {
                if (index == sortKeys.length) {
                    sortKeys = Arrays.copyOf(sortKeys, index * 2);
                }
                sortKeys[index] = sortKey(event, index);
            }
            events.add(event);
        }

        /** Records where an explicit id is first used; false after reporting an id used before. */
        private boolean firstUseOfId(Value at, int index, String id) {
            Integer firstLine = idLines.putIfAbsent(id, at.line);
            if (firstLine == null) {
                return true;
            }
            error(at, eventPath(index, "id"), "duplicate id " + quote(id) + " (first used on line " + firstLine + ")");
            return false;
        }

        /** Remembers where codes not declared (yet) are used; only a few uses per code, to stay bounded. */
        private void noteUndeclaredCodes(List<String> codes, Items<Value> at, int index) {
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                if (!declaredCountries.containsKey(code)) {
                    List<CodeUse> uses = undeclaredCodeUses.computeIfAbsent(code, c -> new ArrayList<>());
                    if (uses.size() < 20) {
                        Value item = at.get(i);
                        uses.add(new CodeUse(item.line, item.column, index, i));
                    }
                }
            }
        }

        private List<Source> sources(Items<SourceValues> list, int index) {
            if (!list.array.isPresent()) {
                return List.of();
            }
            if (list.array.kind != Kind.ARRAY) {
                error(list.array, eventPath(index, "sources"), mismatch(Kind.ARRAY, list.array.kind));
                return null;
            }
            Source[] result = new Source[list.size()];
            boolean ok = true;
            for (int i = 0; i < list.size(); i++) {
                result[i] = source(list.get(i), index, i);
                ok &= result[i] != null;
            }
            return ok ? List.of(result) : null;
        }

        /** One source of an event, or null after reporting what is wrong with it. */
        private Source source(SourceValues source, int index, int item) {
            if (source.object.kind != Kind.OBJECT) {
                error(source.object, sourcePath(index, item, null), mismatch(Kind.OBJECT, source.object.kind));
                return null;
            }
            warnUnknownFields(source.unknownFields, "events[].sources[]", index, item);
            String sourceTitle = null;
            if (source.title.isPresent()) {
                String problem = stringProblem(source.title, false);
                if (problem == null) {
                    sourceTitle = source.title.text;
                } else {
                    error(source.title, sourcePath(index, item, "title"), problem);
                }
            }
            if (!source.url.isPresent()) {
                error(source.object, sourcePath(index, item, "url"), "missing required field \"url\"");
                return null;
            }
            String problem = stringProblem(source.url, true);
            if (problem == null) {
                String urlProblem = urlProblem(source.url.text);
                problem = urlProblem == null ? null : quote(source.url.text) + " " + urlProblem;
            }
            if (problem != null) {
                error(source.url, sourcePath(index, item, "url"), problem);
                return null;
            }
            return new Source(sourceTitle == null ? "" : sourceTitle, source.url.text);
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

        // ------------------------------------------------ events: field helpers

        private String requiredString(EventValues event, Value value, int index, String field) {
            if (!value.isPresent()) {
                error(event.object, eventPath(index, field), "missing required field " + quote(field));
                return null;
            }
            return string(value, true, index, field);
        }

        /** The text of a string field of an event, or null after reporting why it is not one. */
        private String string(Value value, boolean nonBlank, int index, String field) {
            String problem = stringProblem(value, nonBlank);
            if (problem != null) {
                error(value, eventPath(index, field), problem);
                return null;
            }
            return value.text;
        }

        private HistoricalDate date(EventValues event, Value value, int index, String field, boolean required) {
            if (!value.isPresent()) {
                if (required) {
                    error(event.object, eventPath(index, field), missingDate(field));
                }
                return null;
            }
            if (value.kind != Kind.STRING) {
                error(value, eventPath(index, field), notADateString(value.kind));
                return null;
            }
            try {
                return HistoricalDate.parse(value.text);
            } catch (InvalidDateException e) {
                error(value, eventPath(index, field), notADate(value.text, e));
                return null;
            }
        }

        private boolean endNotBeforeStart(Value endValue, int index, HistoricalDate start, HistoricalDate end) {
            String problem = endBeforeStart(start, end);
            if (problem != null) {
                error(endValue, eventPath(index, "end"), problem);
                return false;
            }
            return true;
        }

        /**
         * The interned strings of an optional array field, as an immutable list (which {@link Event} keeps without
         * copying); empty when absent, null after an error.
         */
        private List<String> stringList(Items<Value> list, int index, String field) {
            if (!list.array.isPresent()) {
                return List.of();
            }
            if (list.array.kind != Kind.ARRAY) {
                error(list.array, eventPath(index, field), mismatch(Kind.ARRAY, list.array.kind));
                return null;
            }
            if (texts.length < list.size()) {
                texts = new String[list.size() * 2];
            }
            boolean ok = true;
            for (int i = 0; i < list.size(); i++) {
                Value item = list.get(i);
                String problem = stringProblem(item, true);
                if (problem != null) {
                    error(item, eventPath(index, field) + "[" + i + "]", problem);
                    ok = false;
                } else {
                    texts[i] = intern(item.text);
                }
            }
            return ok ? immutableList(texts, list.size()) : null;
        }

        /**
         * The first {@code size} texts as an immutable list, which the {@code List.copyOf} in {@link Event} keeps as
         * it is, where it would copy a mutable list.
         */
        private static List<String> immutableList(String[] texts, int size) {
            return switch (size) {
                case 0 -> List.of();
                case 1 -> List.of(texts[0]);
                case 2 -> List.of(texts[0], texts[1]);
                case 3 -> List.of(texts[0], texts[1], texts[2]);
                default -> List.of(Arrays.copyOf(texts, size));
            };
        }

        private void warnUnknownFields(List<UnknownField> fields, String shape, int index, int sourceItem) {
            if (fields.isEmpty()) {
                return; // the usual case, without an iterator per event
            }
            for (UnknownField field : fields) {
                if (reportedUnknownFields.add(shape + "." + field.name())) {
                    String path = sourceItem < 0
                            ? eventPath(index, field.name())
                            : sourcePath(index, sourceItem, field.name());
                    warning(field.line(), field.column(), path, "unknown field (ignored)");
                }
            }
        }

        private static String eventPath(int index) {
            return "events[" + index + "]";
        }

        private static String eventPath(int index, String field) {
            return "events[" + index + "]." + field;
        }

        /** The path of a source of an event, or of one of its fields when {@code field} is not null. */
        private static String sourcePath(int index, int item, String field) {
            String path = "events[" + index + "].sources[" + item + "]";
            return field == null ? path : path + "." + field;
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
            String datasetTitle = title == null || title.isBlank() ? source : title;
            return finish(new Dataset(datasetTitle, description, countries, categories, eras, eventsByTime()));
        }

        /**
         * The events sorted by start, then end, keeping file order for ties, as an immutable list (which the
         * dataset keeps without copying). A million events sort several times faster as primitive keys than as
         * objects through a comparator. A key packs the start day, the length in days (clipped to {@link
         * #LENGTH_BITS} bits, about 179 years) and the position, so the key order is the whole order except between
         * events longer than that which start on the same day; only those need to look at the event objects, which
         * lie scattered in memory.
         */
        private List<Event> eventsByTime() {
            int n = events.size();
            if (n >= 1 << INDEX_BITS) {
                events.sort(Comparator.comparingLong(Event::startDay).thenComparingLong(Event::endDayExclusive));
                return events;
            }
            long[] keys = sortKeys;
            // The keys are distinct (they end with the position), so the parallel sort gives the same order.
            Arrays.parallelSort(keys, 0, n);
            Event[] sorted = new Event[n];
            for (int i = 0; i < n; i++) {
                sorted[i] = events.get((int) (keys[i] & ((1 << INDEX_BITS) - 1)));
            }
            orderLongEventsByEnd(sorted, keys);
            return List.of(sorted);
        }

        /** Start day (23 bits: 20,000 years of days), clipped length, position in the file. */
        private static long sortKey(Event event, int index) {
            long length = Math.min(event.endDayExclusive() - event.startDay(), (1 << LENGTH_BITS) - 1);
            return (event.startDay() - FIRST_DAY) << (LENGTH_BITS + INDEX_BITS) | length << INDEX_BITS | index;
        }

        /**
         * Puts events with the same start whose lengths were both clipped in order of their real end, with a stable
         * insertion sort; their keys (without the position) are equal, so shifting events within a run keeps them
         * matching.
         */
        private static void orderLongEventsByEnd(Event[] sorted, long[] keys) {
            long clipped = (1L << LENGTH_BITS) - 1;
            for (int i = 1; i < sorted.length; i++) {
                long startAndLength = keys[i] >>> INDEX_BITS;
                if ((startAndLength & clipped) != clipped || keys[i - 1] >>> INDEX_BITS != startAndLength) {
                    continue;
                }
                Event current = sorted[i];
                int j = i - 1;
                while (j >= 0
                        && keys[j] >>> INDEX_BITS == startAndLength
                        && sorted[j].endDayExclusive() > current.endDayExclusive()) {
                    sorted[j + 1] = sorted[j];
                    j--;
                }
                sorted[j + 1] = current;
            }
        }

        private LoadResult finish(Dataset dataset) {
            return DatasetReader.result(source, dataset, problems, uncountedProblems);
        }

        private List<Country> resolveCountries() {
            for (Map.Entry<String, List<CodeUse>> entry : undeclaredCodeUses.entrySet()) {
                String code = entry.getKey();
                if (declaredCountries.containsKey(code)) {
                    continue;
                }
                if (ISO_COUNTRIES.contains(code)) {
                    declaredCountries.put(code, new Country(code, isoName(code), "", CountryKind.COUNTRY));
                    continue;
                }
                for (CodeUse use : entry.getValue()) {
                    error(
                            use.line(),
                            use.column(),
                            eventPath(use.event()) + ".countries[" + use.item() + "]",
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
            for (Map.Entry<String, Position> use : undeclaredCategoryUses.entrySet()) {
                if (!declaredCategories.containsKey(use.getKey())) {
                    Position at = use.getValue();
                    warning(
                            at.line(),
                            at.column(),
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

        // ---------------------------------------------------------------- tree helpers (top-level sections)

        private boolean endNotBeforeStart(JsonNode node, String path, HistoricalDate start, HistoricalDate end) {
            String problem = endBeforeStart(start, end);
            if (problem != null) {
                error(node.fields.get("end"), path + ".end", problem);
                return false;
            }
            return true;
        }

        private HistoricalDate date(JsonNode parent, String field, String path, boolean required) {
            JsonNode node = parent.fields.get(field);
            String fieldPath = path + "." + field;
            if (node == null) {
                if (required) {
                    error(parent, fieldPath, missingDate(field));
                }
                return null;
            }
            if (!node.is(Kind.STRING)) {
                error(node, fieldPath, notADateString(node.kind));
                return null;
            }
            try {
                return HistoricalDate.parse(node.text);
            } catch (InvalidDateException e) {
                error(node, fieldPath, notADate(node.text, e));
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
            String problem = stringProblem(node.kind, node.text, nonBlank);
            if (problem != null) {
                error(node, path, problem);
                return null;
            }
            return node.text;
        }

        private boolean expect(JsonNode node, Kind kind, String path) {
            if (node.is(kind)) {
                return true;
            }
            error(node, path, mismatch(kind, node.kind));
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

        // ---------------------------------------------------------------- messages shared by trees and streams

        private static String mismatch(Kind expected, Kind found) {
            return "expected " + expected.description + ", found " + found.description;
        }

        /** Why a value is not a (non-blank, when asked) string, or null when it is one. */
        private static String stringProblem(Kind kind, String text, boolean nonBlank) {
            if (kind != Kind.STRING) {
                return mismatch(Kind.STRING, kind);
            }
            return nonBlank && text.isBlank() ? "must not be empty" : null;
        }

        private static String stringProblem(Value value, boolean nonBlank) {
            return stringProblem(value.kind, value.text, nonBlank);
        }

        private static String missingDate(String field) {
            return "missing required field " + quote(field) + " (a date such as \"1965-06-22\")";
        }

        private static String notADateString(Kind found) {
            return "expected a date string such as \"1965-06-22\", found " + found.description;
        }

        private static String notADate(String text, InvalidDateException e) {
            return quote(text) + " is not a date (" + e.getMessage() + ")";
        }

        /** Why an end date is refused, or null when it is not before the start. */
        private static String endBeforeStart(HistoricalDate start, HistoricalDate end) {
            return end.endDayExclusive() <= start.firstDay()
                    ? quote(end.toIsoString()) + " is before the start " + quote(start.toIsoString())
                    : null;
        }

        private String intern(String text) {
            return internedStrings.intern(text);
        }

        private String isoName(String code) {
            if (ISO_COUNTRIES.contains(code)) {
                return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            }
            return code;
        }

        // ---------------------------------------------------------------- reporting

        private void error(JsonNode at, String path, String message) {
            error(at.line, at.column, path, message);
        }

        private void error(Value at, String path, String message) {
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

    // -------------------------------------------------------------------- events as read from the stream

    /** Something reused from one event to the next. */
    private interface Reusable {
        void clear();
    }

    /**
     * One value of an event as read from the stream: its kind (null while the field is absent), where it starts,
     * and its text when it is a string. Only what checks and messages need is kept.
     */
    private static final class Value implements Reusable {
        Kind kind;
        int line;
        int column;
        String text;

        boolean isPresent() {
            return kind != null;
        }

        @Override
        public void clear() {
            kind = null;
            text = null;
        }
    }

    /** An array field as read: the array value itself, then its items, which are pooled and reused. */
    private static final class Items<T extends Reusable> implements Reusable {
        final Value array = new Value();
        private final List<T> pool = new ArrayList<>();
        private final Supplier<T> factory;
        private int size;

        Items(Supplier<T> factory) {
            this.factory = factory;
        }

        /** A cleared item appended to the list. */
        T add() {
            if (size == pool.size()) {
                pool.add(factory.get());
            }
            T item = pool.get(size++);
            item.clear();
            return item;
        }

        T get(int index) {
            return pool.get(index);
        }

        int size() {
            return size;
        }

        @Override
        public void clear() {
            array.clear();
            size = 0;
        }
    }

    /** A field the format does not define, with where its value starts. */
    private record UnknownField(String name, int line, int column) {}

    /** One item of an event's "sources" as read. */
    private static final class SourceValues implements Reusable {
        final Value object = new Value();
        final Value title = new Value();
        final Value url = new Value();
        final List<UnknownField> unknownFields = new ArrayList<>(0);

        @Override
        public void clear() {
            object.clear();
            title.clear();
            url.clear();
            unknownFields.clear();
        }
    }

    /** The fields of one event as read, reused for every event so that reading allocates only what is kept. */
    private static final class EventValues implements Reusable {
        final Value object = new Value();
        final Value id = new Value();
        final Value title = new Value();
        final Value start = new Value();
        final Value end = new Value();
        final Value category = new Value();
        final Value summary = new Value();
        final Value description = new Value();
        final Items<Value> countries = new Items<>(Value::new);
        final Items<Value> tags = new Items<>(Value::new);
        final Items<SourceValues> sources = new Items<>(SourceValues::new);
        final List<UnknownField> unknownFields = new ArrayList<>(0);

        @Override
        public void clear() {
            object.clear();
            id.clear();
            title.clear();
            start.clear();
            end.clear();
            category.clear();
            summary.clear();
            description.clear();
            countries.clear();
            tags.clear();
            sources.clear();
            unknownFields.clear();
        }
    }

    /**
     * Canonical instances of short strings that repeat from event to event (country codes, categories, tags), found
     * straight from the parser's characters: a repeat costs no new string, and the canonical instance hashes once
     * for every map it is looked up in. Bounded, so that a file of endless distinct values only falls back to plain
     * strings. (Dates are not worth it: a lookup among tens of thousands of scattered dates misses the CPU caches
     * and costs more than parsing the date again.)
     */
    private static final class Interner {
        /** Longer strings are not worth it, and are read with {@link JsonParser#getString()}, which checks limits. */
        private static final int MAX_LENGTH = 32;
        /**
         * How far a string may sit from its first slot. Past that the string is simply not interned: this keeps a
         * file crafted with colliding hash codes from making every lookup a long search.
         */
        private static final int MAX_PROBES = 8;

        private final int maxSize;
        private String[] strings = new String[1 << 8];
        /** The hash of each string, so that probing does not visit the strings themselves. */
        private int[] hashes = new int[1 << 8];

        private int size;

        Interner(int maxSize) {
            this.maxSize = maxSize;
        }

        /** The text of the string token the parser is on. */
        String intern(JsonParser parser) {
            int length = parser.getStringLength();
            if (length > MAX_LENGTH) {
                return parser.getString();
            }
            char[] chars = parser.getStringCharacters();
            int offset = parser.getStringOffset();
            int hash = 0;
            for (int i = offset; i < offset + length; i++) {
                hash = 31 * hash + chars[i]; // as String.hashCode(), so both ways of interning meet
            }
            int slot = firstSlot(hash);
            for (int probe = 0; probe < MAX_PROBES; probe++, slot = next(slot)) {
                String known = strings[slot];
                if (known == null) {
                    return add(slot, hash, new String(chars, offset, length));
                }
                if (hashes[slot] == hash && sameText(known, chars, offset, length)) {
                    return known;
                }
            }
            return new String(chars, offset, length);
        }

        String intern(String text) {
            int hash = text.hashCode();
            int slot = firstSlot(hash);
            for (int probe = 0; probe < MAX_PROBES; probe++, slot = next(slot)) {
                String known = strings[slot];
                if (known == null) {
                    return add(slot, hash, text);
                }
                if (hashes[slot] == hash && known.equals(text)) {
                    return known;
                }
            }
            return text;
        }

        private String add(int slot, int hash, String text) {
            if (size < maxSize) {
                strings[slot] = text;
                hashes[slot] = hash;
                if (++size * 2 > strings.length) {
                    grow();
                }
            }
            return text;
        }

        /** Doubles the table; a string that finds no slot near its first one is dropped (it is only a cache). */
        private void grow() {
            String[] oldStrings = strings;
            int[] oldHashes = hashes;
            strings = new String[oldStrings.length * 2];
            hashes = new int[oldStrings.length * 2];
            size = 0;
            for (int i = 0; i < oldStrings.length; i++) {
                if (oldStrings[i] != null) {
                    int slot = firstSlot(oldHashes[i]);
                    for (int probe = 0; probe < MAX_PROBES; probe++, slot = next(slot)) {
                        if (strings[slot] == null) {
                            strings[slot] = oldStrings[i];
                            hashes[slot] = oldHashes[i];
                            size++;
                            break;
                        }
                    }
                }
            }
        }

        /** Spreads the high bits down, as {@link HashMap} does, keeping similar texts in nearby slots. */
        private int firstSlot(int hash) {
            return (hash ^ (hash >>> 16)) & (strings.length - 1);
        }

        private int next(int slot) {
            return (slot + 1) & (strings.length - 1);
        }

        private static boolean sameText(String known, char[] chars, int offset, int length) {
            if (known.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (known.charAt(i) != chars[offset + i]) {
                    return false;
                }
            }
            return true;
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
