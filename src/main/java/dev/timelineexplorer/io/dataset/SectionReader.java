package dev.timelineexplorer.io.dataset;

import static dev.timelineexplorer.io.json.Quotes.quote;

import dev.timelineexplorer.io.IsoCountries;
import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.json.JsonChecks;
import dev.timelineexplorer.io.json.JsonValue;
import dev.timelineexplorer.io.json.JsonValue.Kind;
import dev.timelineexplorer.io.json.ProblemLog;
import dev.timelineexplorer.io.json.TextChecks;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Era;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.LocalizedText;
import dev.timelineexplorer.model.Region;
import dev.timelineexplorer.model.RelationPeriod;
import dev.timelineexplorer.model.Relationship;
import dev.timelineexplorer.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the small sections of a dataset, kept as trees until the whole file is read so that the declared languages
 * are known: {@code countries} (with their region and relation periods), {@code categories}, {@code eras} and {@code
 * map}. Declared countries and categories go to the {@link ReferenceResolver}.
 */
final class SectionReader {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final Set<String> COUNTRY_FIELDS = Set.of("code", "name", "color", "kind", "region", "periods");
    private static final Set<String> PERIOD_FIELDS = Set.of("relationship", "start", "end", "note", "sources");
    private static final Set<String> RELATIONSHIP_FIELDS = Set.of("id", "name", "short", "color");
    private static final Set<String> SOURCE_FIELDS = Set.of("title", "url");
    private static final Set<String> CATEGORY_FIELDS = Set.of("id", "name", "color");
    private static final Set<String> ERA_FIELDS = Set.of("title", "start", "end", "color");
    private static final Set<String> MAP_FIELDS = Set.of("centralMeridian");

    private final ProblemLog problems;
    private final JsonChecks checks;
    private final TextChecks texts;
    private final ReferenceResolver references;
    private final Set<String> reportedUnknownFields;
    /** The relationships declared, or the one a "relationship" text describes; periods name one of them. */
    private final List<Relationship> relationships = new ArrayList<>();
    /** Whether a period was read without a relationship declared for it (it then belongs to the default one). */
    private boolean periodsWithoutDeclaration;

    SectionReader(JsonChecks checks, TextChecks texts, ReferenceResolver references, Set<String> reported) {
        this.problems = checks.problems();
        this.checks = checks;
        this.texts = texts;
        this.references = references;
        this.reportedUnknownFields = reported;
    }

    /**
     * The relationships a dataset compares: the {@code "relationships"} list ({@code [{"id", "name", "color"}]}), or
     * the one a {@code "relationship"} text describes. Read before the countries, whose periods name them.
     *
     * @param list the "relationships" node, or null
     * @param text the "relationship" text, possibly empty
     * @param textNode the "relationship" node, or null, for a problem's location
     */
    void readRelationships(JsonValue list, LocalizedText text, JsonValue textNode) {
        if (list == null) {
            if (!text.isEmpty()) {
                relationships.add(new Relationship(Relationship.DEFAULT_ID, text, LocalizedText.EMPTY, null));
            }
            return;
        }
        if (textNode != null) {
            problems.error(textNode, "relationship", ProblemKind.BOTH_RELATIONSHIP_FORMS.of());
        }
        if (!checks.expect(list, Kind.ARRAY, "relationships")) {
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            JsonValue node = list.items().get(i);
            String path = "relationships[" + i + "]";
            if (!checks.expect(node, Kind.OBJECT, path)) {
                continue;
            }
            checks.warnKeptUnknownFields(node, path, RELATIONSHIP_FIELDS, "relationships[]", reportedUnknownFields);
            String id = identifier(node, path, "id", ProblemKind.NOT_A_VALID_ID);
            if (id == null) {
                continue;
            }
            keepUnknown(node, RELATIONSHIP_FIELDS, dev.timelineexplorer.model.Extras.relationship(id));
            if (relationship(id) != null) {
                problems.error(node.field("id"), path + ".id", ProblemKind.RELATIONSHIP_TWICE.of(quote(id)));
                continue;
            }
            LocalizedText name = optionalText(node, "name", path);
            LocalizedText shortName = optionalText(node, "short", path);
            relationships.add(new Relationship(id, name, shortName, color(node, path)));
        }
    }

    /** The relationships read, with the default one when periods were given without any declared. */
    List<Relationship> relationships() {
        if (relationships.isEmpty() && periodsWithoutDeclaration) {
            return List.of(new Relationship(Relationship.DEFAULT_ID, LocalizedText.EMPTY, LocalizedText.EMPTY, null));
        }
        return List.copyOf(relationships);
    }

    private Relationship relationship(String id) {
        for (Relationship relationship : relationships) {
            if (relationship.id().equals(id)) {
                return relationship;
            }
        }
        return null;
    }

    void readCountries(JsonValue list) {
        if (!checks.expect(list, Kind.ARRAY, "countries")) {
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            JsonValue node = list.items().get(i);
            String path = "countries[" + i + "]";
            if (!checks.expect(node, Kind.OBJECT, path)) {
                continue;
            }
            checks.warnKeptUnknownFields(node, path, COUNTRY_FIELDS, "countries[]", reportedUnknownFields);
            String code = identifier(node, path, "code", ProblemKind.NOT_A_VALID_CODE);
            if (code == null) {
                continue;
            }
            if (references.isDeclaredCountry(code)) {
                problems.error(node.field("code"), path + ".code", ProblemKind.COUNTRY_TWICE.of(quote(code)));
                continue;
            }
            LocalizedText name = optionalText(node, "name", path);
            if (name == null || name.isEmpty()) {
                name = IsoCountries.isCode(code) ? IsoCountries.names(code) : LocalizedText.of(code);
            }
            String color = color(node, path);
            CountryKind kind = kind(node, path);
            Region region = region(node, path, code, kind);
            periodsOf = code;
            List<RelationPeriod> periods = periods(node.field("periods"), path + ".periods");
            references.declare(new Country(code, name, color == null ? "" : color, kind, region, periods));
            keepUnknown(node, COUNTRY_FIELDS, dev.timelineexplorer.model.Extras.country(code));
        }
    }

    /** The country whose periods are being read, for the periods' owner keys. */
    private String periodsOf;
    /** The owner key of the period whose sources are being read, or null. */
    private String sourcesOf;

    /** Where fields the format does not define are kept for saving, by owner; null: not kept. */
    private Map<String, Map<String, String>> keptUnknown;

    /**
     * Keeps the fields that the format does not define (of relationships, countries and their periods and sources,
     * categories, eras, the map settings) in a map by owner, to be written back.
     */
    void keepUnknownFieldsIn(Map<String, Map<String, String>> extras) {
        keptUnknown = extras;
    }

    private void keepUnknown(JsonValue node, Set<String> known, String owner) {
        if (keptUnknown == null) {
            return;
        }
        for (Map.Entry<String, JsonValue> field : node.fields().entrySet()) {
            if (!known.contains(field.getKey())) {
                keptUnknown
                        .computeIfAbsent(owner, k -> new java.util.LinkedHashMap<>())
                        .put(field.getKey(), dev.timelineexplorer.io.json.JsonText.of(field.getValue()));
            }
        }
    }

    /**
     * A required identifier (a country's code, a relationship's id): present, a string, and 1-16 letters, digits, '-'
     * or '_'; null after reporting what is wrong.
     *
     * @param notValid the problem of a value that is not one, naming it as a code or an id
     */
    private String identifier(JsonValue node, String path, String field, ProblemKind notValid) {
        JsonValue value = node.field(field);
        if (value == null) {
            checks.missing(node, path + "." + field, field);
            return null;
        }
        String text = checks.string(value, path + "." + field, true);
        if (text == null) {
            return null;
        }
        if (!CODE.matcher(text).matches()) {
            problems.error(value, path + "." + field, notValid.of(quote(text)));
            return null;
        }
        return text;
    }

    private CountryKind kind(JsonValue node, String path) {
        JsonValue kindNode = node.field("kind");
        if (kindNode == null) {
            return CountryKind.COUNTRY;
        }
        String text = checks.string(kindNode, path + ".kind", false);
        if ("organization".equals(text)) {
            return CountryKind.ORGANIZATION;
        }
        if (text != null && !"country".equals(text)) {
            problems.error(kindNode, path + ".kind", ProblemKind.NOT_A_KIND.of(quote(text)));
        }
        return CountryKind.COUNTRY;
    }

    /** The declared region, else the M49 region of an ISO code; organisations have none. */
    private Region region(JsonValue node, String path, String code, CountryKind kind) {
        JsonValue regionNode = node.field("region");
        if (regionNode == null) {
            return kind == CountryKind.ORGANIZATION
                    ? null
                    : IsoCountries.region(code).orElse(null);
        }
        String text = checks.string(regionNode, path + ".region", true);
        if (text == null) {
            return null;
        }
        if (kind == CountryKind.ORGANIZATION) {
            problems.error(regionNode, path + ".region", ProblemKind.ORGANIZATION_HAS_NO_REGION.of());
            return null;
        }
        Region region = Region.ofId(text).orElse(null);
        if (region == null) {
            problems.error(regionNode, path + ".region", ProblemKind.NOT_A_REGION.of(quote(text)));
        }
        return region;
    }

    /**
     * The relation periods: each of a relationship named by the dataset (the first when it names none), those of one
     * relationship in time order and not overlapping, each end not before its start, with their sources.
     */
    private List<RelationPeriod> periods(JsonValue list, String path) {
        if (list == null || !checks.expect(list, Kind.ARRAY, path)) {
            return List.of();
        }
        List<RelationPeriod> periods = new ArrayList<>();
        Map<String, RelationPeriod> previousOf = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            JsonValue node = list.items().get(i);
            String itemPath = path + "[" + i + "]";
            if (!checks.expect(node, Kind.OBJECT, itemPath)) {
                continue;
            }
            checks.warnKeptUnknownFields(node, itemPath, PERIOD_FIELDS, "countries[].periods[]", reportedUnknownFields);
            String relationship = periodRelationship(node, itemPath);
            HistoricalDate start = date(node, "start", itemPath, true);
            HistoricalDate end = date(node, "end", itemPath, false);
            LocalizedText note = optionalText(node, "note", itemPath);
            String owner = relationship == null || start == null || periodsOf == null
                    ? null
                    : dev.timelineexplorer.model.Extras.period(periodsOf, relationship, start);
            if (owner != null) {
                keepUnknown(node, PERIOD_FIELDS, owner);
            }
            sourcesOf = owner;
            List<Source> sources = sources(node.field("sources"), itemPath + ".sources");
            sourcesOf = null;
            if (relationship == null
                    || start == null
                    || (node.field("end") != null && end == null)
                    || note == null
                    || sources == null) {
                continue;
            }
            if (end != null && !checks.endNotBeforeStart(node.field("end"), itemPath + ".end", start, end)) {
                continue;
            }
            RelationPeriod previous = previousOf.get(relationship);
            if (previous != null) {
                if (previous.end() == null || start.firstDay() < previous.end().endDayExclusive()) {
                    problems.error(
                            node.field("start"),
                            itemPath + ".start",
                            previous.end() == null
                                    ? ProblemKind.PERIODS_OVERLAP_OPEN.of(start)
                                    : ProblemKind.PERIODS_OVERLAP.of(start, previous.end()));
                    continue;
                }
            }
            RelationPeriod period = new RelationPeriod(relationship, start, end, note, sources);
            periods.add(period);
            previousOf.put(relationship, period);
        }
        return periods;
    }

    /** The relationship a period belongs to: the one it names, which must be declared, else the first. */
    private String periodRelationship(JsonValue node, String path) {
        JsonValue named = node.field("relationship");
        if (named == null) {
            if (relationships.isEmpty()) {
                periodsWithoutDeclaration = true;
                return Relationship.DEFAULT_ID;
            }
            return relationships.get(0).id();
        }
        String id = checks.string(named, path + ".relationship", true);
        if (id == null) {
            return null;
        }
        if (relationship(id) == null || relationship(id).id().equals(Relationship.DEFAULT_ID) && named != null) {
            String declared = relationships.stream()
                    .map(Relationship::id)
                    .filter(known -> !known.equals(Relationship.DEFAULT_ID))
                    .map(known -> quote(known))
                    .collect(java.util.stream.Collectors.joining(", "));
            problems.error(
                    named,
                    path + ".relationship",
                    declared.isEmpty()
                            ? ProblemKind.UNKNOWN_RELATIONSHIP.of(quote(id))
                            : ProblemKind.UNKNOWN_RELATIONSHIP_DECLARED.of(quote(id), declared));
            return null;
        }
        return id;
    }

    /** A period's sources, each with an http or https address; null when one is wrong (the problem is logged). */
    private List<Source> sources(JsonValue list, String path) {
        if (list == null) {
            return List.of();
        }
        if (!checks.expect(list, Kind.ARRAY, path)) {
            return null;
        }
        List<Source> sources = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            JsonValue node = list.items().get(i);
            String itemPath = path + "[" + i + "]";
            if (!checks.expect(node, Kind.OBJECT, itemPath)) {
                ok = false;
                continue;
            }
            checks.warnKeptUnknownFields(
                    node, itemPath, SOURCE_FIELDS, "countries[].periods[].sources[]", reportedUnknownFields);
            LocalizedText title = optionalText(node, "title", itemPath);
            JsonValue urlNode = node.field("url");
            if (urlNode == null) {
                checks.missing(node, itemPath + ".url", "url");
                ok = false;
                continue;
            }
            String url = checks.url(urlNode, itemPath + ".url");
            if (title == null || url == null) {
                ok = false;
                continue;
            }
            if (sourcesOf != null) {
                keepUnknown(node, SOURCE_FIELDS, dev.timelineexplorer.model.Extras.source(sourcesOf, url));
            }
            sources.add(new Source(title, url));
        }
        return ok ? sources : null;
    }

    void readCategories(JsonValue list) {
        if (!checks.expect(list, Kind.ARRAY, "categories")) {
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            JsonValue node = list.items().get(i);
            String path = "categories[" + i + "]";
            if (!checks.expect(node, Kind.OBJECT, path)) {
                continue;
            }
            checks.warnKeptUnknownFields(node, path, CATEGORY_FIELDS, "categories[]", reportedUnknownFields);
            JsonValue idNode = node.field("id");
            if (idNode == null) {
                checks.missing(node, path + ".id", "id");
                continue;
            }
            String id = checks.string(idNode, path + ".id", true);
            if (id == null) {
                continue;
            }
            if (references.isDeclaredCategory(id)) {
                problems.error(idNode, path + ".id", ProblemKind.CATEGORY_TWICE.of(quote(id)));
                continue;
            }
            LocalizedText name = optionalText(node, "name", path);
            String color = color(node, path);
            keepUnknown(node, CATEGORY_FIELDS, dev.timelineexplorer.model.Extras.category(id));
            references.declare(new Category(
                    id, name == null || name.isEmpty() ? LocalizedText.of(id) : name, color == null ? "" : color));
        }
    }

    List<Era> readEras(JsonValue list) {
        List<Era> eras = new ArrayList<>();
        if (!checks.expect(list, Kind.ARRAY, "eras")) {
            return eras;
        }
        for (int i = 0; i < list.items().size(); i++) {
            JsonValue node = list.items().get(i);
            String path = "eras[" + i + "]";
            if (!checks.expect(node, Kind.OBJECT, path)) {
                continue;
            }
            checks.warnKeptUnknownFields(node, path, ERA_FIELDS, "eras[]", reportedUnknownFields);
            JsonValue titleNode = node.field("title");
            LocalizedText title = null;
            if (titleNode == null) {
                checks.missing(node, path + ".title", "title");
            } else {
                title = texts.text(titleNode, path + ".title", true);
            }
            HistoricalDate start = date(node, "start", path, true);
            HistoricalDate end = date(node, "end", path, true);
            String color = color(node, path);
            if (start != null
                    && end != null
                    && !checks.endNotBeforeStart(node.field("end"), path + ".end", start, end)) {
                continue;
            }
            if (title != null && start != null && end != null) {
                keepUnknown(node, ERA_FIELDS, dev.timelineexplorer.model.Extras.era(eras.size()));
                eras.add(new Era(title, start, end, color));
            }
        }
        return eras;
    }

    /** The map settings: the central meridian in degrees, or null. */
    Double readMap(JsonValue map) {
        if (!checks.expect(map, Kind.OBJECT, "map")) {
            return null;
        }
        checks.warnKeptUnknownFields(map, "map", MAP_FIELDS, "map", reportedUnknownFields);
        keepUnknown(map, MAP_FIELDS, dev.timelineexplorer.model.Extras.MAP);
        JsonValue meridian = map.field("centralMeridian");
        if (meridian == null) {
            return null;
        }
        if (!checks.expect(meridian, Kind.NUMBER, "map.centralMeridian")) {
            return null;
        }
        double degrees = Double.parseDouble(meridian.text());
        if (!(degrees >= -180 && degrees <= 180)) {
            problems.error(meridian, "map.centralMeridian", ProblemKind.NOT_A_LONGITUDE.of(meridian.text()));
            return null;
        }
        return degrees;
    }

    private LocalizedText optionalText(JsonValue parent, String field, String path) {
        JsonValue node = parent.field(field);
        return node == null ? LocalizedText.EMPTY : texts.text(node, path + "." + field, false);
    }

    private HistoricalDate date(JsonValue parent, String field, String path, boolean required) {
        JsonValue node = parent.field(field);
        if (node == null) {
            if (required) {
                checks.missingDate(parent, path + "." + field, field);
            }
            return null;
        }
        return checks.date(node, path + "." + field);
    }

    private String color(JsonValue parent, String path) {
        JsonValue node = parent.field("color");
        return node == null ? null : checks.color(node, path + ".color");
    }
}
