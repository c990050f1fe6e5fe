package dev.timelineexplorer.model;

/** Thrown when a date string is not a valid {@link HistoricalDate}; the message is meant for people. */
public final class InvalidDateException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidDateException(String message) {
        super(message);
    }
}
