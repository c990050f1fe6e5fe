package dev.timelineexplorer.model.edit;

import dev.timelineexplorer.model.Dataset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The edits made to a dataset, to undo and redo them, and whether it has changed since it was last saved. Keeps the
 * edits, not copies of the dataset: an edit of one event costs the same at any size. Not thread-safe (the window
 * uses it on its own thread).
 */
public final class EditHistory {
    /** How many edits can be undone; the oldest are forgotten beyond it. */
    public static final int LIMIT = 1000;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private Dataset dataset;
    /** How many edits from the start of the history the saved file has; -1 when it is out of reach (forgotten). */
    private int savedAt;

    /** @param dataset the dataset as opened (saved) */
    public EditHistory(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** The dataset with every edit not undone. */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Makes an edit; what could be redone is forgotten.
     *
     * @return the dataset after it
     * @throws IllegalArgumentException when the edit is not for this dataset (nothing changes then)
     */
    public Dataset apply(Edit edit) {
        dataset = edit.applyTo(dataset);
        if (savedAt > undo.size()) {
            savedAt = -1; // the saved state was among the edits that can no longer be redone
        }
        undo.push(edit);
        redo.clear();
        if (undo.size() > LIMIT) {
            undo.removeLast();
            savedAt = savedAt <= 0 ? -1 : savedAt - 1;
        }
        return dataset;
    }

    /** The edit {@link #undo} would undo, if any. */
    public Optional<Edit> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The edit {@link #redo} would make again, if any. */
    public Optional<Edit> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /**
     * Undoes the last edit.
     *
     * @return the edit applied to do so (the inverse of the last), or empty when there is nothing to undo
     */
    public Optional<Edit> undo() {
        Edit last = undo.poll();
        if (last == null) {
            return Optional.empty();
        }
        Edit inverse = last.inverse();
        dataset = inverse.applyTo(dataset);
        redo.push(last);
        return Optional.of(inverse);
    }

    /**
     * Makes the last undone edit again.
     *
     * @return that edit, or empty when there is nothing to redo
     */
    public Optional<Edit> redo() {
        Edit next = redo.poll();
        if (next == null) {
            return Optional.empty();
        }
        dataset = next.applyTo(dataset);
        undo.push(next);
        return Optional.of(next);
    }

    /** Notes that the dataset as it is now was saved. */
    public void markSaved() {
        savedAt = undo.size();
    }

    /** Notes that the dataset as it is now was never saved (a recovered copy, a new dataset). */
    public void markUnsaved() {
        savedAt = -1;
    }

    /** Whether the dataset differs from the one last saved (or opened). */
    public boolean isModified() {
        return savedAt != undo.size();
    }
}
