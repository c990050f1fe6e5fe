package dev.timelineexplorer.io.json;

import java.io.StringWriter;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** A value read as a tree written back as compact JSON text, numbers exactly as they were written. */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {}

    /** The value as JSON text. */
    public static String of(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(json, value);
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, JsonValue value) {
        switch (value.kind()) {
            case OBJECT -> {
                json.writeStartObject();
                for (Map.Entry<String, JsonValue> field : value.fields().entrySet()) {
                    json.writeName(field.getKey());
                    write(json, field.getValue());
                }
                json.writeEndObject();
            }
            case ARRAY -> {
                json.writeStartArray();
                for (JsonValue item : value.items()) {
                    write(json, item);
                }
                json.writeEndArray();
            }
            case STRING -> json.writeString(value.text());
            case NUMBER -> json.writeNumber(value.text());
            case BOOLEAN -> json.writeBoolean(Boolean.parseBoolean(value.text()));
            case NULL -> json.writeNull();
        }
    }
}
