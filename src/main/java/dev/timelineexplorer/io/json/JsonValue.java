package dev.timelineexplorer.io.json;

import dev.timelineexplorer.io.Message;
import dev.timelineexplorer.io.ProblemKind;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A JSON value that remembers where it stood in the file, so that validation can point at it. It serves two ways: as
 * a tree (the small sections of a dataset, TimelineJS documents, values of an unexpected shape), read by {@link
 * #read}; and as a reusable holder that a streaming reader fills with one scalar at a time ({@link #locate}, {@link
 * #clear}), so that a million events are checked by the same code as a tree without a tree per event.
 */
public final class JsonValue {
    /** The kinds of JSON value, with how messages name them. */
    public enum Kind {
        OBJECT(ProblemKind.VALUE_OBJECT),
        ARRAY(ProblemKind.VALUE_ARRAY),
        STRING(ProblemKind.VALUE_STRING),
        NUMBER(ProblemKind.VALUE_NUMBER),
        BOOLEAN(ProblemKind.VALUE_BOOLEAN),
        NULL(ProblemKind.VALUE_NULL);

        private final Message description;

        Kind(ProblemKind description) {
            this.description = description.of();
        }

        /** How a message names a value of this kind (in English "an object", "a string"). */
        public Message description() {
            return description;
        }

        /** The kind of value that starts at a token (a value token, or the start of an object or array). */
        public static Kind of(JsonToken token) {
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

    /** Told about a key that appears twice in one object; the first value is kept. */
    public interface DuplicateKeys {
        void duplicate(int line, int column, long offset, String key);
    }

    private Kind kind;
    private int line;
    private int column;
    private long offset = -1;
    private String text;
    private Fields fields;
    private List<JsonValue> items;

    /** An absent value, to be filled by {@link #locate}. */
    public JsonValue() {}

    /**
     * A string found outside JSON, such as a cell of a spreadsheet, placed at a line (its row) and a column, so that
     * the checks written for JSON values report problems there.
     */
    public static JsonValue string(String text, int line, int column) {
        JsonValue value = located(Kind.STRING, line, column);
        value.text = text;
        return value;
    }

    /** An object built outside JSON (a spreadsheet row, say), placed at a line and column; see {@link #with}. */
    public static JsonValue object(int line, int column) {
        JsonValue value = located(Kind.OBJECT, line, column);
        value.fields = new Fields();
        return value;
    }

    /** An array built outside JSON, placed at a line and column. */
    public static JsonValue array(List<JsonValue> items, int line, int column) {
        JsonValue value = located(Kind.ARRAY, line, column);
        value.items = new ArrayList<>(items);
        return value;
    }

    private static JsonValue located(Kind kind, int line, int column) {
        JsonValue value = new JsonValue();
        value.kind = kind;
        value.line = line;
        value.column = column;
        value.offset = -1;
        return value;
    }

    /** Adds a member to an object built by {@link #object}, unless it has one of that name; returns this object. */
    public JsonValue with(String name, JsonValue member) {
        if (fields == null) {
            throw new IllegalStateException("not an object: " + kind);
        }
        fields.putIfAbsent(name, member);
        return this;
    }

    /** Reads the value at the parser's current token as a tree, leaving the parser on its last token. */
    public static JsonValue read(JsonParser parser, DuplicateKeys duplicates) {
        JsonValue value = new JsonValue();
        JsonToken token = parser.currentToken();
        value.locate(parser, token);
        switch (value.kind) {
            case OBJECT -> {
                value.fields = new Fields();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    TokenStreamLocation nameAt = parser.currentTokenLocation();
                    parser.nextToken();
                    JsonValue member = read(parser, duplicates);
                    if (value.fields.putIfAbsent(name, member) != null) {
                        duplicates.duplicate(nameAt.getLineNr(), nameAt.getColumnNr(), nameAt.getByteOffset(), name);
                    }
                }
            }
            case ARRAY -> {
                value.items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    value.items.add(read(parser, duplicates));
                }
            }
            case NULL -> {}
            // Reading the text of every scalar, even one that is dropped, keeps the string length limit.
            default -> value.text = parser.getString();
        }
        return value;
    }

    /**
     * Notes the kind and position of the value starting at the parser's current token, and forgets any text; a
     * streaming reader sets the text of a string itself ({@link #setText}).
     */
    public void locate(JsonParser parser, JsonToken token) {
        TokenStreamLocation at = parser.currentTokenLocation();
        kind = Kind.of(token);
        line = at.getLineNr();
        column = at.getColumnNr();
        offset = at.getByteOffset();
        text = null;
        fields = null;
        items = null;
    }

    /** Makes the value absent again, for reuse. */
    public void clear() {
        kind = null;
        text = null;
        fields = null;
        items = null;
    }

    /** Whether a value was read (false for a field that is not in the file). */
    public boolean isPresent() {
        return kind != null;
    }

    /** Whether the value is of a kind; false when absent. */
    public boolean is(Kind expected) {
        return kind == expected;
    }

    /** The kind, or null when absent. */
    public Kind kind() {
        return kind;
    }

    /** The 1-based line where the value starts. */
    public int line() {
        return line;
    }

    /** The 1-based column where the value starts, counted as the parser counts (bytes for a byte source). */
    public int column() {
        return column;
    }

    /** The offset of the value's first byte in the input, or -1 when unknown. */
    public long offset() {
        return offset;
    }

    /** The text of a string, number or boolean; null otherwise. */
    public String text() {
        return text;
    }

    /** Sets the text of a string read by a streaming reader. */
    public void setText(String value) {
        text = value;
    }

    /** The member named {@code name} of an object read as a tree, or null. */
    public JsonValue field(String name) {
        return fields == null ? null : fields.get(name);
    }

    /** The member named {@code name}, or null when absent or JSON null (which many tools write for "none"). */
    public JsonValue present(String name) {
        JsonValue value = field(name);
        return value == null || value.is(Kind.NULL) ? null : value;
    }

    /** The members of an object read as a tree, in file order; empty for other values. */
    public Map<String, JsonValue> fields() {
        return fields == null ? Map.of() : fields;
    }

    /** The elements of an array read as a tree; empty for other values. */
    public List<JsonValue> items() {
        return items == null ? List.of() : items;
    }

    /**
     * The members of one object, in file order. Objects in a dataset have a handful of members, so two small arrays
     * searched in order beat a hash map.
     */
    private static final class Fields extends AbstractMap<String, JsonValue> {
        private String[] names = new String[8];
        private JsonValue[] values = new JsonValue[8];
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
        public JsonValue get(Object name) {
            int i = indexOf(name);
            return i < 0 ? null : values[i];
        }

        @Override
        public boolean containsKey(Object name) {
            return indexOf(name) >= 0;
        }

        @Override
        public JsonValue putIfAbsent(String name, JsonValue value) {
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
        public Set<Map.Entry<String, JsonValue>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, JsonValue>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Map.Entry<String, JsonValue> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<String, JsonValue> entry = new SimpleImmutableEntry<>(names[next], values[next]);
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
