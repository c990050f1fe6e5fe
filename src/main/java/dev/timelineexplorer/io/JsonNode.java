package dev.timelineexplorer.io;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A small JSON value that remembers where it stood in the file, so that validation can point at it. Only the small
 * top-level sections (countries, categories, eras) and values of an unexpected shape are held as trees; events are
 * read straight from the token stream.
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

        /** The kind of value that starts at a token (a value token, or the start of an object or array). */
        static Kind of(JsonToken token) {
            return switch (token) {
                case START_OBJECT -> OBJECT;
                case START_ARRAY -> ARRAY;
                case VALUE_STRING -> STRING;
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NUMBER;
                case VALUE_TRUE, VALUE_FALSE -> BOOLEAN;
                case VALUE_NULL -> NULL;
                default -> throw new IllegalStateException("unexpected token " + token);
            };
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
        this.fields = kind == Kind.OBJECT ? new Fields() : null;
        this.items = kind == Kind.ARRAY ? new ArrayList<>() : null;
    }

    /** Told about a key that appears twice in one object; the first value is kept. */
    interface DuplicateKeys {
        void duplicate(int line, int column, String key);
    }

    /** Reads the value at the parser's current token, leaving the parser on its last token. */
    static JsonNode read(JsonParser parser, DuplicateKeys duplicates) {
        Kind kind = Kind.of(parser.currentToken());
        TokenStreamLocation at = parser.currentTokenLocation();
        switch (kind) {
            case OBJECT -> {
                JsonNode node = new JsonNode(kind, at, null);
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
            case ARRAY -> {
                JsonNode node = new JsonNode(kind, at, null);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    node.items.add(read(parser, duplicates));
                }
                return node;
            }
            case NULL -> {
                return new JsonNode(kind, at, null);
            }
            default -> {
                // Reading the text of every string, even one that is dropped, keeps the string length limit.
                return new JsonNode(kind, at, parser.getString());
            }
        }
    }

    boolean is(Kind expected) {
        return kind == expected;
    }

    /**
     * The members of one object, in file order. Objects in a dataset have a handful of members, so two small arrays
     * searched in order beat a hash map, which matters when a million events are read.
     */
    static final class Fields extends AbstractMap<String, JsonNode> {
        private String[] names = new String[8];
        private JsonNode[] values = new JsonNode[8];
        private int size;

        private int indexOf(Object name) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public JsonNode get(Object name) {
            int i = indexOf(name);
            return i < 0 ? null : values[i];
        }

        @Override
        public boolean containsKey(Object name) {
            return indexOf(name) >= 0;
        }

        @Override
        public JsonNode putIfAbsent(String name, JsonNode value) {
            int i = indexOf(name);
            if (i >= 0) {
                return values[i];
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            size++;
            return null;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Map.Entry<String, JsonNode>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, JsonNode>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Map.Entry<String, JsonNode> next() {
                            if (next >= size) {
                                throw new java.util.NoSuchElementException();
                            }
                            Map.Entry<String, JsonNode> entry = new SimpleImmutableEntry<>(names[next], values[next]);
                            next++;
                            return entry;
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
    }
}
