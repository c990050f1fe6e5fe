package dev.timelineexplorer.io;

import dev.timelineexplorer.model.Dataset;
import java.util.List;

/**
 * What reading a dataset file gave: the dataset when it is valid, and every problem found.
 *
 * @param dataset the dataset, or null when the file has errors
 * @param problems errors and warnings in file order; empty for a clean file
 */
public record LoadResult(Dataset dataset, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    /** Whether the file is valid (it may still have warnings). */
    public boolean isValid() {
        return dataset != null;
    }

    /** The errors only. */
    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    /** The warnings only. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }
}
