package dev.timelineexplorer.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields of a dataset's file that the format does not define, kept as they were written so that saving gives them
 * back: for the dataset itself, each event (by id), each country (by code), each relationship, category, era, relation
 * period and source and the map settings, each field's value as JSON text.
 *
 * @param byOwner the fields by owner ({@link #ROOT}, {@link #event}, {@link #country}), each in file order
 */
public record Extras(Map<String, Map<String, String>> byOwner) {
    /** No fields kept. */
    public static final Extras NONE = new Extras(Map.of());

    /** The owner key of the dataset's own fields. */
    public static final String ROOT = "";

    public Extras {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        byOwner.forEach((owner, fields) -> {
            if (!fields.isEmpty()) {
                copy.put(owner, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
            }
        });
        byOwner = java.util.Collections.unmodifiableMap(copy);
    }

    /** The owner key of an event's fields. */
    public static String event(String id) {
        return "event:" + id;
    }

    /** The owner key of a country's fields. */
    public static String country(String code) {
        return "country:" + code;
    }

    /** The owner key of a relationship's fields. */
    public static String relationship(String id) {
        return "relationship:" + id;
    }

    /** The owner key of the map settings' fields. */
    public static final String MAP = "map";

    /** The owner key of a category's fields. */
    public static String category(String id) {
        return "category:" + id;
    }

    /** The owner key of an era's fields, by its place among the eras. */
    public static String era(int index) {
        return "era:" + index;
    }

    /** The owner key of a country's relation period, by its relationship and start (no two periods share both). */
    public static String period(String countryCode, String relationship, HistoricalDate start) {
        return country(countryCode) + "/period:" + relationship + ":" + start.toIsoString();
    }

    /** The owner key of a source's fields, under its event's or period's key, by its address. */
    public static String source(String owner, String url) {
        return owner + "/source:" + url;
    }

    /** The fields kept for an owner, in file order: name to JSON text. */
    public Map<String, String> of(String owner) {
        return byOwner.getOrDefault(owner, Map.of());
    }

    public boolean isEmpty() {
        return byOwner.isEmpty();
    }
}
