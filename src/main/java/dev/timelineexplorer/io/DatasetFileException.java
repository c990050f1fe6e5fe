package dev.timelineexplorer.io;

import java.io.IOException;

/**
 * A file that cannot be opened as a dataset at all (a folder, a file too large), saying why as a {@link Message} that
 * the window and the command line put into the user's language; the exception's own message is its English.
 */
public class DatasetFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Message what;

    public DatasetFileException(Message what) {
        super(what.toString());
        this.what = what;
    }

    /** Why the file cannot be opened, to be put into words ({@link ProblemMessages#text}). */
    public Message what() {
        return what;
    }
}
