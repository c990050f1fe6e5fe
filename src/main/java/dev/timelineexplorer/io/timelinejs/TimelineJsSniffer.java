package dev.timelineexplorer.io.timelinejs;

import dev.timelineexplorer.io.json.StrictJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Recognises a <a href="https://timeline.knightlab.com/docs/json-format.html">TimelineJS</a> JSON document by its
 * structure, looking at no more of the input than it must, so that a file in the app's own format keeps streaming.
 */
public final class TimelineJsSniffer {
    /** How much of an input {@link #sniff} looks at before deciding, in bytes. */
    public static final int PROBE_BYTES = 64 * 1024;

    /** Keys of TimelineJS and not of the app's format: when the probe cannot decide, one of them is worth a look. */
    private static final List<byte[]> MARKERS = List.of(
            "\"start_date\"".getBytes(StandardCharsets.US_ASCII), "\"headline\"".getBytes(StandardCharsets.US_ASCII));

    private TimelineJsSniffer() {}

    /**
     * An input with its format recognised: either all its bytes, when it is a TimelineJS document, or a stream that
     * gives the whole input in the app's own format, still streaming.
     *
     * @param timelineJs the whole input when it is TimelineJS, otherwise null
     * @param stream the whole input when it is not TimelineJS, otherwise null
     */
    public record Sniffed(byte[] timelineJs, InputStream stream) {
        /** Whether the input is a TimelineJS document. */
        public boolean isTimelineJs() {
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
    public static Sniffed sniff(InputStream in) throws IOException {
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
        try (JsonParser parser = StrictJson.parser(bytes)) {
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
}
