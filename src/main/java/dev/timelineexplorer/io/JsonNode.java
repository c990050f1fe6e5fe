package dev.timelineexplorer.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A small JSON value that remembers where it stood in the file, so that validation can point at it. Only one
 * top-level entry (one event, the country list) is held as a tree at a time; the event array itself is streamed.
 */
final class JsonNode {
    enum Kind {
        OBJECT("an object"),
        ARRAY("an array"),
        STRING("a string"),
        NUMBER("a number"),
        BOOLEAN("true or false"),
        NULL("null");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    final Kind kind;
    final int line;
    final int column;
    /** The text of a string, number or boolean; null otherwise. */
    final String text;
    /** Members of an object in file order, or null. */
    final Map<String, JsonNode> fields;
    /** Elements of an array, or null. */
    final List<JsonNode> items;

    private JsonNode(Kind kind, TokenStreamLocation at, String text) {
        this.kind = kind;
        this.line = at.getLineNr();
        this.column = at.getColumnNr();
        this.text = text;
        this.fields = kind == Kind.OBJECT ? new LinkedHashMap<>() : null;
        this.items = kind == Kind.ARRAY ? new ArrayList<>() : null;
    }

    /** Told about a key that appears twice in one object; the first value is kept. */
    interface DuplicateKeys {
        void duplicate(int line, int column, String key);
    }

    /** Reads the value at the parser's current token, leaving the parser on its last token. */
    static JsonNode read(JsonParser parser, DuplicateKeys duplicates) {
        JsonToken token = parser.currentToken();
        TokenStreamLocation at = parser.currentTokenLocation();
        switch (token) {
            case START_OBJECT -> {
                JsonNode node = new JsonNode(Kind.OBJECT, at, null);
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    TokenStreamLocation nameAt = parser.currentTokenLocation();
                    parser.nextToken();
                    JsonNode value = read(parser, duplicates);
                    if (node.fields.putIfAbsent(name, value) != null) {
                        duplicates.duplicate(nameAt.getLineNr(), nameAt.getColumnNr(), name);
                    }
                }
                return node;
            }
            case START_ARRAY -> {
                JsonNode node = new JsonNode(Kind.ARRAY, at, null);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    node.items.add(read(parser, duplicates));
                }
                return node;
            }
            case VALUE_STRING -> {
                return new JsonNode(Kind.STRING, at, parser.getString());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new JsonNode(Kind.NUMBER, at, parser.getString());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new JsonNode(Kind.BOOLEAN, at, parser.getString());
            }
            case VALUE_NULL -> {
                return new JsonNode(Kind.NULL, at, null);
            }
            default -> throw new IllegalStateException("unexpected token " + token);
        }
    }

    boolean is(Kind expected) {
        return kind == expected;
    }
}
