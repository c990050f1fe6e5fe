package dev.timelineexplorer.app.settings;

import java.util.Locale;

/**
 * Marks of how long the start takes, printed to standard error when the system property
 * {@code timeline.traceStartup} is {@code true}: milliseconds since the process started, and what was reached. The
 * README's breakdown of a cold start comes from these. Off, a mark costs one boolean test.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("timeline.traceStartup");
    private static final long PROCESS_START_MILLIS = ON
            ? ProcessHandle.current()
                    .info()
                    .startInstant()
                    .map(java.time.Instant::toEpochMilli)
                    .orElse(System.currentTimeMillis())
            : 0;

    private StartupTrace() {}

    /** Prints the time since the process started and the step reached, when tracing is on. */
    public static void mark(String step) {
        if (ON) {
            System.err.println(String.format(
                    Locale.ROOT,
                    "startup %5d ms  (thread cpu %5d ms)  %-12s %s",
                    System.currentTimeMillis() - PROCESS_START_MILLIS,
                    java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000,
                    Thread.currentThread().getName(),
                    step));
        }
    }
}
