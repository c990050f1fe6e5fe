package dev.timelineexplorer.io;

import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
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
 * An event as typed in a form, field by field, before it is known to be valid: the texts in each language, the dates
 * as written ({@code 1950-06-25}, {@code 1950-06}, {@code -0043} for 44 BC), country codes, category, sources and
 * tags. {@link #check} reads it exactly as the loader reads an event of a file in the dataset, so the form shows the
 * loader's own problems, on the field they belong to, and gets back the event the file would give.
 *
 * @param id the event's id, or null for a new event (the loader then makes one from its title and start)
 * @param title the title by language ({@code ""} as the language of a dataset that declares none)
 * @param summary the summary by language
 * @param description the description by language
 * @param start the start as written
 * @param end the end as written, empty for a point event
 * @param countries the codes of its countries
 * @param category the category's id, empty for none
 * @param sources its sources as typed (title and address)
 * @param tags its tags
 */
public record EventDraft(
        String id,
        Map<String, String> title,
        Map<String, String> summary,
        Map<String, String> description,
        String start,
        String end,
        List<String> countries,
        String category,
        List<SourceDraft> sources,
        List<String> tags) {
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * A source as typed.
     *
     * @param title its title, possibly empty
     * @param url its address as typed
     */
    public record SourceDraft(String title, String url) {
        public SourceDraft {
            title = Objects.requireNonNullElse(title, "");
            url = Objects.requireNonNullElse(url, "");
        }
    }

    public EventDraft {
        title = ordered(title);
        summary = ordered(summary);
        description = ordered(description);
        start = Objects.requireNonNullElse(start, "").strip();
        end = Objects.requireNonNullElse(end, "").strip();
        countries = List.copyOf(countries);
        category = Objects.requireNonNullElse(category, "");
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
    }

    /** A copy that keeps the order of the languages, the default first. */
    private static Map<String, String> ordered(Map<String, String> byLanguage) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    /**
     * What the form shows for an event, in the dataset's languages.
     *
     * @param languages the dataset's languages; empty for one unnamed language
     */
    public static EventDraft of(Event event, List<String> languages) {
        List<SourceDraft> sources = new ArrayList<>();
        for (Source source : event.sources()) {
            sources.add(new SourceDraft(source.title().text(), source.url()));
        }
        return new EventDraft(
                event.id(),
                byLanguage(languages, event::title),
                byLanguage(languages, event::summary),
                byLanguage(languages, event::description),
                event.start().toIsoString(),
                event.end() == null ? "" : event.end().toIsoString(),
                event.countryCodes(),
                event.categoryId(),
                sources,
                event.tags());
    }

    private static Map<String, String> byLanguage(
            List<String> languages, java.util.function.Function<String, String> text) {
        Map<String, String> result = new LinkedHashMap<>();
        if (languages.isEmpty()) {
            result.put("", text.apply(null));
        } else {
            // Only a text given in a language is shown in its tab; the default language's always is.
            for (int i = 0; i < languages.size(); i++) {
                String value = text.apply(languages.get(i));
                String fallback = text.apply(languages.get(0));
                result.put(languages.get(i), i > 0 && value.equals(fallback) ? "" : value);
            }
        }
        return result;
    }

    /**
     * What checking a draft gave: the event when it is valid, and the problems of each field.
     *
     * @param event the event as the loader reads it, or null when a field has an error
     * @param problems the problems by field ({@code title}, {@code start}, {@code sources} ...; {@code ""} for the
     *     event as a whole), in the order found
     */
    public record Checked(Event event, Map<String, List<Problem>> problems) {
        /** Whether the draft can be applied. */
        public boolean isValid() {
            return event != null;
        }
    }

    /**
     * Reads the draft as the loader reads an event of the dataset (its languages, countries and categories).
     *
     * @param source the name problems give as their file
     */
    public Checked check(Dataset dataset, String source) {
        String json = datasetJson(dataset);
        LoadResult result;
        try {
            result = new DatasetLoader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
        Map<String, List<Problem>> byField = new LinkedHashMap<>();
        for (Problem problem : result.problems()) {
            byField.computeIfAbsent(field(problem.path()), k -> new ArrayList<>())
                    .add(problem);
        }
        Event event = result.isValid() && result.dataset().events().size() == 1
                ? result.dataset().events().get(0)
                : null;
        return new Checked(event, byField);
    }

    /** The field of the event a problem's path names: {@code events[0].sources[1].url} is {@code sources}. */
    static String field(String path) {
        String prefix = "events[0]";
        if (!path.startsWith(prefix)) {
            return "";
        }
        String rest = path.substring(prefix.length());
        if (rest.startsWith(".")) {
            rest = rest.substring(1);
        }
        int end = 0;
        while (end < rest.length() && rest.charAt(end) != '.' && rest.charAt(end) != '[') {
            end++;
        }
        return rest.substring(0, end);
    }

    /** The dataset's settings, countries and categories, with this draft as its one event. */
    private String datasetJson(Dataset dataset) {
        Dataset skeleton = new Dataset(
                dataset.title(),
                dataset.description(),
                dataset.settings(),
                dataset.countries(),
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
        // The writer puts the events last: the draft takes the place of the empty list.
        int events = text.lastIndexOf("\"events\"");
        return text.substring(0, events) + "\"events\": [" + eventJson() + "]}\n";
    }

    private String eventJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            if (id != null) {
                json.writeStringProperty("id", id);
            }
            text(json, "title", title, true);
            if (!start.isEmpty()) {
                json.writeStringProperty("start", start);
            }
            if (!end.isEmpty()) {
                json.writeStringProperty("end", end);
            }
            if (!countries.isEmpty()) {
                json.writeArrayPropertyStart("countries");
                for (String code : countries) {
                    json.writeString(code);
                }
                json.writeEndArray();
            }
            if (!category.isBlank()) {
                json.writeStringProperty("category", category.strip());
            }
            text(json, "summary", summary, false);
            text(json, "description", description, false);
            if (!sources.isEmpty()) {
                json.writeArrayPropertyStart("sources");
                for (SourceDraft source : sources) {
                    json.writeStartObject();
                    if (!source.title().isBlank()) {
                        json.writeStringProperty("title", source.title().strip());
                    }
                    json.writeStringProperty("url", source.url().strip());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            if (!tags.isEmpty()) {
                json.writeArrayPropertyStart("tags");
                for (String tag : tags) {
                    json.writeString(tag);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        return out.toString();
    }

    /** A text as the format writes it: a string, or an object by language with the languages given. */
    private static void text(JsonGenerator json, String name, Map<String, String> byLanguage, boolean required) {
        Map<String, String> given = new LinkedHashMap<>();
        byLanguage.forEach((language, value) -> {
            if (!value.isBlank()) {
                given.put(language, value);
            }
        });
        if (given.isEmpty()) {
            if (required) {
                json.writeStringProperty(name, "");
            }
            return;
        }
        String first = byLanguage.keySet().iterator().next();
        if (given.size() == 1 && given.containsKey(first)) {
            // Only the default language (or the one unnamed language): a plain string, as the file had it.
            json.writeStringProperty(name, given.get(first));
            return;
        }
        json.writeObjectPropertyStart(name);
        for (Map.Entry<String, String> entry : given.entrySet()) {
            json.writeStringProperty(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    /** The title in the dataset's default language (for naming the draft), or any title given. */
    public String anyTitle() {
        return title.values().stream().filter(t -> !t.isBlank()).findFirst().orElse("");
    }
}
