package dev.timelineexplorer.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The South Korea foreign relations dataset shipped inside the application. */
public final class BundledDataset {
    /** The file name, used in messages and as the dataset's identity in preferences. */
    public static final String NAME = "korea-foreign-relations.json";

    private static final String RESOURCE = "/dev/timelineexplorer/data/" + NAME;

    private BundledDataset() {}

    /** Reads the bundled dataset. */
    public static LoadResult load() {
        try (InputStream in = BundledDataset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled dataset " + RESOURCE + " is missing from the build");
            }
            return new DatasetLoader().read(in, NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled dataset", e);
        }
    }
}
