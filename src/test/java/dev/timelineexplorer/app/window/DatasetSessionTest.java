package dev.timelineexplorer.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.testing.FxTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The session without a window: loads run when the test says, so what happens in between can be seen. */
class DatasetSessionTest extends FxTestBase {
    @TempDir
    Path dir;

    /** An executor that keeps the tasks it is given until the test runs them. */
    private static final class HeldTasks implements Executor {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable task) {
            held.add(task);
        }

        synchronized Runnable next() {
            return held.poll();
        }

        synchronized int size() {
            return held.size();
        }
    }

    private static String dataset(String title) {
        return "{\"title\": \"" + title + "\", \"events\": [{\"title\": \"An event\", \"start\": \"1950\"}]}";
    }

    @Test
    void givenAReloadUnderWay_whenTheFileChangesAgain_thenAnotherReloadFollowsAndShowsTheLastVersion()
            throws Exception {
        Path file = dir.resolve("data.json");
        Files.writeString(file, dataset("first"));
        HeldTasks tasks = new HeldTasks();
        DatasetSession session = invoke(() -> new DatasetSession(tasks, failure -> {}));
        runFx(() -> session.open(file));
        tasks.next().run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(invoke(() -> session.currentProperty()
                        .get()
                        .result()
                        .dataset()
                        .title()
                        .text()))
                .isEqualTo("first");

        // The file changes; its reload starts but has not finished when it changes once more.
        Files.writeString(file, dataset("second"));
        runFx(() -> session.fileChanged(file));
        Runnable reload = tasks.next();
        assertThat(reload).isNotNull();
        Files.writeString(file, dataset("third"));
        runFx(() -> session.fileChanged(file));
        assertThat(tasks.size()).as("nothing new while a load runs").isZero();
        reload.run();
        WaitForAsyncUtils.waitForFxEvents();

        Runnable again = tasks.next();
        assertThat(again)
                .as("the change during the reload is not dropped: another reload follows")
                .isNotNull();
        again.run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(invoke(() -> session.currentProperty()
                        .get()
                        .result()
                        .dataset()
                        .title()
                        .text()))
                .isEqualTo("third");
        runFx(session::close);
    }
}
