package dev.timelineexplorer.app;

import dev.timelineexplorer.app.cli.AppCommand;
import dev.timelineexplorer.app.settings.StartupTrace;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import javafx.application.Application;

/**
 * The entry point of the runnable jar. It does not extend {@link Application} so that the JavaFX runtime can be
 * loaded from the class path of a shaded jar; commands that need no window run without starting JavaFX.
 */
public final class Launcher {
    /** JavaFX's own logger, held so that the filter set on it stays (a logger no one holds may be collected). */
    private static java.util.logging.Logger javafxLog;

    private Launcher() {}

    public static void main(String[] args) {
        StartupTrace.mark("main");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        AppCommand command = new AppCommand();
        int exit = AppCommand.run(args, out, err, command);
        if (exit >= 0) {
            System.exit(exit);
        }
        StartupTrace.mark("arguments read");
        quietClassPathWarning();
        String[] appArgs = command.fileToOpen() == null
                ? new String[0]
                : new String[] {command.fileToOpen().toAbsolutePath().toString()};
        Application.launch(TimelineExplorerApp.class, appArgs);
    }

    /**
     * JavaFX warns at every start from a class path ("Unsupported JavaFX configuration"), which is how the runnable
     * jar is meant to run: it would be the first line a user sees in a terminal, and dating it loads the locale data
     * while the toolkit starts. Only that message is dropped; the logger's other warnings (stylesheets, for one) stay.
     */
    static void quietClassPathWarning() {
        javafxLog = java.util.logging.Logger.getLogger("javafx");
        javafxLog.setFilter(record ->
                record.getMessage() == null || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
