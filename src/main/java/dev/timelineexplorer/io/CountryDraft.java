package dev.timelineexplorer.io;

import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.LocalizedText;
import dev.timelineexplorer.model.RelationPeriod;
import dev.timelineexplorer.model.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A country as typed in a form: its name, colour, region and relation periods, before it is known to be valid.
 * {@link #check} reads it exactly as the loader reads a country of the dataset's file, with the loader's checks
 * (colours, regions, dates, periods of one relationship that overlap) and problems.
 *
 * @param code the country's code, which the form does not change
 * @param name its name in the dataset's default language (its names in other languages are kept)
 * @param color its colour as {@code #RRGGBB}
 * @param region the id of its region, empty for none
 * @param periods its relation periods as typed, in order
 */
public record CountryDraft(String code, String name, String color, String region, List<PeriodDraft> periods) {
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * A relation period as typed.
     *
     * @param relationship the id of its relationship, empty for the dataset's first
     * @param start its start as written
     * @param end its end as written, empty while it lasts
     * @param note what happened, possibly empty
     * @param sources its sources, kept from the period it edits
     * @param kept the note of the period it edits, whose texts in other languages are kept (empty for a new one)
     */
    public record PeriodDraft(
            String relationship, String start, String end, String note, List<Source> sources, LocalizedText kept) {
        public PeriodDraft {
            relationship = Objects.requireNonNullElse(relationship, "").strip();
            start = Objects.requireNonNullElse(start, "").strip();
            end = Objects.requireNonNullElse(end, "").strip();
            note = Objects.requireNonNullElse(note, "").strip();
            sources = sources == null ? List.of() : List.copyOf(sources);
            kept = kept == null ? LocalizedText.EMPTY : kept;
        }
    }

    public CountryDraft {
        Objects.requireNonNull(code, "code");
        name = Objects.requireNonNullElse(name, "");
        color = Objects.requireNonNullElse(color, "").strip();
        region = Objects.requireNonNullElse(region, "").strip();
        periods = List.copyOf(periods);
    }

    /** What the form shows for a country, its name in the dataset's default language. */
    public static CountryDraft of(Country country, Dataset dataset) {
        String language = dataset.settings().defaultLanguage();
        List<PeriodDraft> periods = new ArrayList<>();
        String first = dataset.settings().relationships().isEmpty()
                ? ""
                : dataset.settings().relationships().get(0).id();
        for (RelationPeriod period : country.periods()) {
            periods.add(new PeriodDraft(
                    period.relationship().equals(first) ? "" : period.relationship(),
                    period.start().toIsoString(),
                    period.end() == null ? "" : period.end().toIsoString(),
                    period.note().in(language.isEmpty() ? null : language),
                    period.sources(),
                    period.note()));
        }
        return new CountryDraft(
                country.code(),
                country.name().in(language.isEmpty() ? null : language),
                country.color(),
                country.region() == null ? "" : country.region().id(),
                periods);
    }

    /**
     * What checking a draft gave.
     *
     * @param country the country as the loader reads it, or null when something is wrong
     * @param problems the problems by field ({@code name}, {@code color}, {@code region}, {@code periods}; {@code ""}
     *     for others), each period's with its number
     */
    public record Checked(Country country, Map<String, List<Problem>> problems) {
        public boolean isValid() {
            return country != null;
        }
    }

    /**
     * Reads the draft as the loader reads the dataset's country of that code.
     *
     * @param original the country it edits (its names in other languages and its kind are kept)
     */
    public Checked check(Dataset dataset, Country original, String source) {
        List<Country> others = new ArrayList<>(dataset.countries());
        others.removeIf(c -> c.code().equals(code));
        Dataset skeleton = new Dataset(
                dataset.title(),
                dataset.description(),
                dataset.settings(),
                others,
                dataset.categories(),
                List.of(),
                List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DatasetWriter.write(skeleton, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        String json = countryJson(dataset, original);
        String countries = "\n  \"countries\": [";
        int at = text.indexOf(countries);
        String whole;
        if (at >= 0) {
            int after = at + countries.length();
            whole = text.substring(0, after) + json + "," + text.substring(after);
        } else {
            int events = text.lastIndexOf("\n  \"events\"");
            whole = text.substring(0, events) + "\n  \"countries\": [" + json + "]," + text.substring(events);
        }
        LoadResult result;
        try {
            result = new DatasetLoader().read(new ByteArrayInputStream(whole.getBytes(StandardCharsets.UTF_8)), source);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
        Map<String, List<Problem>> byField = new LinkedHashMap<>();
        for (Problem problem : result.problems()) {
            byField.computeIfAbsent(field(problem.path()), k -> new ArrayList<>())
                    .add(problem);
        }
        Country country = result.isValid() ? result.dataset().country(code) : null;
        return new Checked(country, byField);
    }

    /** The field a problem's path names: {@code countries[0].periods[1].end} is {@code periods}. */
    static String field(String path) {
        String prefix = "countries[0].";
        if (!path.startsWith(prefix)) {
            return "";
        }
        String rest = path.substring(prefix.length());
        int end = 0;
        while (end < rest.length() && rest.charAt(end) != '.' && rest.charAt(end) != '[') {
            end++;
        }
        return rest.substring(0, end);
    }

    /**
     * A text in the default language, with the texts in other languages the original had: a string when there are
     * none, else an object by language. Nothing for an empty text with no others.
     */
    private static void writeText(
            JsonGenerator json, String field, String text, LocalizedText original, String language) {
        Map<String, String> values = new LinkedHashMap<>();
        if (original.isTagged() && !language.isEmpty()) {
            values.putAll(original.values());
        }
        if (values.isEmpty()) {
            if (!text.isEmpty() || field.equals("name")) {
                json.writeStringProperty(field, text);
            }
            return;
        }
        if (text.isEmpty()) {
            values.remove(language);
        } else {
            values.put(language, text);
        }
        if (values.isEmpty()) {
            return;
        }
        json.writeObjectPropertyStart(field);
        for (Map.Entry<String, String> entry : values.entrySet()) {
            json.writeStringProperty(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    private String countryJson(Dataset dataset, Country original) {
        String language = dataset.settings().defaultLanguage();
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("code", code);
            writeText(json, "name", name, original.name(), language);
            json.writeStringProperty("color", color);
            if (original.kind() == CountryKind.ORGANIZATION) {
                json.writeStringProperty("kind", "organization");
            }
            if (!region.isEmpty()) {
                json.writeStringProperty("region", region);
            }
            if (!periods.isEmpty()) {
                json.writeArrayPropertyStart("periods");
                for (PeriodDraft period : periods) {
                    json.writeStartObject();
                    if (!period.relationship().isEmpty()) {
                        json.writeStringProperty("relationship", period.relationship());
                    }
                    json.writeStringProperty("start", period.start());
                    if (!period.end().isEmpty()) {
                        json.writeStringProperty("end", period.end());
                    }
                    writeText(json, "note", period.note(), period.kept(), language);
                    if (!period.sources().isEmpty()) {
                        json.writeArrayPropertyStart("sources");
                        for (Source s : period.sources()) {
                            json.writeStartObject();
                            if (!s.title().isEmpty()) {
                                json.writeStringProperty("title", s.title().text());
                            }
                            json.writeStringProperty("url", s.url());
                            json.writeEndObject();
                        }
                        json.writeEndArray();
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        return out.toString();
    }
}
