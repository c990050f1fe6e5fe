package dev.timelineexplorer.app.cli;

import dev.timelineexplorer.index.DatasetIndexes;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.edit.Edit;
import dev.timelineexplorer.model.edit.Edits;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The {@code edit_ms} figure of the benchmark: the median time of one edit as the window makes it, the command
 * turning the dataset into a new one and the indexes updated for it (not built again), over moves, duplicates and
 * deletes of events picked at random with a fixed seed.
 */
final class EditBench {
    private static final int RUNS = 51;
    /** Edits made first, unmeasured, so that the figure is of compiled code as in a session, not of the JIT. */
    private static final int WARM_UP = 300;

    private EditBench() {}

    /** Median milliseconds per edit; the indexes are left as they were (each edit starts from them). */
    static double measure(DatasetIndexes indexes) {
        List<Event> events = indexes.dataset().events();
        if (events.isEmpty()) {
            return 0;
        }
        Random random = new Random(20);
        double[] runs = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            Event event = events.get(random.nextInt(events.size()));
            long start = System.nanoTime();
            Edit edit = switch (Math.floorMod(i, 3)) {
                case 0 -> Edits.move(indexes.dataset(), event, Edits.shift(event.start(), 400));
                case 1 -> Edits.duplicate(indexes.dataset(), event, event.id() + "-copy-bench");
                default -> Edits.delete(indexes.dataset(), event);
            };
            DatasetIndexes after = indexes.apply(edit);
            double ms = (System.nanoTime() - start) / 1e6;
            if (after.events().size() < 0) {
                throw new AssertionError(); // keeps the work from being optimised away
            }
            if (i >= 0) {
                runs[i] = ms;
            }
        }
        Arrays.sort(runs);
        return runs[RUNS / 2];
    }
}
