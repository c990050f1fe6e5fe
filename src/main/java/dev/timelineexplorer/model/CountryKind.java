package dev.timelineexplorer.model;

/** Whether a participant is a country or an international organisation. */
public enum CountryKind {
    COUNTRY,
    ORGANIZATION
}
