package dev.timelineexplorer.io.json;

import static dev.timelineexplorer.io.json.Quotes.quote;

import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.json.JsonValue.Kind;
import dev.timelineexplorer.model.LocalizedText;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks texts that may be written in several languages: a plain string, or an object of BCP 47 language tags such
 * as {@code {"en": "Korean War", "ko": "6·25 전쟁"}}. It reports a malformed tag, an empty object and a value that is
 * not a string where they are; and, when the dataset declares its languages, a tag it did not declare, at the first
 * place each such tag is used (checked at the end, as the declaration may come after the texts). Texts list the
 * dataset's default language first, so that it is what a reader falls back to.
 */
public final class TextChecks {
    private record FirstUse(int line, int column, long offset, String path) {}

    private final JsonChecks checks;
    private List<String> declared = List.of();
    private final Map<String, FirstUse> used = new LinkedHashMap<>();

    public TextChecks(JsonChecks checks) {
        this.checks = checks;
    }

    /** The languages declared so far, the default first; empty when none are. */
    public List<String> declared() {
        return declared;
    }

    /**
     * Reads the {@code languages} array: well-formed, distinct tags, at least one. Returns them, or null after
     * reporting what is wrong.
     */
    public List<String> readLanguages(JsonValue array, String path) {
        if (!checks.expect(array, Kind.ARRAY, path)) {
            return null;
        }
        if (array.items().isEmpty()) {
            checks.problems().error(array, path, ProblemKind.NO_LANGUAGES.of("[\"en\", \"ko\"]"));
            return null;
        }
        List<String> tags = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < array.items().size(); i++) {
            JsonValue item = array.items().get(i);
            String itemPath = path + "[" + i + "]";
            String tag = checks.string(item, itemPath, true);
            if (tag == null) {
                ok = false;
            } else if (!wellFormed(tag)) {
                checks.problems().error(item, itemPath, ProblemKind.NOT_A_LANGUAGE_TAG.of(quote(tag)));
                ok = false;
            } else if (tags.contains(tag)) {
                checks.problems().error(item, itemPath, ProblemKind.LANGUAGE_TWICE.of(quote(tag)));
                ok = false;
            } else {
                tags.add(tag);
            }
        }
        if (ok) {
            declared = List.copyOf(tags);
        }
        return ok ? declared : null;
    }

    /**
     * A text: a string, or an object of language tags whose values are strings. Null after reporting what is wrong.
     *
     * @param nonBlank whether the text (in every language) must not be empty
     */
    public LocalizedText text(JsonValue value, Object path, boolean nonBlank) {
        if (value.is(Kind.STRING)) {
            String text = checks.string(value, path, nonBlank);
            return text == null ? null : LocalizedText.of(text);
        }
        if (!value.is(Kind.OBJECT)) {
            checks.problems()
                    .error(
                            value,
                            path,
                            ProblemKind.EXPECTED_FOUND.of(
                                    ProblemKind.TEXT_OR_LANGUAGES_SUCH_AS.of("{\"en\": \"...\", \"ko\": \"...\"}"),
                                    value.kind().description()));
            return null;
        }
        if (value.fields().isEmpty()) {
            checks.problems().error(value, path, ProblemKind.NO_TEXTS.of("{\"en\": \"...\"}"));
            return null;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, JsonValue> entry : value.fields().entrySet()) {
            String tag = entry.getKey();
            JsonValue member = entry.getValue();
            String memberPath = path + "." + tag;
            if (!wellFormed(tag)) {
                checks.problems().error(member, memberPath, ProblemKind.NOT_A_LANGUAGE_TAG.of(quote(tag)));
                ok = false;
                continue;
            }
            used.putIfAbsent(tag, new FirstUse(member.line(), member.column(), member.offset(), memberPath));
            String text = checks.string(member, memberPath, nonBlank);
            if (text == null) {
                ok = false;
            } else {
                byLanguage.put(tag, text);
            }
        }
        if (!ok) {
            return null;
        }
        return LocalizedText.of(defaultFirst(byLanguage));
    }

    /** The texts with the dataset's default language first, when it has it. */
    private Map<String, String> defaultFirst(Map<String, String> byLanguage) {
        if (declared.isEmpty() || !byLanguage.containsKey(declared.get(0))) {
            return byLanguage;
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put(declared.get(0), byLanguage.get(declared.get(0)));
        ordered.putAll(byLanguage);
        return ordered;
    }

    /** Reports each tag used but not declared, at its first use; nothing when no languages are declared. */
    public void finish() {
        if (declared.isEmpty()) {
            return;
        }
        used.forEach((tag, at) -> {
            if (!declared.contains(tag)) {
                checks.problems()
                        .error(
                                at.line(),
                                at.column(),
                                at.offset(),
                                at.path(),
                                ProblemKind.LANGUAGE_NOT_DECLARED.of(quote(tag), String.valueOf(declared)));
            }
        });
    }

    /** A text put in the dataset's language order after the languages became known. */
    public LocalizedText ordered(LocalizedText text) {
        return text == null || !text.isTagged() ? text : LocalizedText.of(defaultFirst(text.values()));
    }

    private static boolean wellFormed(String tag) {
        if (tag.isEmpty() || tag.equals("und")) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag).build();
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
