package dev.timelineexplorer.io.timelinejs;

import static dev.timelineexplorer.io.json.Quotes.quote;

import dev.timelineexplorer.io.LoadResult;
import dev.timelineexplorer.io.Message;
import dev.timelineexplorer.io.Palette;
import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.json.ByteSource;
import dev.timelineexplorer.io.json.Ids;
import dev.timelineexplorer.io.json.JsonChecks;
import dev.timelineexplorer.io.json.JsonValue;
import dev.timelineexplorer.io.json.JsonValue.Kind;
import dev.timelineexplorer.io.json.ProblemLog;
import dev.timelineexplorer.io.json.StrictJson;
import dev.timelineexplorer.io.json.Urls;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Era;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

/**
 * Reads a <a href="https://timeline.knightlab.com/docs/json-format.html">TimelineJS</a> (Knight Lab) JSON document into
 * the app's model, reporting problems as the app's own reader does: file, line, column, JSON path (such as {@code
 * events[3].start_date.month}) and a plain-English message, every problem at once, never an exception.
 *
 * <p>The mapping: a slide's {@code text.headline} is the event's title (required), {@code text.text} its description
 * and {@code group} its category (declared with a palette colour, named by the group, with a slug as id); {@code
 * unique_id} is the id (otherwise one is made from the title and start, as the app's own reader does); {@code
 * media.url} becomes a source when it is an {@code http} or {@code https} address, titled by {@code media.credit} or
 * else the address's host (other media are ignored with a warning). The summary is the description's first sentence.
 * {@code eras} become eras, and the {@code title} slide gives the dataset's title and description (the file name when
 * there is no title slide). TimelineJS has no countries. Dates: see {@link TimelineJsDates}. Texts, headlines
 * included, are HTML, reduced to plain text by {@link HtmlText}.
 *
 * <p>TimelineJS files are small (a browser loads them whole), so the document is read as one located tree.
 */
public final class TimelineJsReader {
    private static final Set<String> ROOT_FIELDS = Set.of("title", "events", "eras", "scale");
    private static final Set<String> SLIDE_FIELDS = Set.of(
            "start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id");
    private static final Set<String> TEXT_FIELDS = Set.of("headline", "text");
    private static final Set<String> MEDIA_FIELDS =
            Set.of("url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target");

    private final ProblemLog problems;
    private final JsonChecks checks;
    private final Set<String> reportedUnknownFields = new HashSet<>();
    private final TimelineJsDates dates;
    private final TimelineJsSlides slides;

    /** @param source how messages name the input, such as {@code timeline.json} */
    public TimelineJsReader(String source) {
        this.problems = new ProblemLog(source);
        this.checks = new JsonChecks(problems);
        this.dates = new TimelineJsDates(checks, reportedUnknownFields);
        this.slides = new TimelineJsSlides(problems);
    }

    /** Reads a whole TimelineJS document of UTF-8 bytes (a byte order mark is allowed). */
    public LoadResult read(byte[] bytes) {
        JsonValue root = null;
        boolean rootDone = false;
        JsonParser parser = null;
        try (JsonParser p = StrictJson.parser(bytes)) {
            parser = p;
            if (p.nextToken() == null) {
                problems.error(1, 1, 0, "", ProblemKind.EMPTY_TIMELINEJS.of());
                return problems.finish(null, ByteSource.of(bytes));
            }
            root = JsonValue.read(
                    p,
                    (line, column, offset, key) -> problems.error(
                            line,
                            column,
                            offset,
                            pathOf(p.streamReadContext(), key),
                            ProblemKind.DUPLICATE_KEY.of(quote(key))));
            rootDone = true;
            StrictJson.expectEnd(p, problems);
        } catch (JacksonException e) {
            StrictJson.report(e, parser, rootDone, problems);
        }
        if (root != null) {
            readRoot(root);
        }
        return problems.finish(slides.dataset(), ByteSource.of(bytes));
    }

    /**
     * Reads a TimelineJS document already built as a tree (from the rows of a spreadsheet, say) and finishes with the
     * problems found in it.
     *
     * @param bytes the input, to count columns in characters (its values carry no byte offsets, so it is unused)
     */
    LoadResult readTree(JsonValue root, byte[] bytes) {
        readRoot(root);
        return problems.finish(slides.dataset(), ByteSource.of(bytes));
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

    private void readRoot(JsonValue root) {
        if (!root.is(Kind.OBJECT)) {
            problems.error(
                    root, "", ProblemKind.TOP_LEVEL_NOT_OBJECT.of(root.kind().description()));
            return;
        }
        checks.warnUnknownFields(root, "", ROOT_FIELDS, "", reportedUnknownFields);
        JsonValue titleSlide = root.present("title");
        if (titleSlide != null) {
            readTitleSlide(titleSlide);
        }
        JsonValue events = root.field("events");
        if (events == null) {
            checks.missing(root, "", "events", ProblemKind.VALUE_ARRAY.of());
        } else if (checks.expect(events, Kind.ARRAY, "events")) {
            for (int i = 0; i < events.items().size(); i++) {
                readEvent(events.items().get(i), "events[" + i + "]");
            }
        }
        JsonValue eraList = root.present("eras");
        if (eraList != null && checks.expect(eraList, Kind.ARRAY, "eras")) {
            for (int i = 0; i < eraList.items().size(); i++) {
                readEra(eraList.items().get(i), "eras[" + i + "]");
            }
        }
        JsonValue scale = root.present("scale");
        if (scale != null) {
            String text = checks.string(scale, "scale", false);
            if (text != null && !text.equals("human")) {
                problems.warning(scale, "scale", ProblemKind.SCALE_NOT_SUPPORTED.of(quote(text)));
            }
        }
    }

    private void readTitleSlide(JsonValue slide) {
        if (!checks.expect(slide, Kind.OBJECT, "title")) {
            return;
        }
        checks.warnUnknownFields(slide, "title", SLIDE_FIELDS, "title", reportedUnknownFields);
        JsonValue text = slide.present("text");
        if (text == null || !checks.expect(text, Kind.OBJECT, "title.text")) {
            return;
        }
        checks.warnUnknownFields(text, "title.text", TEXT_FIELDS, "text", reportedUnknownFields);
        JsonValue headline = text.present("headline");
        String title = headline == null ? null : html(headline, "title.text.headline", true);
        JsonValue body = text.present("text");
        String description = body == null ? null : html(body, "title.text.text", false);
        slides.setTitle(title, description);
    }

    private void readEvent(JsonValue slide, String path) {
        if (!checks.expect(slide, Kind.OBJECT, path)) {
            return;
        }
        checks.warnUnknownFields(slide, path, SLIDE_FIELDS, "events[]", reportedUnknownFields);
        int errorsBefore = problems.errorCount();
        JsonValue text = slideText(slide, path);
        String title = text == null ? null : headline(text, path + ".text");
        String description = "";
        JsonValue body = text == null ? null : text.present("text");
        if (body != null) {
            String plain = html(body, path + ".text.text", false);
            description = plain == null ? "" : plain;
        }
        HistoricalDate start = dates.date(slide, "start_date", path, true);
        HistoricalDate end = dates.date(slide, "end_date", path, false);
        if (start != null && end != null) {
            checks.endNotBeforeStart(slide.field("end_date"), path + ".end_date", start, end);
        }
        String id = null;
        JsonValue idNode = slide.present("unique_id");
        if (idNode != null) {
            id = checks.string(idNode, path + ".unique_id", true);
            if (id != null) {
                slides.useId(id, idNode, path + ".unique_id");
            }
        }
        String categoryId = null;
        JsonValue group = slide.present("group");
        if (group != null) {
            String name = checks.string(group, path + ".group", false);
            if (name != null && !name.isBlank()) {
                categoryId = slides.category(name.strip()).id();
            }
        }
        List<Source> sources = media(slide.present("media"), path + ".media");
        if (problems.errorCount() == errorsBefore) {
            slides.add(new TimelineJsSlides.Slide(id, title, start, end, categoryId, description, sources));
        }
    }

    private void readEra(JsonValue era, String path) {
        if (!checks.expect(era, Kind.OBJECT, path)) {
            return;
        }
        checks.warnUnknownFields(era, path, SLIDE_FIELDS, "eras[]", reportedUnknownFields);
        JsonValue text = slideText(era, path);
        String title = text == null ? null : headline(text, path + ".text");
        HistoricalDate start = dates.date(era, "start_date", path, true);
        HistoricalDate end = dates.date(era, "end_date", path, true);
        if (start != null
                && end != null
                && checks.endNotBeforeStart(era.field("end_date"), path + ".end_date", start, end)
                && title != null) {
            slides.addEra(new Era(title, start, end, null));
        }
    }

    /** The required {@code text} object of a slide or era, or null after reporting what is wrong with it. */
    private JsonValue slideText(JsonValue slide, String path) {
        JsonValue text = slide.present("text");
        if (text == null) {
            checks.missing(slide, path + ".text", "text", ProblemKind.OBJECT_WITH.of(quote("headline")));
            return null;
        }
        if (!checks.expect(text, Kind.OBJECT, path + ".text")) {
            return null;
        }
        checks.warnUnknownFields(text, path + ".text", TEXT_FIELDS, "text", reportedUnknownFields);
        return text;
    }

    /** The headline of a text object as one line of plain text, or null after reporting why there is none. */
    private String headline(JsonValue text, String path) {
        JsonValue node = text.present("headline");
        if (node == null) {
            checks.missing(text, path + ".headline", "headline");
            return null;
        }
        String plain = html(node, path + ".headline", true);
        if (plain != null && plain.isEmpty()) {
            problems.error(node, path + ".headline", ProblemKind.MUST_NOT_BE_EMPTY.of());
            return null;
        }
        return plain;
    }

    /** The plain text of an HTML string value (on one line when asked), or null after reporting it is no string. */
    private String html(JsonValue node, String path, boolean oneLine) {
        String html = checks.string(node, path, false);
        if (html == null) {
            return null;
        }
        return oneLine ? HtmlText.oneLine(html) : HtmlText.plain(html);
    }

    /** The source a media object gives, if any; media that is not an http or https address is ignored. */
    private List<Source> media(JsonValue media, String path) {
        if (media == null || !checks.expect(media, Kind.OBJECT, path)) {
            return List.of();
        }
        checks.warnUnknownFields(media, path, MEDIA_FIELDS, "media", reportedUnknownFields);
        JsonValue creditNode = media.present("credit");
        String credit = creditNode == null ? null : html(creditNode, path + ".credit", true);
        JsonValue urlNode = media.present("url");
        if (urlNode == null) {
            problems.warning(media, path, ProblemKind.MEDIA_WITHOUT_URL.of());
            return List.of();
        }
        String url = checks.string(urlNode, path + ".url", false);
        return url == null ? List.of() : slides.mediaSource(url, credit, urlNode, path + ".url");
    }

    /**
     * The slides read so far and what they declare (categories, eras, ids), turned into a dataset at the end: ids are
     * made for slides without one only then, so that they never clash with an explicit id met later.
     */
    static final class TimelineJsSlides {
        /** One event as read, before its id is made. */
        record Slide(
                String id,
                String title,
                HistoricalDate start,
                HistoricalDate end,
                String categoryId,
                String description,
                List<Source> sources) {}

        private final ProblemLog problems;
        private final Ids ids = new Ids();
        private final Map<String, Category> categories = new LinkedHashMap<>();
        private final Set<String> categoryIds = new HashSet<>();
        private final List<Era> eras = new ArrayList<>();
        private final List<Slide> slides = new ArrayList<>();
        private String title;
        private String description = "";

        TimelineJsSlides(ProblemLog problems) {
            this.problems = problems;
        }

        void setTitle(String headline, String text) {
            title = headline;
            description = text == null ? "" : text;
        }

        /** Notes an explicit id, reporting it when it was used before. */
        void useId(String id, JsonValue at, String path) {
            Integer firstLine = ids.useExplicit(id, at.line());
            if (firstLine != null) {
                problems.error(at, path, ProblemKind.DUPLICATE_ID.of(quote(id), firstLine));
            }
        }

        /** The category of a group, declared on first use with a slug of its name as id. */
        Category category(String name) {
            Category known = categories.get(name);
            if (known != null) {
                return known;
            }
            String base = Ids.slug(name);
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

        /** A web address as a source titled by its credit or host; anything else is ignored with a warning. */
        List<Source> mediaSource(String written, String credit, JsonValue at, String path) {
            String url = written.strip();
            Message problem = Urls.problem(url);
            if (problem != null) {
                problems.warning(at, path, ProblemKind.IGNORED_MEDIA.of(problem));
                return List.of();
            }
            return List.of(new Source(credit == null || credit.isEmpty() ? Urls.host(url) : credit, url));
        }

        void add(Slide slide) {
            slides.add(slide);
        }

        void addEra(Era era) {
            eras.add(era);
        }

        /** The dataset of the slides, in time order (file order for ties), or null when there are errors. */
        Dataset dataset() {
            if (problems.hasErrors()) {
                return null;
            }
            List<Event> events = new ArrayList<>(slides.size());
            for (Slide slide : slides) {
                events.add(new Event(
                        slide.id() == null ? ids.generate(slide.title(), slide.start()) : slide.id(),
                        slide.title(),
                        slide.start(),
                        slide.end(),
                        List.of(),
                        slide.categoryId(),
                        Summaries.firstSentence(slide.description()),
                        slide.description(),
                        slide.sources(),
                        List.of(),
                        null));
            }
            events.sort(Comparator.comparingLong(Event::startDay).thenComparingLong(Event::endDayExclusive));
            String datasetTitle = title == null || title.isBlank() ? problems.source() : title;
            return new Dataset(datasetTitle, description, List.of(), List.copyOf(categories.values()), eras, events);
        }
    }
}
