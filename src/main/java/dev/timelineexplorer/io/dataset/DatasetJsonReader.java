package dev.timelineexplorer.io.dataset;

import static dev.timelineexplorer.io.json.Quotes.quote;

import dev.timelineexplorer.io.LoadResult;
import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.json.ByteSource;
import dev.timelineexplorer.io.json.Ids;
import dev.timelineexplorer.io.json.JsonChecks;
import dev.timelineexplorer.io.json.JsonText;
import dev.timelineexplorer.io.json.JsonValue;
import dev.timelineexplorer.io.json.ProblemLog;
import dev.timelineexplorer.io.json.StrictJson;
import dev.timelineexplorer.io.json.TextChecks;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.DatasetSettings;
import dev.timelineexplorer.model.Era;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.Extras;
import dev.timelineexplorer.model.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Reads and validates a dataset in the Timeline Explorer JSON format (see the README), reporting every problem with
 * file, line, column and JSON path. It never throws for bad content; only an input that cannot be read at all gives
 * an {@link IOException}.
 *
 * <p>The event array is streamed ({@link EventScanner}, {@link EventChecker}): memory grows with the events kept,
 * not with the document. The small sections ({@code countries}, {@code categories}, {@code eras}, the dataset's
 * texts) are kept as trees and read at the end ({@link SectionReader}), when the declared {@code languages} are known
 * wherever they stand; references are then settled ({@link ReferenceResolver}) and the events put in time order
 * ({@link EventOrder}). One instance reads one input.
 */
public final class DatasetJsonReader {
    private static final Set<String> ROOT_FIELDS = Set.of(
            "title",
            "description",
            "languages",
            "relationship",
            "relationships",
            "map",
            "countries",
            "categories",
            "eras",
            "events");

    private final ProblemLog problems;
    private final JsonChecks checks;
    private final TextChecks texts;
    private final Set<String> reportedUnknownFields = new HashSet<>();
    private final StringInterner interner = new StringInterner(1 << 16);
    private final ReferenceResolver references;
    private final EventOrder events = new EventOrder();

    /** Fields the format does not define, by owner, kept for saving (see {@link Extras}). */
    private final Map<String, Map<String, String>> extras = new LinkedHashMap<>();

    private JsonValue titleNode;
    private JsonValue descriptionNode;
    private JsonValue relationshipNode;
    private JsonValue relationshipsNode;
    private JsonValue mapNode;
    private JsonValue countriesNode;
    private JsonValue categoriesNode;
    private JsonValue erasNode;

    /** @param source how messages name the input, such as {@code korea.json} */
    public DatasetJsonReader(String source) {
        this.problems = new ProblemLog(source);
        this.checks = new JsonChecks(problems);
        this.texts = new TextChecks(checks);
        this.references = new ReferenceResolver(problems);
    }

    /**
     * Reads a dataset from a stream of UTF-8 bytes (a byte order mark is allowed).
     *
     * @param bytes the same input, to count columns of problems in characters ({@link ByteSource#NONE} to keep
     *     byte columns)
     * @throws IOException when the stream itself fails
     */
    public LoadResult read(InputStream in, ByteSource bytes) throws IOException {
        boolean rootDone = false;
        JsonParser parser = null;
        try (JsonParser p = StrictJson.parser(in)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.error(1, 1, 0, "", ProblemKind.EMPTY_DATASET.of());
                return problems.finish(null, bytes);
            }
            if (first != JsonToken.START_OBJECT) {
                JsonValue root = readTree(p, "");
                problems.error(
                        root,
                        "",
                        ProblemKind.TOP_LEVEL_NOT_OBJECT.of(root.kind().description()));
            } else {
                readRoot(p);
            }
            rootDone = true;
            StrictJson.expectEnd(p, problems);
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        } catch (JacksonException e) {
            StrictJson.report(e, parser, rootDone, problems);
        }
        return finish(bytes);
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
                problems.error(
                        nameAt.getLineNr(),
                        nameAt.getColumnNr(),
                        nameAt.getByteOffset(),
                        "",
                        ProblemKind.DUPLICATE_KEY.of(quote(name)));
                readTree(parser, name);
                continue;
            }
            switch (name) {
                case "title" -> titleNode = readTree(parser, name);
                case "description" -> descriptionNode = readTree(parser, name);
                case "languages" -> texts.readLanguages(readTree(parser, name), "languages");
                case "relationship" -> relationshipNode = readTree(parser, name);
                case "relationships" -> relationshipsNode = readTree(parser, name);
                case "map" -> mapNode = readTree(parser, name);
                case "countries" -> countriesNode = readTree(parser, name);
                case "categories" -> categoriesNode = readTree(parser, name);
                case "eras" -> erasNode = readTree(parser, name);
                case "events" -> {
                    sawEvents = true;
                    readEvents(parser);
                }
                default -> {
                    problems.warning(
                            nameAt.getLineNr(),
                            nameAt.getColumnNr(),
                            nameAt.getByteOffset(),
                            name,
                            ProblemKind.UNKNOWN_FIELD_KEPT.of());
                    extras.computeIfAbsent(Extras.ROOT, k -> new LinkedHashMap<>())
                            .put(name, JsonText.of(readTree(parser, name)));
                }
            }
        }
        if (!sawEvents) {
            problems.error(
                    rootAt.getLineNr(),
                    rootAt.getColumnNr(),
                    rootAt.getByteOffset(),
                    "",
                    ProblemKind.MISSING_FIELD_HOLDING.of(quote("events"), ProblemKind.VALUE_ARRAY.of()));
        }
    }

    /** Reads one value as a tree, reporting duplicate keys with the path of the object they are in. */
    private JsonValue readTree(JsonParser parser, String path) {
        return JsonValue.read(
                parser,
                (line, column, offset, key) -> problems.error(
                        line,
                        column,
                        offset,
                        path.isEmpty() ? key : path + "." + key,
                        ProblemKind.DUPLICATE_KEY.of(quote(key))));
    }

    /** Reads the event array one event at a time, keeping each event while the file is right so far. */
    private void readEvents(JsonParser parser) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            JsonValue node = readTree(parser, "");
            problems.error(node, "events", JsonChecks.mismatch(JsonValue.Kind.ARRAY, node.kind()));
            return;
        }
        EventScanner scanner = new EventScanner(problems, interner);
        EventChecker checker = new EventChecker(checks, texts, new Ids(), interner, references, reportedUnknownFields);
        EventFields fields = new EventFields();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                scanner.scan(parser, index, fields);
                Event event = checker.check(fields, index);
                if (event != null) {
                    events.add(event);
                    keepUnknown(Extras.event(event.id()), fields.unknownFields);
                    for (int k = 0;
                            k < fields.sources.size() && k < event.sources().size();
                            k++) {
                        keepUnknown(
                                Extras.source(
                                        Extras.event(event.id()),
                                        event.sources().get(k).url()),
                                fields.sources.get(k).unknownFields);
                    }
                }
            } else {
                String path = "events[" + index + "]";
                JsonValue node = readTree(parser, path);
                problems.error(node, path, JsonChecks.mismatch(JsonValue.Kind.OBJECT, node.kind()));
            }
            index++;
        }
    }

    private LoadResult finish(ByteSource bytes) {
        SectionReader sections = new SectionReader(checks, texts, references, reportedUnknownFields);
        sections.keepUnknownFieldsIn(extras);
        LocalizedText title = rootText(titleNode, "title", true);
        LocalizedText description = rootText(descriptionNode, "description", false);
        LocalizedText relationship = rootText(relationshipNode, "relationship", false);
        Double centralMeridian = mapNode == null ? null : sections.readMap(mapNode);
        sections.readRelationships(relationshipsNode, relationship, relationshipNode);
        if (countriesNode != null) {
            sections.readCountries(countriesNode);
        }
        if (categoriesNode != null) {
            sections.readCategories(categoriesNode);
        }
        List<Era> eras = erasNode == null ? List.of() : sections.readEras(erasNode);
        List<Country> countries = references.countries();
        List<Category> categories = references.categories();
        texts.finish();
        if (problems.hasErrors()) {
            return problems.finish(null, bytes);
        }
        LocalizedText datasetTitle = title == null || title.isEmpty() ? LocalizedText.of(problems.source()) : title;
        DatasetSettings settings = new DatasetSettings(texts.declared(), sections.relationships(), centralMeridian);
        return problems.finish(
                new Dataset(datasetTitle, description, settings, countries, categories, eras, events.sorted())
                        .withExtras(new Extras(extras)),
                bytes);
    }

    /** Keeps an event's fields the format does not define, to be written back when the dataset is saved. */
    private void keepUnknown(String owner, List<EventFields.UnknownField> unknown) {
        for (EventFields.UnknownField field : unknown) {
            extras.computeIfAbsent(owner, k -> new LinkedHashMap<>()).put(field.name(), field.json());
        }
    }

    private LocalizedText rootText(JsonValue node, String field, boolean nonBlank) {
        if (node == null) {
            return LocalizedText.EMPTY;
        }
        LocalizedText text = texts.text(node, field, nonBlank);
        return text == null ? LocalizedText.EMPTY : text;
    }
}
