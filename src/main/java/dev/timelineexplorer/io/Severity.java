package dev.timelineexplorer.io;

/** How serious a {@link Problem} is: errors make a file invalid, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in messages: "error" or "warning". */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
