package dev.timelineexplorer.io;

import dev.timelineexplorer.io.JsonNode.Kind;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Era;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.InvalidDateException;
import dev.timelineexplorer.model.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a <a href="https://timeline.knightlab.com/docs/json-format.html">TimelineJS</a> (Knight Lab) JSON document into
 * the app's model, reporting problems the way {@link DatasetReader} does: file, line, column, JSON path (such as
 * {@code events[3].start_date.month}) and a plain-English message, every problem at once, never an exception.
 *
 * <p>The mapping: a slide's {@code text.headline} is the event's title (required), {@code text.text} its description
 * and {@code group} its category (declared with a palette colour, named by the group, with a slug as id); {@code
 * unique_id} is the id (otherwise one is made from the title and start, as the app's own reader does); {@code
 * media.url} becomes a source when it is an {@code http} or {@code https} address, titled by {@code media.credit} or
 * else the address's host (other media are ignored with a warning). The summary is the description's first sentence.
 * {@code eras} become eras, and the {@code title} slide gives the dataset's title and description (the file name when
 * there is no title slide). TimelineJS has no countries.
 *
 * <p><b>Dates</b> are objects with {@code year} and optional {@code month} and {@code day}, as numbers or strings;
 * the precision (year, month or day) is kept. Time parts ({@code hour}, {@code minute}, ...) are ignored with a
 * warning. <b>Years BC:</b> TimelineJS writes a year BC as its negative: {@code -44} is 44 BC and there is no year 0.
 * The app's years are astronomical (year 0 is 1 BC), so TimelineJS year {@code -b} becomes astronomical {@code 1 - b}:
 * {@code -2333} (2333 BC) is stored as {@code -2332} and shown as "2333 BC". Year 0 is refused.
 *
 * <p><b>HTML</b> in texts is reduced to plain text: tags are removed, paragraphs ({@code <p>}, {@code <div>}, ...)
 * become blank-line breaks, {@code <br>} and list items line breaks, entities are decoded, and the contents of {@code
 * <script>} and {@code <style>} are dropped. The result is only ever shown as plain text. The reduction is a single
 * linear scan, so no input can make it slow.
 *
 * <p>TimelineJS files are small (a browser loads them whole), so the document is read as one located tree.
 */
final class TimelineJsReader {
    /** How much of an input {@link #sniff} looks at before deciding, in bytes. */
    static final int PROBE_BYTES = 64 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(DatasetReader.MAX_NESTING_DEPTH)
                    .maxStringLength(DatasetReader.MAX_STRING_LENGTH)
                    .maxNumberLength(100)
                    .maxNameLength(1_000)
                    .build())
            .build();

    /** Keys of TimelineJS and not of the app's format: when the probe cannot decide, one of them is worth a look. */
    private static final List<byte[]> MARKERS = List.of(
            "\"start_date\"".getBytes(StandardCharsets.US_ASCII), "\"headline\"".getBytes(StandardCharsets.US_ASCII));

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,9}");
    private static final Pattern NON_SLUG = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsDigit}]+");
    private static final int SUMMARY_LENGTH = 200;

    private static final Set<String> ROOT_FIELDS = Set.of("title", "events", "eras", "scale");
    private static final Set<String> SLIDE_FIELDS = Set.of(
            "start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id");
    private static final Set<String> TEXT_FIELDS = Set.of("headline", "text");
    private static final Set<String> MEDIA_FIELDS =
            Set.of("url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target");
    private static final Set<String> DATE_FIELDS =
            Set.of("year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format");
    private static final List<String> TIME_FIELDS = List.of("hour", "minute", "second", "millisecond");

    /** A part of a date that is not there (or is JSON null or an empty string). */
    private static final int ABSENT = Integer.MIN_VALUE;
    /** A part of a date that is wrong; the problem has been reported. */
    private static final int FAILED = Integer.MIN_VALUE + 1;

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private int uncountedProblems;
    private boolean hasErrors;
    private int errorCount;
    private final Set<String> reportedUnknownFields = new HashSet<>();

    private String title;
    private String description = "";
    /** Categories by group name, in order of first use. */
    private final Map<String, Category> categories = new LinkedHashMap<>();

    private final Set<String> categoryIds = new HashSet<>();
    private final List<Era> eras = new ArrayList<>();
    private final List<Slide> slides = new ArrayList<>();
    /** Explicit ids with the line of their first use. */
    private final Map<String, Integer> idLines = new HashMap<>();

    /** An event as read, before generated ids are given (they must not clash with explicit ids met later). */
    private record Slide(
            String id,
            String title,
            HistoricalDate start,
            HistoricalDate end,
            String categoryId,
            String description,
            List<Source> sources) {}

    /**
     * @param source how messages name the input, such as {@code korea.json}
     */
    TimelineJsReader(String source) {
        this.source = source;
    }

    // -------------------------------------------------------------------- recognising the format

    /**
     * An input with its format recognised: either all its bytes, when it is a TimelineJS document, or a stream that
     * gives the whole input in the app's own format, still streaming.
     *
     * @param timelineJs the whole input when it is TimelineJS, otherwise null
     * @param stream the whole input when it is not TimelineJS, otherwise null
     */
    record Sniffed(byte[] timelineJs, InputStream stream) {
        boolean isTimelineJs() {
            return timelineJs != null;
        }
    }

    private enum Format {
        TIMELINE_JS,
        OWN,
        UNDECIDED
    }

    /**
     * Recognises a TimelineJS document by its structure: a top-level object whose {@code events} array starts with
     * an object holding {@code start_date} as an object, or whose {@code title} is an object holding a {@code text}
     * object; a first event with a {@code start} is the app's own format. Only the first {@value #PROBE_BYTES} bytes
     * are looked at, so a file in the app's own format (which may hold a million events) keeps streaming; only when
     * those bytes do not decide and contain the key {@code "start_date"} or {@code "headline"} is the whole input read
     * into memory to decide.
     *
     * @throws IOException when the stream fails
     */
    static Sniffed sniff(InputStream in) throws IOException {
        byte[] prefix = in.readNBytes(PROBE_BYTES);
        boolean complete = prefix.length < PROBE_BYTES;
        Format format = probe(prefix, complete);
        if (format == Format.TIMELINE_JS) {
            return new Sniffed(complete ? prefix : concat(prefix, in.readAllBytes()), null);
        }
        if (format == Format.UNDECIDED && MARKERS.stream().anyMatch(marker -> contains(prefix, marker))) {
            byte[] all = concat(prefix, in.readAllBytes());
            return probe(all, true) == Format.TIMELINE_JS
                    ? new Sniffed(all, null)
                    : new Sniffed(null, new ByteArrayInputStream(all));
        }
        return new Sniffed(null, complete ? new ByteArrayInputStream(prefix) : replay(prefix, in));
    }

    private static InputStream replay(byte[] prefix, InputStream rest) {
        return new SequenceInputStream(new ByteArrayInputStream(prefix), rest);
    }

    /**
     * Decides the format from the structure of {@code bytes}; {@code complete} tells whether they are the whole
     * input, so that running out of them means the document is malformed rather than cut off by the probe.
     */
    private static Format probe(byte[] bytes, boolean complete) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Format.OWN;
            }
            boolean sawTitle = false;
            boolean sawFirstEvent = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("title")) {
                    if (value == JsonToken.START_OBJECT && skipToObjectField(parser, "text")) {
                        return Format.TIMELINE_JS;
                    }
                    parser.skipChildren();
                    sawTitle = true;
                } else if (name.equals("events") && value == JsonToken.START_ARRAY) {
                    JsonToken first = parser.nextToken();
                    if (first == JsonToken.START_OBJECT) {
                        Format byEvent = probeEvent(parser);
                        if (byEvent != Format.UNDECIDED) {
                            return byEvent;
                        }
                    }
                    sawFirstEvent = true;
                    if (sawTitle) {
                        return Format.OWN;
                    }
                    if (first != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                            if (t == null) {
                                return complete ? Format.OWN : Format.UNDECIDED;
                            }
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
                if (sawTitle && sawFirstEvent) {
                    return Format.OWN;
                }
            }
            return Format.OWN;
        } catch (JacksonException e) {
            // Malformed or cut off by the probe; the reader that gets the input reports what is wrong.
            return complete ? Format.OWN : Format.UNDECIDED;
        }
    }

    /**
     * Reads the first event, the parser on its start: TimelineJS when it has a {@code start_date} object, the app's
     * own format when it has a {@code start}, undecided when it has neither (the parser is then on its end).
     */
    private static Format probeEvent(JsonParser parser) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("start_date") && value == JsonToken.START_OBJECT) {
                return Format.TIMELINE_JS;
            }
            if (field.equals("start")) {
                return Format.OWN;
            }
            parser.skipChildren();
        }
        return Format.UNDECIDED;
    }

    /**
     * Reads the members of the object the parser is on until one named {@code name} holds an object: true then, with
     * the parser on that object's start; false at the end of the object.
     */
    private static boolean skipToObjectField(JsonParser parser, String name) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals(name) && value == JsonToken.START_OBJECT) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    // -------------------------------------------------------------------- reading

    /** Reads a whole TimelineJS document of UTF-8 bytes (a byte order mark is allowed). */
    LoadResult read(byte[] bytes) {
        JsonNode root = null;
        boolean rootDone = false;
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            if (parser.nextToken() == null) {
                error(1, 1, "", "the file is empty; a TimelineJS timeline is a JSON object with an \"events\" array");
                return result();
            }
            root = JsonNode.read(
                    parser,
                    (line, column, key) -> error(
                            line,
                            column,
                            pathOf(parser.streamReadContext(), key),
                            "duplicate key " + quote(key) + " in the same object"));
            rootDone = true;
            if (parser.nextToken() != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                error(at.getLineNr(), at.getColumnNr(), "", "unexpected content after the end of the JSON document");
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String message = rootDone
                    ? "unexpected content after the end of the JSON document"
                    : DatasetReader.JsonSyntaxMessages.explain(e.getOriginalMessage());
            error(
                    at == null ? 0 : Math.max(at.getLineNr(), 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 0),
                    "",
                    message);
        }
        if (root != null) {
            readRoot(root);
        }
        return result();
    }

    /**
     * The JSON path of a key met twice in the object of {@code context}, such as {@code events[2].group}. Called
     * right after the duplicate's value is read, when the parser's context is the object holding the key.
     */
    private static String pathOf(TokenStreamContext context, String key) {
        List<String> segments = new ArrayList<>();
        for (TokenStreamContext c = context.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
            segments.add(c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.currentName());
        }
        StringBuilder path = new StringBuilder();
        for (int i = segments.size() - 1; i >= 0; i--) {
            path.append(segments.get(i));
        }
        path.append('.').append(key);
        return path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    private void readRoot(JsonNode root) {
        if (!root.is(Kind.OBJECT)) {
            error(
                    root,
                    "",
                    "the top level must be a JSON object with an \"events\" array, found " + root.kind.description);
            return;
        }
        warnUnknownFields(root, "", ROOT_FIELDS, "");
        JsonNode titleSlide = present(root, "title");
        if (titleSlide != null) {
            readTitleSlide(titleSlide);
        }
        JsonNode events = root.fields.get("events");
        if (events == null) {
            error(root, "", "missing required field \"events\" (an array)");
        } else if (expect(events, Kind.ARRAY, "events")) {
            for (int i = 0; i < events.items.size(); i++) {
                readEvent(events.items.get(i), "events[" + i + "]");
            }
        }
        JsonNode eraList = present(root, "eras");
        if (eraList != null && expect(eraList, Kind.ARRAY, "eras")) {
            for (int i = 0; i < eraList.items.size(); i++) {
                readEra(eraList.items.get(i), "eras[" + i + "]");
            }
        }
        JsonNode scale = present(root, "scale");
        if (scale != null) {
            String text = string(scale, "scale");
            if (text != null && !text.equals("human")) {
                warning(
                        scale,
                        "scale",
                        quote(text) + " scale is not supported; years are read as calendar years (\"human\")");
            }
        }
    }

    private void readTitleSlide(JsonNode slide) {
        if (!expect(slide, Kind.OBJECT, "title")) {
            return;
        }
        warnUnknownFields(slide, "title", SLIDE_FIELDS, "title");
        JsonNode text = present(slide, "text");
        if (text == null || !expect(text, Kind.OBJECT, "title.text")) {
            return;
        }
        warnUnknownFields(text, "title.text", TEXT_FIELDS, "text");
        JsonNode headline = present(text, "headline");
        if (headline != null) {
            String html = string(headline, "title.text.headline");
            title = html == null ? null : oneLine(plainText(html));
        }
        JsonNode body = present(text, "text");
        if (body != null) {
            String html = string(body, "title.text.text");
            description = html == null ? "" : plainText(html);
        }
    }

    private void readEvent(JsonNode slide, String path) {
        if (!expect(slide, Kind.OBJECT, path)) {
            return;
        }
        warnUnknownFields(slide, path, SLIDE_FIELDS, "events[]");
        int errorsBefore = errorCount;
        String eventTitle = null;
        String eventDescription = "";
        JsonNode text = slide.fields.get("text");
        if (text == null || text.is(Kind.NULL)) {
            error(slide, path + ".text", "missing required field \"text\" (an object with a \"headline\")");
        } else if (expect(text, Kind.OBJECT, path + ".text")) {
            warnUnknownFields(text, path + ".text", TEXT_FIELDS, "text");
            eventTitle = headline(text, path + ".text");
            JsonNode body = present(text, "text");
            if (body != null) {
                String html = string(body, path + ".text.text");
                eventDescription = html == null ? "" : plainText(html);
            }
        }
        HistoricalDate start = date(slide, "start_date", path, true);
        HistoricalDate end = date(slide, "end_date", path, false);
        if (start != null && end != null) {
            endNotBeforeStart(slide, path, start, end);
        }
        String id = null;
        JsonNode idNode = present(slide, "unique_id");
        if (idNode != null) {
            id = nonBlankString(idNode, path + ".unique_id");
            if (id != null) {
                Integer firstLine = idLines.putIfAbsent(id, idNode.line);
                if (firstLine != null) {
                    error(
                            idNode,
                            path + ".unique_id",
                            "duplicate id " + quote(id) + " (first used on line " + firstLine + ")");
                }
            }
        }
        String categoryId = null;
        JsonNode group = present(slide, "group");
        if (group != null) {
            String name = string(group, path + ".group");
            if (name != null && !name.isBlank()) {
                categoryId = category(name.strip()).id();
            }
        }
        List<Source> sources = media(present(slide, "media"), path + ".media");
        if (errorCount == errorsBefore) {
            slides.add(new Slide(id, eventTitle, start, end, categoryId, eventDescription, sources));
        }
    }

    private void readEra(JsonNode era, String path) {
        if (!expect(era, Kind.OBJECT, path)) {
            return;
        }
        warnUnknownFields(era, path, SLIDE_FIELDS, "eras[]");
        String eraTitle = null;
        JsonNode text = era.fields.get("text");
        if (text == null || text.is(Kind.NULL)) {
            error(era, path + ".text", "missing required field \"text\" (an object with a \"headline\")");
        } else if (expect(text, Kind.OBJECT, path + ".text")) {
            warnUnknownFields(text, path + ".text", TEXT_FIELDS, "text");
            eraTitle = headline(text, path + ".text");
        }
        HistoricalDate start = date(era, "start_date", path, true);
        HistoricalDate end = date(era, "end_date", path, true);
        if (start != null && end != null && endNotBeforeStart(era, path, start, end) && eraTitle != null) {
            eras.add(new Era(eraTitle, start, end, null));
        }
    }

    /** The headline of a text object as one line of plain text, or null after reporting why there is none. */
    private String headline(JsonNode text, String path) {
        JsonNode node = present(text, "headline");
        if (node == null) {
            error(text, path + ".headline", "missing required field \"headline\"");
            return null;
        }
        String html = string(node, path + ".headline");
        if (html == null) {
            return null;
        }
        String plain = oneLine(plainText(html));
        if (plain.isEmpty()) {
            error(node, path + ".headline", "must not be empty");
            return null;
        }
        return plain;
    }

    /** The category of a group, declared on first use. */
    private Category category(String name) {
        Category known = categories.get(name);
        if (known != null) {
            return known;
        }
        String base = slug(name);
        if (base.isEmpty()) {
            base = "group";
        }
        String id = base;
        for (int n = 2; !categoryIds.add(id); n++) {
            id = base + "-" + n;
        }
        // The same palette offset as categories without a colour in the app's own format.
        Category category = new Category(id, name, Palette.color(categories.size() + 3));
        categories.put(name, category);
        return category;
    }

    /** The source a media object gives, if any; media that is not an http or https address is ignored. */
    private List<Source> media(JsonNode media, String path) {
        if (media == null || !expect(media, Kind.OBJECT, path)) {
            return List.of();
        }
        warnUnknownFields(media, path, MEDIA_FIELDS, "media");
        String credit = null;
        JsonNode creditNode = present(media, "credit");
        if (creditNode != null) {
            String html = string(creditNode, path + ".credit");
            credit = html == null ? null : oneLine(plainText(html));
        }
        JsonNode urlNode = present(media, "url");
        if (urlNode == null) {
            warning(media, path, "media without a \"url\" (ignored)");
            return List.of();
        }
        String url = string(urlNode, path + ".url");
        if (url == null) {
            return List.of();
        }
        url = url.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                warning(urlNode, path + ".url", "ignored media: " + quote(url) + " is not an http or https address");
                return List.of();
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                warning(urlNode, path + ".url", "ignored media: " + quote(url) + " has no host name");
                return List.of();
            }
            return List.of(new Source(credit == null || credit.isEmpty() ? uri.getHost() : credit, url));
        } catch (URISyntaxException e) {
            warning(
                    urlNode,
                    path + ".url",
                    "ignored media: " + quote(url) + " is not a valid address (" + e.getReason() + ")");
            return List.of();
        }
    }

    // -------------------------------------------------------------------- dates

    /**
     * The date in {@code parent.field}, such as {@code {"year": "1950", "month": "6"}}, at the precision it is given
     * to; null when absent or after reporting what is wrong.
     */
    private HistoricalDate date(JsonNode parent, String field, String path, boolean required) {
        String datePath = path + "." + field;
        JsonNode node = present(parent, field);
        if (node == null) {
            if (required) {
                error(
                        parent,
                        datePath,
                        "missing required field " + quote(field) + " (an object such as {\"year\": \"1950\"})");
            }
            return null;
        }
        if (!node.is(Kind.OBJECT)) {
            error(
                    node,
                    datePath,
                    "expected a date object such as {\"year\": \"1950\", \"month\": \"6\"}, found "
                            + node.kind.description);
            return null;
        }
        warnUnknownFields(node, datePath, DATE_FIELDS, "date");
        for (String timeField : TIME_FIELDS) {
            JsonNode time = present(node, timeField);
            if (time != null) {
                warning(time, datePath + "." + timeField, "the time of day is ignored (dates are kept to the day)");
                break;
            }
        }
        int year = part(node, "year", datePath);
        int month = part(node, "month", datePath);
        int day = part(node, "day", datePath);
        if (year == FAILED || month == FAILED || day == FAILED) {
            return null;
        }
        if (year == ABSENT) {
            error(node, datePath + ".year", "missing required field \"year\"");
            return null;
        }
        JsonNode yearNode = node.fields.get("year");
        if (year == 0) {
            error(yearNode, datePath + ".year", "there is no year 0 (1 BC is -1, 1 AD is 1)");
            return null;
        }
        int astronomical = year < 0 ? year + 1 : year;
        if (astronomical < HistoricalDate.MIN_YEAR || astronomical > HistoricalDate.MAX_YEAR) {
            error(
                    yearNode,
                    datePath + ".year",
                    year + " is out of range (years from " + HistoricalDate.yearText(HistoricalDate.MIN_YEAR) + " to "
                            + HistoricalDate.MAX_YEAR + ")");
            return null;
        }
        if (month != ABSENT && (month < 1 || month > 12)) {
            error(node.fields.get("month"), datePath + ".month", month + " is not a month (must be 1-12)");
            return null;
        }
        if (day != ABSENT && month == ABSENT) {
            error(node.fields.get("day"), datePath + ".day", "a day needs a month");
            return null;
        }
        try {
            return new HistoricalDate(astronomical, month == ABSENT ? 0 : month, day == ABSENT ? 0 : day);
        } catch (InvalidDateException e) {
            error(node.fields.get("day"), datePath + ".day", day + " is not a day (" + e.getMessage() + ")");
            return null;
        }
    }

    /**
     * A whole number part of a date, written as a number or a string of digits; {@link #ABSENT} when missing, null
     * or an empty string, {@link #FAILED} after reporting what is wrong.
     */
    private int part(JsonNode date, String field, String datePath) {
        JsonNode node = present(date, field);
        if (node == null) {
            return ABSENT;
        }
        String path = datePath + "." + field;
        if (!node.is(Kind.STRING) && !node.is(Kind.NUMBER)) {
            error(node, path, "expected a whole number or a string of digits, found " + node.kind.description);
            return FAILED;
        }
        String text = node.text.strip();
        if (node.is(Kind.STRING) && text.isEmpty()) {
            return ABSENT;
        }
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            String shown = node.is(Kind.STRING) ? quote(node.text) : node.text;
            error(node, path, "expected a whole number, found " + shown);
            return FAILED;
        }
        return Integer.parseInt(text);
    }

    private boolean endNotBeforeStart(JsonNode slide, String path, HistoricalDate start, HistoricalDate end) {
        if (end.endDayExclusive() <= start.firstDay()) {
            error(
                    slide.fields.get("end_date"),
                    path + ".end_date",
                    "the end (" + end.toDisplayString() + ") is before the start (" + start.toDisplayString() + ")");
            return false;
        }
        return true;
    }

    // -------------------------------------------------------------------- finishing

    private LoadResult result() {
        if (hasErrors) {
            return finish(null);
        }
        List<Event> events = new ArrayList<>(slides.size());
        Map<String, Integer> generatedCounts = new HashMap<>();
        for (Slide slide : slides) {
            String id = slide.id() == null ? generatedId(slide, generatedCounts) : slide.id();
            events.add(new Event(
                    id,
                    slide.title(),
                    slide.start(),
                    slide.end(),
                    List.of(),
                    slide.categoryId(),
                    summary(slide.description()),
                    slide.description(),
                    slide.sources(),
                    List.of()));
        }
        // Stable: events that start and end together keep their order in the file.
        events.sort(Comparator.comparingLong(Event::startDay).thenComparingLong(Event::endDayExclusive));
        String datasetTitle = title == null || title.isBlank() ? source : title;
        return finish(
                new Dataset(datasetTitle, description, List.of(), List.copyOf(categories.values()), eras, events));
    }

    /** An id from the title and start, as the app's own reader makes: {@code korean-war-1950-06-25}. */
    private String generatedId(Slide slide, Map<String, Integer> counts) {
        String slug = slug(slide.title());
        String base = (slug.isEmpty() ? "event" : slug) + "-" + slide.start().toIsoString();
        int seen = counts.merge(base, 1, Integer::sum);
        String id = seen == 1 ? base : base + "-" + seen;
        while (idLines.containsKey(id)) {
            id = base + "-" + counts.merge(base, 1, Integer::sum);
        }
        idLines.put(id, 0);
        return id;
    }

    private LoadResult finish(Dataset dataset) {
        return DatasetReader.result(source, dataset, problems, uncountedProblems);
    }

    // -------------------------------------------------------------------- text

    /**
     * The first sentence of a plain-text description, cut at a word near {@value #SUMMARY_LENGTH} characters when
     * longer; empty for an empty description.
     */
    static String summary(String description) {
        String paragraph = description.strip();
        int lineEnd = paragraph.indexOf('\n');
        if (lineEnd >= 0) {
            paragraph = paragraph.substring(0, lineEnd);
        }
        String sentence = paragraph;
        for (int i = 0; i < paragraph.length() - 1; i++) {
            char c = paragraph.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && paragraph.charAt(i + 1) == ' ' && !isInitial(paragraph, i)) {
                sentence = paragraph.substring(0, i + 1);
                break;
            }
        }
        if (sentence.length() <= SUMMARY_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', SUMMARY_LENGTH);
        return sentence.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH)
                        .stripTrailing() + "…";
    }

    /** Whether the full stop at {@code dot} ends an initial such as the "S" of "U.S." rather than a sentence. */
    private static boolean isInitial(String text, int dot) {
        return text.charAt(dot) == '.'
                && dot >= 1
                && Character.isUpperCase(text.charAt(dot - 1))
                && (dot == 1 || !Character.isLetter(text.charAt(dot - 2)));
    }

    /** Plain text on one line: line and paragraph breaks become spaces. */
    private static String oneLine(String text) {
        return text.replace("\n\n", " ").replace('\n', ' ');
    }

    private static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "ul",
            "ol",
            "dl",
            "table",
            "tr",
            "pre",
            "hr",
            "section",
            "article",
            "header",
            "footer",
            "figure",
            "figcaption");
    /** Tags that start or end a line of their own; unlike {@code <br>}, two in a row give one line break. */
    private static final Set<String> LIST_TAGS = Set.of("li", "dt", "dd");

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("nbsp", " "),
            Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"),
            Map.entry("hellip", "\u2026"),
            Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"),
            Map.entry("laquo", "\u00AB"),
            Map.entry("raquo", "\u00BB"),
            Map.entry("middot", "\u00B7"),
            Map.entry("bull", "\u2022"),
            Map.entry("copy", "\u00A9"),
            Map.entry("reg", "\u00AE"),
            Map.entry("deg", "\u00B0"),
            Map.entry("times", "\u00D7"),
            Map.entry("eacute", "\u00E9"),
            Map.entry("egrave", "\u00E8"),
            Map.entry("ouml", "\u00F6"),
            Map.entry("uuml", "\u00FC"),
            Map.entry("auml", "\u00E4"));

    /**
     * HTML reduced to plain text, in one linear scan: tags removed, paragraphs separated by a blank line, {@code
     * <br>} and list items by a line break, entities decoded, {@code <script>} and {@code <style>} dropped with their
     * contents, comments dropped, runs of white space collapsed. A {@code <} that does not start a tag stays as text.
     */
    static String plainText(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                i = tag(html, i, out);
            } else if (c == '&') {
                i = entity(html, i, out);
            } else {
                appendText(out, c);
                i++;
            }
        }
        return tidy(out);
    }

    /** Handles the markup starting at {@code <} at {@code at}; answers where the text goes on. */
    private static int tag(String html, int at, StringBuilder out) {
        int n = html.length();
        int i = at + 1;
        if (html.startsWith("!--", i)) {
            int end = html.indexOf("-->", i + 3);
            return end < 0 ? n : end + 3;
        }
        if (i < n && (html.charAt(i) == '!' || html.charAt(i) == '?')) {
            return endOfTag(html, i + 1); // <!DOCTYPE ...>, <?xml ...?>
        }
        boolean closing = i < n && html.charAt(i) == '/';
        if (closing) {
            i++;
        }
        int nameStart = i;
        while (i < n && isAsciiLetterOrDigit(html.charAt(i))) {
            i++;
        }
        if (i == nameStart || !Character.isLetter(html.charAt(nameStart))) {
            appendText(out, '<'); // "a < b": not a tag
            return at + 1;
        }
        String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
        int end = endOfTag(html, i);
        if (!closing && (name.equals("script") || name.equals("style"))) {
            return endOfRawText(html, end, name);
        }
        if (PARAGRAPH_TAGS.contains(name)) {
            out.append("\n\n");
        } else if (name.equals("br")) {
            out.append('\n');
        } else if (LIST_TAGS.contains(name) && !atLineStart(out)) {
            out.append('\n');
        }
        return end;
    }

    /** Just after the {@code >} closing the tag whose attributes start at {@code from}, or the end of the text. */
    private static int endOfTag(String html, int from) {
        char quote = 0;
        char previous = ' ';
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && previous == '=') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
            if (!Character.isWhitespace(c)) {
                previous = c;
            }
        }
        return html.length();
    }

    /** Just after the closing tag of a {@code <script>} or {@code <style>} whose contents start at {@code from}. */
    private static int endOfRawText(String html, int from, String name) {
        int n = html.length();
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
            int after = i + 2 + name.length();
            if (html.regionMatches(true, i + 2, name, 0, name.length())
                    && (after >= n
                            || html.charAt(after) == '>'
                            || html.charAt(after) == '/'
                            || Character.isWhitespace(html.charAt(after)))) {
                return endOfTag(html, after);
            }
        }
        return n;
    }

    /** Decodes the entity starting at {@code &} at {@code at}, or keeps the {@code &} as text when there is none. */
    private static int entity(String html, int at, StringBuilder out) {
        int n = html.length();
        int semicolon = -1;
        for (int i = at + 1; i < n && i <= at + 10; i++) {
            if (html.charAt(i) == ';') {
                semicolon = i;
                break;
            }
        }
        if (semicolon > at + 1) {
            String name = html.substring(at + 1, semicolon);
            if (name.charAt(0) == '#') {
                int codePoint = codePoint(name);
                if (codePoint >= 0) {
                    if (codePoint == 0
                            || codePoint > Character.MAX_CODE_POINT
                            || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
                        codePoint = 0xFFFD;
                    }
                    if (codePoint == 0xA0) {
                        appendText(out, ' ');
                    } else if (Character.isBmpCodePoint(codePoint)) {
                        appendText(out, (char) codePoint);
                    } else {
                        out.appendCodePoint(codePoint);
                    }
                    return semicolon + 1;
                }
            } else {
                String decoded = ENTITIES.get(name);
                if (decoded != null) {
                    appendText(out, decoded.charAt(0));
                    return semicolon + 1;
                }
            }
        }
        appendText(out, '&');
        return at + 1;
    }

    /** The code point of {@code #NNN} or {@code #xHH}, or -1 when the text is neither. */
    private static int codePoint(String reference) {
        boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
        String digits = reference.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 7) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), hex ? 16 : 10) < 0) {
                return -1;
            }
        }
        return Integer.parseInt(digits, hex ? 16 : 10);
    }

    /** Appends a character of text: white space collapses to one space, other control characters are dropped. */
    private static void appendText(StringBuilder out, char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            int last = out.length() - 1;
            if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != '\n') {
                out.append(' ');
            }
        } else if (!Character.isISOControl(c)) {
            out.append(c);
        }
    }

    /** Whether nothing but spaces follows the last line break (or the start). */
    private static boolean atLineStart(StringBuilder out) {
        for (int i = out.length() - 1; i >= 0; i--) {
            char c = out.charAt(i);
            if (c != ' ') {
                return c == '\n';
            }
        }
        return true;
    }

    /** Trims every line and keeps at most one blank line between lines, none at either end. */
    private static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blankBefore = false;
        for (String line : text.toString().split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                blankBefore = true;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankBefore ? "\n\n" : "\n");
            }
            out.append(trimmed);
            blankBefore = false;
        }
        return out.toString();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String slug(String text) {
        String lower = NON_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        int from = 0;
        int to = lower.length();
        while (from < to && lower.charAt(from) == '-') {
            from++;
        }
        while (to > from && lower.charAt(to - 1) == '-') {
            to--;
        }
        return lower.substring(from, to);
    }

    // -------------------------------------------------------------------- tree helpers

    /** The value of a field, or null when it is absent or JSON null (TimelineJS tools write null for "none"). */
    private static JsonNode present(JsonNode parent, String field) {
        JsonNode node = parent.fields.get(field);
        return node == null || node.is(Kind.NULL) ? null : node;
    }

    private boolean expect(JsonNode node, Kind kind, String path) {
        if (node.is(kind)) {
            return true;
        }
        error(node, path, "expected " + kind.description + ", found " + node.kind.description);
        return false;
    }

    private String string(JsonNode node, String path) {
        return expect(node, Kind.STRING, path) ? node.text : null;
    }

    private String nonBlankString(JsonNode node, String path) {
        String text = string(node, path);
        if (text != null && text.isBlank()) {
            error(node, path, "must not be empty");
            return null;
        }
        return text;
    }

    private void warnUnknownFields(JsonNode node, String path, Set<String> known, String shape) {
        for (Map.Entry<String, JsonNode> field : node.fields.entrySet()) {
            if (!known.contains(field.getKey()) && reportedUnknownFields.add(shape + "." + field.getKey())) {
                JsonNode value = field.getValue();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                warning(value, fieldPath, "unknown field (ignored)");
            }
        }
    }

    private static String quote(String text) {
        return DatasetReader.quote(text);
    }

    // -------------------------------------------------------------------- reporting

    private void error(JsonNode at, String path, String message) {
        error(at.line, at.column, path, message);
    }

    private void error(int line, int column, String path, String message) {
        hasErrors = true;
        errorCount++;
        add(new Problem(source, line, column, Severity.ERROR, path, message));
    }

    private void warning(JsonNode at, String path, String message) {
        add(new Problem(source, at.line, at.column, Severity.WARNING, path, message));
    }

    private void add(Problem problem) {
        if (problems.size() < DatasetReader.MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            uncountedProblems++;
        }
    }
}
