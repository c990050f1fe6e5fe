package dev.timelineexplorer.io;

import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.DatasetSettings;
import dev.timelineexplorer.model.Era;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.EventTexts;
import dev.timelineexplorer.model.Extras;
import dev.timelineexplorer.model.LocalizedText;
import dev.timelineexplorer.model.RelationPeriod;
import dev.timelineexplorer.model.Relationship;
import dev.timelineexplorer.model.Source;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes datasets as JSON in the Timeline Explorer format (see the README), so that {@link DatasetLoader} reads back
 * an equal {@link Dataset}: the whole dataset, or its title, description, eras and a chosen list of events (such as
 * the filtered ones) with only the countries and categories those events use.
 *
 * <p>The output is UTF-8 without a byte order mark, pretty-printed with two-space indentation and {@code \n} line
 * ends on every platform, ending with a line feed. Dates keep their precision ({@code "1965"}, {@code "1965-06"},
 * {@code "-0043-03-15"}); colours, names and ids are written explicitly so that nothing depends on the reader's
 * defaults; optional fields that are empty are left out. Events are written in the order given; the reader sorts them
 * by time, keeping that order for ties.
 *
 * <p>The {@link Path} variants write to a temporary file in the same folder, force it to disk and then move it over
 * the target in one step, so a failed write never leaves a half-written file and an existing file stays as it was.
 * Stateless and thread-safe.
 */
public final class DatasetWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            // The caller owns the stream it passes in; the file variants close their own.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private DatasetWriter() {}

    /**
     * Writes the whole dataset, including countries and categories no event uses. The stream is flushed, not closed.
     *
     * @throws IOException when the stream fails
     */
    public static void write(Dataset dataset, OutputStream out) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        writeJson(dataset, dataset.countries(), dataset.categories(), dataset.events(), out);
    }

    /**
     * Writes the dataset's title, description and eras with the given events, declaring only the countries and
     * categories those events use, in the dataset's declaration order. The stream is flushed, not closed.
     *
     * @param events the events to write, usually some of the dataset's (the filtered ones), in time order
     * @throws IOException when the stream fails
     */
    public static void write(Dataset dataset, List<Event> events, OutputStream out) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(events, "events");
        writeJson(dataset, usedCountries(dataset, events), usedCategories(dataset, events), events, out);
    }

    /**
     * Writes the whole dataset to a file, replacing it in one step; see {@link #write(Dataset, OutputStream)}.
     *
     * @throws IOException when the file cannot be written; the target is then left as it was
     */
    public static void write(Dataset dataset, Path file) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        writeAtomically(file, out -> write(dataset, out));
    }

    /**
     * Writes the given events of a dataset to a file, replacing it in one step; see
     * {@link #write(Dataset, List, OutputStream)}.
     *
     * @throws IOException when the file cannot be written; the target is then left as it was
     */
    public static void write(Dataset dataset, List<Event> events, Path file) throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(events, "events");
        writeAtomically(file, out -> write(dataset, events, out));
    }

    /** The dataset's countries that some event refers to, in declaration order. */
    static List<Country> usedCountries(Dataset dataset, List<Event> events) {
        Set<String> codes = new HashSet<>();
        for (Event event : events) {
            codes.addAll(event.countryCodes());
        }
        return dataset.countries().stream()
                .filter(country -> codes.contains(country.code()))
                .toList();
    }

    /** The dataset's categories that some event belongs to, in declaration order. */
    static List<Category> usedCategories(Dataset dataset, List<Event> events) {
        Set<String> ids = new HashSet<>();
        for (Event event : events) {
            if (event.categoryId() != null) {
                ids.add(event.categoryId());
            }
        }
        return dataset.categories().stream()
                .filter(category -> ids.contains(category.id()))
                .toList();
    }

    // ---------------------------------------------------------------- JSON

    private static void writeJson(
            Dataset dataset, List<Country> countries, List<Category> categories, List<Event> events, OutputStream out)
            throws IOException {
        Objects.requireNonNull(out, "out");
        try (JsonGenerator json = FACTORY.createGenerator(new PrettyContext(), out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            DatasetSettings settings = dataset.settings();
            // Languages first: the reader then knows the default language of every text that follows.
            stringArray(json, "languages", settings.languages());
            // The reader refuses a blank title and falls back to the file name, as it does for a missing one.
            if (!dataset.title().isEmpty()) {
                text(json, "title", dataset.title());
            }
            optional(json, "description", dataset.description());
            Extras extras = dataset.extras();
            writeRelationships(json, settings.relationships(), extras);
            if (settings.centralMeridian() != null || !extras.of(Extras.MAP).isEmpty()) {
                json.writeObjectPropertyStart("map");
                if (settings.centralMeridian() != null) {
                    json.writeNumberProperty("centralMeridian", settings.centralMeridian());
                }
                writeExtras(json, extras.of(Extras.MAP));
                json.writeEndObject();
            }
            if (!countries.isEmpty()) {
                json.writeArrayPropertyStart("countries");
                for (Country country : countries) {
                    writeCountry(json, country, firstRelationship(settings), dataset.extras());
                }
                json.writeEndArray();
            }
            if (!categories.isEmpty()) {
                json.writeArrayPropertyStart("categories");
                for (Category category : categories) {
                    json.writeStartObject();
                    json.writeStringProperty("id", category.id());
                    text(json, "name", category.name());
                    optional(json, "color", category.color());
                    writeExtras(json, extras.of(Extras.category(category.id())));
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            if (!dataset.eras().isEmpty()) {
                json.writeArrayPropertyStart("eras");
                for (int i = 0; i < dataset.eras().size(); i++) {
                    Era era = dataset.eras().get(i);
                    json.writeStartObject();
                    text(json, "title", era.title());
                    json.writeStringProperty("start", era.start().toIsoString());
                    json.writeStringProperty("end", era.end().toIsoString());
                    optional(json, "color", era.color());
                    writeExtras(json, extras.of(Extras.era(i)));
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            writeExtras(json, extras.of(Extras.ROOT));
            json.writeArrayPropertyStart("events");
            for (Event event : events) {
                writeEvent(json, event, extras);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        } catch (JacksonException e) {
            // Such as text with an unpaired surrogate, which has no UTF-8 form.
            throw new IOException("cannot write the dataset as JSON: " + e.getOriginalMessage(), e);
        }
        // The generator has flushed into the stream on closing; a final line feed keeps text tools happy.
        out.write('\n');
        out.flush();
    }

    /**
     * The relationships: the single {@code "relationship"} text of a dataset that only describes its one
     * relationship in words, else the {@code "relationships"} list.
     */
    private static void writeRelationships(JsonGenerator json, List<Relationship> relationships, Extras extras) {
        if (relationships.size() == 1
                && relationships.get(0).id().equals(Relationship.DEFAULT_ID)
                && relationships.get(0).color() == null
                && relationships.get(0).shortName().isEmpty()
                && extras.of(Extras.relationship(Relationship.DEFAULT_ID)).isEmpty()) {
            optional(json, "relationship", relationships.get(0).name());
            return;
        }
        if (relationships.isEmpty()) {
            return;
        }
        json.writeArrayPropertyStart("relationships");
        for (Relationship relationship : relationships) {
            json.writeStartObject();
            json.writeStringProperty("id", relationship.id());
            optional(json, "name", relationship.name());
            optional(json, "short", relationship.shortName());
            optional(json, "color", relationship.color());
            writeExtras(json, extras.of(Extras.relationship(relationship.id())));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static String firstRelationship(DatasetSettings settings) {
        return settings.relationships().isEmpty()
                ? Relationship.DEFAULT_ID
                : settings.relationships().get(0).id();
    }

    /** The sources of an event or a period, each with the fields kept for it under {@code owner}. */
    private static void writeSources(JsonGenerator json, List<Source> sources, Extras extras, String owner) {
        if (sources.isEmpty()) {
            return;
        }
        json.writeArrayPropertyStart("sources");
        for (Source source : sources) {
            json.writeStartObject();
            optional(json, "title", source.title());
            json.writeStringProperty("url", source.url());
            writeExtras(json, extras.of(Extras.source(owner, source.url())));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeCountry(JsonGenerator json, Country country, String firstRelationship, Extras extras) {
        json.writeStartObject();
        json.writeStringProperty("code", country.code());
        text(json, "name", country.name());
        optional(json, "color", country.color());
        if (country.kind() == CountryKind.ORGANIZATION) {
            json.writeStringProperty("kind", "organization");
        }
        if (country.region() != null) {
            json.writeStringProperty("region", country.region().id());
        }
        if (!country.periods().isEmpty()) {
            json.writeArrayPropertyStart("periods");
            for (RelationPeriod period : country.periods()) {
                json.writeStartObject();
                // A period of the first relationship names none, as the reader takes it.
                if (!period.relationship().equals(firstRelationship)) {
                    json.writeStringProperty("relationship", period.relationship());
                }
                json.writeStringProperty("start", period.start().toIsoString());
                if (period.end() != null) {
                    json.writeStringProperty("end", period.end().toIsoString());
                }
                optional(json, "note", period.note());
                String owner = Extras.period(country.code(), period.relationship(), period.start());
                writeSources(json, period.sources(), extras, owner);
                writeExtras(json, extras.of(owner));
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        writeExtras(json, extras.of(Extras.country(country.code())));
        json.writeEndObject();
    }

    /** Fields the format does not define, kept from the file read, written back as they were. */
    private static void writeExtras(JsonGenerator json, Map<String, String> fields) {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            json.writeName(field.getKey());
            json.writeRawValue(field.getValue());
        }
    }

    private static void writeEvent(JsonGenerator json, Event event, Extras extras) {
        json.writeStartObject();
        EventTexts texts = event.texts() == null
                ? new EventTexts(
                        LocalizedText.of(event.title()),
                        LocalizedText.of(event.summary()),
                        LocalizedText.of(event.description()))
                : event.texts();
        json.writeStringProperty("id", event.id());
        text(json, "title", texts.title());
        json.writeStringProperty("start", event.start().toIsoString());
        if (event.end() != null) {
            json.writeStringProperty("end", event.end().toIsoString());
        }
        stringArray(json, "countries", event.countryCodes());
        optional(json, "category", event.categoryId());
        optional(json, "summary", texts.summary());
        optional(json, "description", texts.description());
        writeSources(json, event.sources(), extras, Extras.event(event.id()));
        stringArray(json, "tags", event.tags());
        writeExtras(json, extras.of(Extras.event(event.id())));
        json.writeEndObject();
    }

    /** Writes a text: a string when it is in no particular language, else an object of languages. */
    private static void text(JsonGenerator json, String name, LocalizedText text) {
        if (!text.isTagged()) {
            json.writeStringProperty(name, text.text());
            return;
        }
        json.writeObjectPropertyStart(name);
        for (Map.Entry<String, String> entry : text.values().entrySet()) {
            json.writeStringProperty(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    /** Writes a text unless it is empty. */
    private static void optional(JsonGenerator json, String name, LocalizedText text) {
        if (!text.isEmpty()
                || text.isTagged() && text.values().values().stream().anyMatch(v -> !v.isEmpty())) {
            text(json, name, text);
        }
    }

    /** Writes a string property unless the value is null or empty. */
    private static void optional(JsonGenerator json, String name, String value) {
        if (value != null && !value.isEmpty()) {
            json.writeStringProperty(name, value);
        }
    }

    /** Writes an array of strings unless it is empty. */
    private static void stringArray(JsonGenerator json, String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        json.writeArrayPropertyStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /**
     * Hands the generator a pretty printer of its own: two spaces per level, {@code \n} whatever the platform, a
     * space after each colon and none before (Jackson's default is {@code "key" : value}).
     */
    private static final class PrettyContext extends ObjectWriteContext.Base {
        private final PrettyPrinter printer;

        PrettyContext() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            Separators separators = Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEntrySpacing(Separators.Spacing.NONE)
                    .withArrayElementSpacing(Separators.Spacing.NONE)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator("");
            printer = new DefaultPrettyPrinter(separators)
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter);
        }

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return printer;
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }

    // ---------------------------------------------------------------- files

    /** What goes into a file, written to a stream that the caller of {@link #writeAtomically} closes. */
    @FunctionalInterface
    public interface StreamBody {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file through a temporary file in the same folder (so that the final move stays on one file system and
     * can be atomic), forced to disk before it replaces the target. On any failure the temporary file is deleted and
     * the target is left as it was. The new file gets the default permissions of a newly created file, not those of
     * the file it replaces.
     */
    public static void writeAtomically(Path file, StreamBody body) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(body, "body");
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || target.getFileName() == null) {
            throw new IOException(file + " is not a file path");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(file + " is a directory");
        }
        Path temp = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean moved = false;
        try {
            // CREATE_NEW never opens someone else's file; unlike Files.createTempFile it keeps the umask's permissions.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                // Whatever stopped the write, the half-written temporary file goes; the target was never touched.
                Files.deleteIfExists(temp);
            }
        }
    }
}
