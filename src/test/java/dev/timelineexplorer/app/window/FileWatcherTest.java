package dev.timelineexplorer.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.testing.FxTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWatcherTest extends FxTestBase {
    @TempDir
    Path dir;

    @Test
    void givenAWatcherThatPollsAsOnMacOs_whenTheFileIsRewrittenAndThenDeleted_thenEachChangeIsReported()
            throws Exception {
        Path file = dir.resolve("data.json");
        Files.writeString(file, "{\"events\": []}");
        CountDownLatch rewritten = new CountDownLatch(1);
        CountDownLatch deleted = new CountDownLatch(2);
        FileWatcher watcher = invoke(() -> new FileWatcher(
                changed -> {
                    rewritten.countDown();
                    deleted.countDown();
                },
                true));
        runFx(() -> watcher.watch(file));
        try {
            Thread.sleep(FileWatcher.POLL_MILLIS / 2);
            Files.writeString(file, "{\"events\": [], \"title\": \"changed\"}");

            // A poll a second and a debounce of 0.4 s: well within the time allowed, on a loaded machine too.
            assertThat(rewritten.await(10, TimeUnit.SECONDS)).isTrue();
            Files.delete(file);
            assertThat(deleted.await(10, TimeUnit.SECONDS))
                    .as("deleting is a change too")
                    .isTrue();
        } finally {
            runFx(watcher::close);
        }
    }
}
