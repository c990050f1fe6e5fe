package dev.timelineexplorer.app.window;

import dev.timelineexplorer.io.DatasetLoader;
import dev.timelineexplorer.io.DatasetWriter;
import dev.timelineexplorer.io.LoadResult;
import dev.timelineexplorer.model.Dataset;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A recovery copy of a dataset with unsaved changes, written now and then into a folder of the user's (see {@link
 * #defaultFolder()}), so that a crash loses little: the next start finds it and offers it. It is deleted when the
 * dataset is saved and when the app closes normally. The copy is the app's JSON, written through a temporary file;
 * a note beside it names the file the dataset came from.
 */
public final class Recovery {
    /** System property naming another folder (tests use one of their own). */
    public static final String FOLDER_PROPERTY = "timeline.recoveryDir";

    private static final System.Logger LOG = System.getLogger(Recovery.class.getName());
    private static final String COPY = "recovery.json";
    private static final String NOTE = "recovery-source.txt";

    private final Path folder;

    /** @param folder where the copy is kept */
    public Recovery(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The folder named by {@value #FOLDER_PROPERTY}, else {@code .timeline-explorer/recovery} in the user's home. */
    public static Path defaultFolder() {
        String named = System.getProperty(FOLDER_PROPERTY);
        if (named != null && !named.isBlank()) {
            try {
                return Path.of(named);
            } catch (InvalidPathException e) {
                LOG.log(Level.WARNING, "ignoring " + FOLDER_PROPERTY + ": " + e.getMessage());
            }
        }
        return Path.of(System.getProperty("user.home"), ".timeline-explorer", "recovery");
    }

    /**
     * Writes the copy (replacing the last), with the file it came from.
     *
     * @param source the dataset's file, or null (the bundled dataset, a new one)
     * @throws IOException when it cannot be written; an older copy then stays
     */
    public void write(Dataset dataset, Path source) throws IOException {
        Files.createDirectories(folder);
        DatasetWriter.write(dataset, folder.resolve(COPY));
        String note = source == null ? "" : source.toAbsolutePath().toString();
        DatasetWriter.writeAtomically(folder.resolve(NOTE), out -> out.write(note.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A copy left by a session that did not close normally.
     *
     * @param result the copy as read
     * @param source the file it came from, or null
     */
    public record Found(LoadResult result, Path source) {}

    /** The copy left behind, if there is one that can be read as a valid dataset. */
    public Optional<Found> find() {
        Path copy = folder.resolve(COPY);
        if (!Files.isRegularFile(copy)) {
            return Optional.empty();
        }
        try {
            LoadResult result = new DatasetLoader().read(copy);
            if (!result.isValid()) {
                return Optional.empty();
            }
            Path source = null;
            Path note = folder.resolve(NOTE);
            if (Files.isRegularFile(note)) {
                String text = Files.readString(note, StandardCharsets.UTF_8).strip();
                source = text.isEmpty() ? null : Path.of(text);
            }
            return Optional.of(new Found(result, source));
        } catch (IOException | InvalidPathException e) {
            LOG.log(Level.WARNING, "the recovery copy could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Deletes the copy; a copy that cannot be deleted is logged, not fatal. */
    public void delete() {
        try {
            Files.deleteIfExists(folder.resolve(COPY));
            Files.deleteIfExists(folder.resolve(NOTE));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the recovery copy could not be deleted: " + e.getMessage());
        }
    }

    /** Where the copy is kept. */
    public Path folder() {
        return folder;
    }
}
