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
        String[] appArgs = command.fileToOpen() == null
                ? new String[0]
                : new String[] {command.fileToOpen().toAbsolutePath().toString()};
        Application.launch(TimelineExplorerApp.class, appArgs);
    }
}
