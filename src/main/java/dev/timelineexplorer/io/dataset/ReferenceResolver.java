package dev.timelineexplorer.io.dataset;

import static dev.timelineexplorer.io.json.Quotes.quote;

import dev.timelineexplorer.io.IsoCountries;
import dev.timelineexplorer.io.Palette;
import dev.timelineexplorer.io.ProblemKind;
import dev.timelineexplorer.io.dataset.EventFields.Holder;
import dev.timelineexplorer.io.dataset.EventFields.Items;
import dev.timelineexplorer.io.json.JsonValue;
import dev.timelineexplorer.io.json.ProblemLog;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles what events refer to once the whole file is read, as countries and categories may be declared after the
 * events that use them: a declared code uses its entry; an undeclared ISO 3166-1 code gets its English name and M49
 * region; any other code is an error at each place it is used (up to {@value #USES_KEPT} places per code). An
 * undeclared category is accepted with a warning. Countries and categories without a colour get distinct palette
 * colours, in declaration order.
 */
final class ReferenceResolver {
    /** How many places of use are kept per undeclared code, so that memory stays bounded. */
    private static final int USES_KEPT = 20;

    private record Use(int line, int column, long offset, int event, int item) {}

    private final ProblemLog problems;
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    /** Codes used by events, each with where it was used (a few places per code). */
    private final Map<String, List<Use>> codeUses = new LinkedHashMap<>();
    /** Categories used by events, each with where it was first used. */
    private final Map<String, Use> categoryUses = new LinkedHashMap<>();

    ReferenceResolver(ProblemLog problems) {
        this.problems = problems;
    }

    /** Whether a country code is declared. */
    boolean isDeclaredCountry(String code) {
        return countries.containsKey(code);
    }

    /** Whether a category id is declared. */
    boolean isDeclaredCategory(String id) {
        return categories.containsKey(id);
    }

    void declare(Country country) {
        countries.put(country.code(), country);
    }

    void declare(Category category) {
        categories.put(category.id(), category);
    }

    /** Notes where an event uses its country codes. */
    void noteCodes(List<String> codes, Items<Holder> at, int event) {
        for (int i = 0; i < codes.size(); i++) {
            List<Use> uses = codeUses.computeIfAbsent(codes.get(i), c -> new ArrayList<>(1));
            if (uses.size() < USES_KEPT) {
                JsonValue item = at.get(i).value;
                uses.add(new Use(item.line(), item.column(), item.offset(), event, i));
            }
        }
    }

    /** Notes where an event uses a category, the first time. */
    void noteCategory(String id, JsonValue at) {
        if (!categoryUses.containsKey(id)) {
            // The value is a reused holder: keep its place, not the holder.
            categoryUses.put(id, new Use(at.line(), at.column(), at.offset(), -1, -1));
        }
    }

    /** The countries: declared ones in order, then ISO codes used without a declaration; reports unknown codes. */
    List<Country> countries() {
        for (Map.Entry<String, List<Use>> entry : codeUses.entrySet()) {
            String code = entry.getKey();
            if (countries.containsKey(code)) {
                continue;
            }
            if (IsoCountries.isCode(code)) {
                countries.put(
                        code,
                        new Country(
                                code,
                                IsoCountries.names(code),
                                "",
                                CountryKind.COUNTRY,
                                IsoCountries.region(code).orElse(null),
                                List.of()));
                continue;
            }
            for (Use use : entry.getValue()) {
                problems.error(
                        use.line(),
                        use.column(),
                        use.offset(),
                        "events[" + use.event() + "].countries[" + use.item() + "]",
                        ProblemKind.UNKNOWN_COUNTRY_CODE.of(quote(code)));
            }
        }
        List<Country> result = new ArrayList<>(countries.size());
        int paletteIndex = 0;
        for (Country country : countries.values()) {
            result.add(country.color().isEmpty() ? country.withColor(Palette.color(paletteIndex++)) : country);
        }
        return result;
    }

    /** The categories: declared ones in order, then those used without a declaration, each with a warning. */
    List<Category> categories() {
        for (Map.Entry<String, Use> use : categoryUses.entrySet()) {
            if (!categories.containsKey(use.getKey())) {
                Use at = use.getValue();
                problems.warning(
                        at.line(),
                        at.column(),
                        at.offset(),
                        "category",
                        ProblemKind.CATEGORY_NOT_DECLARED.of(quote(use.getKey())));
                categories.put(use.getKey(), new Category(use.getKey(), use.getKey(), ""));
            }
        }
        List<Category> result = new ArrayList<>(categories.size());
        int paletteIndex = 0;
        for (Category category : categories.values()) {
            // Offset in the palette so that categories and countries rarely share a colour.
            result.add(category.color().isEmpty() ? category.withColor(Palette.color(paletteIndex++ + 3)) : category);
        }
        return result;
    }
}
