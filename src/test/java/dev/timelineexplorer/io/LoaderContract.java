package dev.timelineexplorer.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The loader's promise, checked by the fuzz tests: any bytes give either a dataset without errors or a list of
 * problems, each located (a line, and a column on that line), never another exception. Hangs and memory out of
 * proportion are the fuzzer's to catch (its time and memory limits).
 */
public final class LoaderContract {
    private LoaderContract() {}

    /** Reads bytes as a file of a name and checks the result; throws {@link AssertionError} when the promise fails. */
    public static LoadResult check(byte[] bytes, String name) {
        LoadResult result;
        try {
            result = new DatasetLoader().read(new ByteArrayInputStream(bytes), name);
        } catch (DatasetTooLargeException e) {
            return null; // a refusal with a message is within the promise
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail to be read", e);
        }
        if (result.dataset() == null && result.errors().isEmpty()) {
            throw new AssertionError("no dataset and no error for " + bytes.length + " bytes");
        }
        if (result.dataset() != null && !result.errors().isEmpty()) {
            throw new AssertionError("a dataset and errors at once: " + result.errors());
        }
        for (Problem problem : result.problems()) {
            boolean summary = problem.message().endsWith("more problems not listed");
            if (!summary && (problem.line() < 1 || problem.column() < 1)) {
                throw new AssertionError("a problem without a location: " + problem);
            }
            if (problem.message().isBlank()) {
                throw new AssertionError("a problem without a message at " + problem);
            }
        }
        return result;
    }
}
