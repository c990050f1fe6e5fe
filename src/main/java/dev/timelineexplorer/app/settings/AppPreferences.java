package dev.timelineexplorer.app.settings;

import dev.timelineexplorer.index.Grouping;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers across launches, kept with {@link java.util.prefs}. Every read validates what it finds and
 * falls back to a default, so missing or corrupt preferences never stop the app from starting.
 */
public final class AppPreferences {
    /** System property naming another preferences node, so tests never touch the user's own. */
    public static final String NODE_PROPERTY = "timelineexplorer.preferences";

    private static final String DEFAULT_NODE = "dev/timelineexplorer/app";
    private static final int MAX_RECENT = 8;

    /** The colour theme. */
    public enum Theme {
        LIGHT,
        DARK
    }

    /**
     * A window's position and size in screen pixels.
     *
     * @param x left edge
     * @param y top edge
     * @param width at least 400
     * @param height at least 300
     * @param maximized whether the window was maximised
     */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}

    private static final System.Logger LOG = System.getLogger(AppPreferences.class.getName());

    private final Preferences node;
    private Consumer<String> onFailure = message -> {};
    private boolean failureReported;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /**
     * Told, once, when the preferences cannot be read or saved, with the reason: the app goes on with defaults, and
     * the user should know that settings will not be remembered.
     */
    public void setOnFailure(Consumer<String> handler) {
        onFailure = handler == null ? message -> {} : handler;
    }

    private void failed(String what, Exception e) {
        // The first failure is worth a warning; the rest usually follow from it.
        LOG.log(
                failureReported ? System.Logger.Level.DEBUG : System.Logger.Level.WARNING,
                "preferences: cannot " + what,
                e);
        if (!failureReported) {
            failureReported = true;
            onFailure.accept(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** The user's preferences, or the node named by the {@value #NODE_PROPERTY} system property. */
    public static AppPreferences open() {
        String path = System.getProperty(NODE_PROPERTY, DEFAULT_NODE);
        try {
            return new AppPreferences(Preferences.userRoot().node(path));
        } catch (IllegalArgumentException | IllegalStateException | SecurityException e) {
            return new AppPreferences(Preferences.userRoot().node(DEFAULT_NODE));
        }
    }

    /** The node itself, for tests that clean up after themselves. */
    public Preferences node() {
        return node;
    }

    // ------------------------------------------------------------------ dataset files

    /** The dataset open at the last exit, or null for the bundled one. */
    public Path lastDataset() {
        return path(get("lastDataset", ""));
    }

    public void setLastDataset(Path file) {
        put("lastDataset", file == null ? "" : file.toAbsolutePath().toString());
    }

    /** Recently opened files, newest first. */
    public List<Path> recentFiles() {
        List<Path> result = new ArrayList<>();
        for (String line : get("recentFiles", "").split("\n")) {
            Path path = path(line);
            if (path != null && !result.contains(path)) {
                result.add(path);
            }
        }
        return result.subList(0, Math.min(result.size(), MAX_RECENT));
    }

    public void addRecentFile(Path file) {
        List<Path> recent = new ArrayList<>(recentFiles());
        Path absolute = file.toAbsolutePath();
        recent.remove(absolute);
        recent.add(0, absolute);
        StringBuilder text = new StringBuilder();
        for (Path path : recent.subList(0, Math.min(recent.size(), MAX_RECENT))) {
            text.append(path).append('\n');
        }
        put("recentFiles", text.toString());
    }

    public void clearRecentFiles() {
        put("recentFiles", "");
    }

    private static Path path(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ window

    /** The last window bounds, or null when none were saved or they make no sense. */
    public WindowBounds windowBounds() {
        double x = getDouble("window.x", Double.NaN);
        double y = getDouble("window.y", Double.NaN);
        double width = getDouble("window.width", Double.NaN);
        double height = getDouble("window.height", Double.NaN);
        if (!Double.isFinite(x)
                || !Double.isFinite(y)
                || !(width >= 400)
                || !(height >= 300)
                || width > 20_000
                || height > 20_000) {
            return null;
        }
        return new WindowBounds(
                x, y, width, height, get("window.maximized", "false").equals("true"));
    }

    public void setWindowBounds(WindowBounds bounds) {
        put("window.x", Double.toString(bounds.x()));
        put("window.y", Double.toString(bounds.y()));
        put("window.width", Double.toString(bounds.width()));
        put("window.height", Double.toString(bounds.height()));
        put("window.maximized", Boolean.toString(bounds.maximized()));
    }

    /** Divider positions (0 to 1) saved under a key, or the defaults when missing or invalid. */
    public double[] dividers(String key, double[] defaults) {
        String[] parts = get("dividers." + key, "").split(",");
        if (parts.length != defaults.length) {
            return defaults.clone();
        }
        double[] result = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                result[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                return defaults.clone();
            }
            if (!(result[i] > 0.02 && result[i] < 0.98) || (i > 0 && result[i] <= result[i - 1])) {
                return defaults.clone();
            }
        }
        return result;
    }

    public void setDividers(String key, double[] positions) {
        StringBuilder text = new StringBuilder();
        for (double position : positions) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(position);
        }
        put("dividers." + key, text.toString());
    }

    // ------------------------------------------------------------------ look

    public Theme theme() {
        try {
            return Theme.valueOf(get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        put("theme", theme.name());
    }

    /** The interface language chosen by the user, or null to follow the system. */
    public java.util.Locale language() {
        String tag = get("language", "");
        return tag.matches("[a-z]{2,3}") ? java.util.Locale.forLanguageTag(tag) : null;
    }

    public void setLanguage(java.util.Locale language) {
        put("language", language == null ? "" : language.getLanguage());
    }

    /** Whether the map is shown, or null when the user never chose (it then depends on the dataset). */
    public Boolean mapVisible() {
        String value = get("mapVisible", "");
        return value.equals("true") ? Boolean.TRUE : value.equals("false") ? Boolean.FALSE : null;
    }

    public void setMapVisible(boolean visible) {
        put("mapVisible", Boolean.toString(visible));
    }

    /** How the timeline is grouped into lanes; an unknown value (an edited or damaged file) reads as none. */
    public Grouping grouping() {
        return Grouping.ofId(get("groupBy", "none")).orElse(Grouping.NONE);
    }

    public void setGrouping(Grouping grouping) {
        put("groupBy", grouping.id());
    }

    /** Whether the map stands beside the timeline rather than under it. */
    public boolean mapBeside() {
        return get("mapBeside", "false").equals("true");
    }

    public void setMapBeside(boolean beside) {
        put("mapBeside", Boolean.toString(beside));
    }

    public boolean tableVisible() {
        return get("tableVisible", "false").equals("true");
    }

    public void setTableVisible(boolean visible) {
        put("tableVisible", Boolean.toString(visible));
    }

    // ------------------------------------------------------------------ filters per dataset

    /** Country codes the user hid in a dataset, identified by {@code datasetKey} (its path or name). */
    public Set<String> hiddenCountries(String datasetKey) {
        return stringSet("hiddenCountries." + keyHash(datasetKey));
    }

    public void setHiddenCountries(String datasetKey, Set<String> codes) {
        putStringSet("hiddenCountries." + keyHash(datasetKey), codes);
    }

    /** Category ids the user hid in a dataset. */
    public Set<String> hiddenCategories(String datasetKey) {
        return stringSet("hiddenCategories." + keyHash(datasetKey));
    }

    public void setHiddenCategories(String datasetKey, Set<String> ids) {
        putStringSet("hiddenCategories." + keyHash(datasetKey), ids);
    }

    private Set<String> stringSet(String key) {
        String text = get(key, "");
        Set<String> result = new LinkedHashSet<>();
        if (!text.isEmpty()) {
            // The empty string stands for "(no country)"; entries are separated by newlines.
            result.addAll(Arrays.asList(text.substring(1).split("\n", -1)));
        }
        return result;
    }

    private void putStringSet(String key, Set<String> values) {
        if (values.isEmpty()) {
            remove(key);
            return;
        }
        StringBuilder text = new StringBuilder("|");
        boolean first = true;
        for (String value : values) {
            if (!first) {
                text.append('\n');
            }
            text.append(value);
            first = false;
        }
        put(key, text.toString());
    }

    /** Preference keys are limited to 80 characters, so datasets are named by a hash of their path. */
    private static String keyHash(String datasetKey) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(datasetKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            return Integer.toHexString(datasetKey.hashCode());
        }
    }

    // ------------------------------------------------------------------ safe access

    private String get(String key, String fallback) {
        try {
            String value = node.get(key, fallback);
            return value == null ? fallback : value;
        } catch (IllegalStateException | SecurityException e) {
            failed("read " + key, e);
            return fallback;
        }
    }

    private double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(get(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void put(String key, String value) {
        try {
            // Values are capped by the preferences API; a path this long is not worth remembering.
            if (value.length() <= Preferences.MAX_VALUE_LENGTH) {
                node.put(key, value);
            }
        } catch (IllegalArgumentException | IllegalStateException | SecurityException e) {
            failed("save " + key, e);
        }
    }

    private void remove(String key) {
        try {
            node.remove(key);
        } catch (IllegalStateException | SecurityException e) {
            failed("remove " + key, e);
        }
    }

    /** Writes pending changes to the backing store; a failure is logged and reported once. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException | SecurityException e) {
            failed("write to the backing store", e);
        }
    }
}
