package dev.timelineexplorer.io.dataset;

import static dev.timelineexplorer.io.json.Quotes.quote;

import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.dataset.EventFields.Holder;
import dev.timelineexplorer.io.dataset.EventFields.Items;
import dev.timelineexplorer.io.dataset.EventFields.SourceFields;
import dev.timelineexplorer.io.dataset.EventFields.UnknownField;
import dev.timelineexplorer.io.json.JsonText;
import dev.timelineexplorer.io.json.JsonValue;
import dev.timelineexplorer.io.json.ProblemLog;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one event object straight from the token stream into {@link EventFields}, without building a tree and
 * without spelling out a JSON path unless a problem is found. As with a tree read, the first of duplicate keys wins
 * and each duplicate is reported as it is met. Values of the wrong shape are read through (so that duplicate keys
 * inside them are reported too) and only their kind and place are kept.
 */
final class EventScanner {
    private final ProblemLog problems;
    private final StringInterner interner;
    private final EventPath path = new EventPath();
    /** The index of the event being read, for the paths of duplicate keys met while reading it. */
    private int currentEvent;

    private final JsonValue.DuplicateKeys duplicates;

    EventScanner(ProblemLog problems, StringInterner interner) {
        this.problems = problems;
        this.interner = interner;
        this.duplicates = (line, column, offset, key) -> problems.error(
                line, column, offset, path.at(currentEvent, key), ProblemKind.DUPLICATE_KEY.of(quote(key)));
    }

    /** Reads the event object the parser is on into {@code into}, leaving the parser on its end. */
    void scan(JsonParser parser, int index, EventFields into) {
        currentEvent = index;
        into.clear();
        into.object.pooled.locate(parser, JsonToken.START_OBJECT);
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            switch (name) {
                case "id" -> scalarField(parser, into.id, false, false);
                case "title" -> scalarField(parser, into.title, false, true);
                case "start" -> scalarField(parser, into.start, false, false);
                case "end" -> scalarField(parser, into.end, false, false);
                case "category" -> scalarField(parser, into.category, true, false);
                case "summary" -> scalarField(parser, into.summary, false, true);
                case "description" -> scalarField(parser, into.description, false, true);
                case "countries" -> listField(parser, into.countries);
                case "tags" -> listField(parser, into.tags);
                case "sources" -> sourcesField(parser, into.sources);
                default -> unknownField(parser, into.unknownFields);
            }
        }
    }

    /**
     * Reads a field whose value is kept whole: a string (through the interner when {@code intern}), or for a text
     * field that may be in several languages ({@code text}) an object read as a small tree.
     */
    private void scalarField(JsonParser parser, Holder into, boolean intern, boolean text) {
        if (into.isPresent()) {
            duplicateField(parser);
            return;
        }
        parser.nextToken();
        readValue(parser, into, intern, text);
    }

    /** Reads a field that should be an array of strings (codes or tags, which repeat), keeping each item. */
    private void listField(JsonParser parser, Items<Holder> into) {
        if (!arrayStart(parser, into.array)) {
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            readValue(parser, into.add(), true, false);
        }
    }

    /** Reads the "sources" field: an array of objects with a title and a url. */
    private void sourcesField(JsonParser parser, Items<SourceFields> into) {
        if (!arrayStart(parser, into.array)) {
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            SourceFields source = into.add();
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                readValue(parser, source.object, false, false);
                continue;
            }
            source.object.pooled.locate(parser, JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                switch (parser.currentName()) {
                    case "title" -> scalarField(parser, source.title, false, true);
                    case "url" -> scalarField(parser, source.url, false, false);
                    default -> unknownField(parser, source.unknownFields);
                }
            }
        }
    }

    /**
     * Starts reading an array field into its holder: true with the parser on the array's start; false when the field
     * was a duplicate (reported) or not an array (its kind kept for the checker).
     */
    private boolean arrayStart(JsonParser parser, Holder array) {
        if (array.isPresent()) {
            duplicateField(parser);
            return false;
        }
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            readValue(parser, array, false, false);
            return false;
        }
        array.pooled.locate(parser, JsonToken.START_ARRAY);
        return true;
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
        JsonValue value = JsonValue.read(parser, duplicates);
        seen.add(new UnknownField(name, value.line(), value.column(), value.offset(), JsonText.of(value)));
    }

    /**
     * Skips the value of a key met a second time in one object, then reports the key. The value is read as a tree
     * first so that duplicates inside it are reported, and before this one, as a tree read would.
     */
    private void duplicateField(JsonParser parser) {
        String name = parser.currentName();
        TokenStreamLocation at = parser.currentTokenLocation();
        parser.nextToken();
        JsonValue.read(parser, duplicates);
        duplicates.duplicate(at.getLineNr(), at.getColumnNr(), at.getByteOffset(), name);
    }

    /**
     * Reads any value, keeping its kind, where it starts and, for a string, its text. An object for a text field is
     * read as a tree; any other object or array is of the wrong shape: only its kind is kept, but it is read through.
     */
    private void readValue(JsonParser parser, Holder into, boolean intern, boolean text) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT && text) {
            into.value = JsonValue.read(parser, duplicates);
            return;
        }
        into.pooled.locate(parser, token);
        if (token == JsonToken.VALUE_STRING) {
            into.pooled.setText(intern ? interner.intern(parser) : parser.getString());
        } else if (token.isStructStart()) {
            JsonValue.read(parser, duplicates);
        }
    }
}
