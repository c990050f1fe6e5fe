package dev.timelineexplorer.io.dataset;

import static dev.timelineexplorer.io.json.Quotes.quote;

import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.dataset.EventFields.Holder;
import dev.timelineexplorer.io.dataset.EventFields.Items;
import dev.timelineexplorer.io.dataset.EventFields.SourceFields;
import dev.timelineexplorer.io.dataset.EventFields.UnknownField;
import dev.timelineexplorer.io.json.Ids;
import dev.timelineexplorer.io.json.JsonChecks;
import dev.timelineexplorer.io.json.JsonValue;
import dev.timelineexplorer.io.json.JsonValue.Kind;
import dev.timelineexplorer.io.json.ProblemLog;
import dev.timelineexplorer.io.json.TextChecks;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.EventTexts;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.LocalizedText;
import dev.timelineexplorer.model.Source;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Checks one event read by {@link EventScanner} and, while the file is right so far, makes it an {@link Event}:
 * required fields, dates and their order, unique ids (made from title and start when absent), codes and tags,
 * sources with web addresses, texts in one or several languages. Country codes and categories used before or
 * without being declared are noted with {@link ReferenceResolver}, which settles them at the end.
 */
final class EventChecker {
    private final ProblemLog problems;
    private final JsonChecks checks;
    private final TextChecks texts;
    private final Ids ids;
    private final StringInterner interner;
    private final ReferenceResolver references;
    private final Set<String> reportedUnknownFields;
    private final EventPath path = new EventPath();
    private final TextField title = new TextField();
    private final TextField summary = new TextField();
    private final TextField description = new TextField();
    /** Room for the interned strings of one array field. */
    private String[] strings = new String[8];

    EventChecker(
            JsonChecks checks,
            TextChecks texts,
            Ids ids,
            StringInterner interner,
            ReferenceResolver references,
            Set<String> reportedUnknownFields) {
        this.problems = checks.problems();
        this.checks = checks;
        this.texts = texts;
        this.ids = ids;
        this.interner = interner;
        this.references = references;
        this.reportedUnknownFields = reportedUnknownFields;
    }

    /** The event, or null when it has errors (or an earlier one had: then only problems are collected). */
    Event check(EventFields event, int index) {
        warnUnknownFields(event.unknownFields, "events[]", index, -1);
        boolean ok = true;
        ok &= requiredText(event, event.title, index, "title", title);
        HistoricalDate start = date(event, event.start, index, "start", true);
        ok &= start != null;
        HistoricalDate end = date(event, event.end, index, "end", false);
        ok &= end != null || !event.end.isPresent();
        if (start != null && end != null) {
            ok &= checks.endNotBeforeStart(event.end.value, path.at(index, "end"), start, end);
        }
        String id = null;
        if (event.id.isPresent()) {
            id = checks.string(event.id.value, path.at(index, "id"), true);
            ok &= id != null && firstUseOfId(event.id.value, index, id);
        }
        List<String> codes = stringList(event.countries, index, "countries");
        ok &= codes != null;
        if (codes != null) {
            references.noteCodes(codes, event.countries, index);
        }
        String categoryId = null;
        if (event.category.isPresent()) {
            categoryId = checks.string(event.category.value, path.at(index, "category"), false);
            if (categoryId != null) {
                categoryId = interner.intern(categoryId);
                references.noteCategory(categoryId, event.category.value);
            }
        }
        ok &= optionalText(event.summary, index, "summary", summary);
        ok &= optionalText(event.description, index, "description", description);
        List<Source> sources = sources(event.sources, index);
        ok &= sources != null;
        List<String> tags = stringList(event.tags, index, "tags");
        ok &= tags != null;
        if (!ok || problems.hasErrors()) {
            return null;
        }
        EventTexts translations = title.tagged != null || summary.tagged != null || description.tagged != null
                ? new EventTexts(title.localized(), summary.localized(), description.localized())
                : null;
        return new Event(
                id == null ? ids.generate(title.text, start) : id,
                title.text,
                start,
                end,
                codes,
                categoryId,
                summary.text,
                description.text,
                sources,
                tags,
                translations);
    }

    /**
     * A text field as checked: the plain string, and the text in its languages when it was written as an object. A
     * plain string makes no further object, which matters with a million events.
     */
    private static final class TextField {
        String text;
        LocalizedText tagged;

        LocalizedText localized() {
            return tagged != null ? tagged : LocalizedText.of(text);
        }
    }

    private boolean requiredText(EventFields event, Holder value, int index, String field, TextField into) {
        if (!value.isPresent()) {
            checks.missing(event.object.value, path.at(index, field), field);
            return false;
        }
        return text(value.value, index, field, true, into);
    }

    /** An optional text: empty when absent; false after an error. */
    private boolean optionalText(Holder value, int index, String field, TextField into) {
        if (!value.isPresent()) {
            into.text = "";
            into.tagged = null;
            return true;
        }
        return text(value.value, index, field, false, into);
    }

    private boolean text(JsonValue value, int index, String field, boolean nonBlank, TextField into) {
        into.tagged = null;
        if (value.is(Kind.STRING)) {
            into.text = checks.string(value, path.at(index, field), nonBlank);
            return into.text != null;
        }
        LocalizedText localized = texts.text(value, path.at(index, field), nonBlank);
        into.tagged = localized;
        into.text = localized == null ? null : localized.text();
        return localized != null;
    }

    private HistoricalDate date(EventFields event, Holder value, int index, String field, boolean required) {
        if (!value.isPresent()) {
            if (required) {
                checks.missingDate(event.object.value, path.at(index, field), field);
            }
            return null;
        }
        return checks.date(value.value, path.at(index, field));
    }

    /** Records where an explicit id is first used; false after reporting an id used before. */
    private boolean firstUseOfId(JsonValue at, int index, String id) {
        Integer firstLine = ids.useExplicit(id, at.line());
        if (firstLine == null) {
            return true;
        }
        problems.error(at, path.at(index, "id"), ProblemKind.DUPLICATE_ID.of(quote(id), firstLine));
        return false;
    }

    private List<Source> sources(Items<SourceFields> list, int index) {
        if (!list.array.isPresent()) {
            return List.of();
        }
        if (!checks.expect(list.array.value, Kind.ARRAY, path.at(index, "sources"))) {
            return null;
        }
        Source[] result = new Source[list.size()];
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            result[i] = source(list.get(i), index, i);
            ok &= result[i] != null;
        }
        return ok ? List.of(result) : null;
    }

    /** One source of an event, or null when something is wrong with it. */
    private Source source(SourceFields source, int index, int item) {
        if (!checks.expect(source.object.value, Kind.OBJECT, path.at(index, "sources", item, null))) {
            return null;
        }
        warnUnknownFields(source.unknownFields, "events[].sources[]", index, item);
        LocalizedText title = LocalizedText.EMPTY;
        if (source.title.isPresent()) {
            title = texts.text(source.title.value, path.at(index, "sources", item, "title"), false);
        }
        if (!source.url.isPresent()) {
            checks.missing(source.object.value, path.at(index, "sources", item, "url"), "url");
            return null;
        }
        String url = checks.url(source.url.value, path.at(index, "sources", item, "url"));
        return title == null || url == null ? null : new Source(title, url);
    }

    /**
     * The interned strings of an optional array field, as an immutable list (which {@link Event} keeps without
     * copying); empty when absent, null after an error.
     */
    private List<String> stringList(Items<Holder> list, int index, String field) {
        if (!list.array.isPresent()) {
            return List.of();
        }
        if (!checks.expect(list.array.value, Kind.ARRAY, path.at(index, field))) {
            return null;
        }
        if (strings.length < list.size()) {
            strings = new String[list.size() * 2];
        }
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            String text = checks.string(list.get(i).value, path.at(index, field, i, null), true);
            if (text == null) {
                ok = false;
            } else {
                strings[i] = interner.intern(text);
            }
        }
        return ok ? immutableList(strings, list.size()) : null;
    }

    /** The first {@code size} strings as an immutable list, which {@link Event} keeps as it is. */
    private static List<String> immutableList(String[] strings, int size) {
        return switch (size) {
            case 0 -> List.of();
            case 1 -> List.of(strings[0]);
            case 2 -> List.of(strings[0], strings[1]);
            case 3 -> List.of(strings[0], strings[1], strings[2]);
            default -> List.of(Arrays.copyOf(strings, size));
        };
    }

    private void warnUnknownFields(List<UnknownField> fields, String shape, int index, int sourceItem) {
        if (fields.isEmpty()) {
            return; // the usual case, without an iterator per event
        }
        for (UnknownField field : fields) {
            if (reportedUnknownFields.add(shape + "." + field.name())) {
                Object at = sourceItem < 0
                        ? path.at(index, field.name())
                        : path.at(index, "sources", sourceItem, field.name());
                problems.warning(field.line(), field.column(), field.offset(), at, ProblemKind.UNKNOWN_FIELD_KEPT.of());
            }
        }
    }
}
