package dev.timelineexplorer.app.window;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The window's background work: each kind of task on a thread of its own, one task at a time, in order. */
final class BackgroundThreads {
    private BackgroundThreads() {}

    /**
     * An executor of one daemon thread of the given name (as it shows in a thread dump): a task still running when the
     * app quits does not keep it alive.
     */
    static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
