package dev.timelineexplorer.io;

/**
 * A dataset that cannot be opened because of its size: larger than the app accepts ({@link DatasetLoader#MAX_FILE_BYTES}),
 * or larger than the memory the Java runtime was started with. The message says which, with the figures and how to
 * give the app more memory.
 */
public final class DatasetTooLargeException extends DatasetFileException {
    private static final long serialVersionUID = 1L;

    public DatasetTooLargeException(Message what) {
        super(what);
    }
}
