package dev.timelineexplorer.io;

import dev.timelineexplorer.model.LocalizedText;
import dev.timelineexplorer.model.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes: which codes exist, their names (from the JDK's CLDR data) and their UN M49
 * region, so that a dataset may use a code such as {@code KE} without declaring it.
 */
public final class IsoCountries {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, Region> REGIONS = loadRegions();

    private IsoCountries() {}

    /** Whether a code is an ISO 3166-1 alpha-2 code. */
    public static boolean isCode(String code) {
        return CODES.contains(code);
    }

    /** The name of a country in a language, such as "Kenya" or "케냐"; the code itself when it is not one. */
    public static String name(String code, Locale language) {
        return isCode(code) ? new Locale("", code).getDisplayCountry(language) : code;
    }

    /** The name of a country in every language the app's interface is written in (English and Korean). */
    public static LocalizedText names(String code) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", name(code, Locale.ENGLISH));
        names.put("ko", name(code, Locale.KOREAN));
        return LocalizedText.of(names);
    }

    /** The M49 region of a country code, or empty (organisations, Antarctica, unknown codes). */
    public static Optional<Region> region(String code) {
        return Optional.ofNullable(REGIONS.get(code));
    }

    private static Map<String, Region> loadRegions() {
        Properties table = new Properties();
        try (InputStream in = IsoCountries.class.getResourceAsStream("iso-regions.properties")) {
            if (in == null) {
                throw new IllegalStateException("iso-regions.properties is missing from the build");
            }
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Region> regions = new java.util.HashMap<>();
        table.forEach(
                (code, id) -> Region.ofId(String.valueOf(id)).ifPresent(r -> regions.put(String.valueOf(code), r)));
        return Map.copyOf(regions);
    }
}
