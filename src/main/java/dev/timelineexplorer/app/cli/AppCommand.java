package dev.timelineexplorer.app.cli;

import dev.timelineexplorer.app.export.Picture;
import dev.timelineexplorer.app.settings.AppPreferences;
import dev.timelineexplorer.app.settings.AppVersion;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.index.Grouping;
import dev.timelineexplorer.io.DatasetFileException;
import dev.timelineexplorer.io.DatasetLoader;
import dev.timelineexplorer.io.LoadResult;
import dev.timelineexplorer.io.Problem;
import dev.timelineexplorer.io.ProblemMessages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code timeline-explorer [FILE]} opens the window, {@code --validate FILE...} checks files
 * without one. Exit codes: 0 success, 1 an invalid file, 2 a usage error or an unreadable file, 3 an output that
 * cannot be written.
 */
@Command(
        name = "timeline-explorer",
        mixinStandardHelpOptions = true,
        versionProvider = AppCommand.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Explore history on a zoomable timeline.",
            "Opens FILE (a dataset in the Timeline Explorer JSON format), or the bundled South Korea dataset."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a dataset file is invalid",
            "2:bad arguments, or a file that cannot be read",
            "3:an output file that cannot be written"
        })
public final class AppCommand implements Callable<Integer> {
    /** Exit code for an invalid dataset. */
    public static final int EXIT_INVALID = 1;
    /** Exit code for a usage error or an unreadable file. */
    public static final int EXIT_USAGE = 2;
    /** Exit code for an output file that cannot be written (a full disk, a read-only folder). */
    public static final int EXIT_WRITE = 3;

    @Spec
    public CommandSpec spec;

    @Option(
            names = "--validate",
            description = "Check the FILEs and print OK or their problems, without opening a window.")
    public boolean validate;

    @Option(
            names = "--benchmark",
            description = "Measure loading, memory, filtering and drawing (headless, 1600x900) for each FILE and print"
                    + " one line of figures per file.")
    public boolean benchmark;

    @Option(names = "--export-png", paramLabel = "OUT.png", description = "Draw FILE's timeline into a PNG, no window.")
    public Path exportPng;

    @Option(
            names = "--export-svg",
            paramLabel = "OUT.svg",
            description = "Draw FILE's timeline into an SVG, no window.")
    public Path exportSvg;

    @Option(
            names = "--export-csv",
            paramLabel = "OUT.csv",
            description = "Write FILE's events (those --countries and --from/--to let through) as CSV, no window.")
    public Path exportCsv;

    @Option(names = "--width", paramLabel = "PIXELS", defaultValue = "1600", description = "Export width (1600).")
    public int width;

    @Option(names = "--height", paramLabel = "PIXELS", defaultValue = "900", description = "Export height (900).")
    public int height;

    @Option(names = "--scale", paramLabel = "1|2", defaultValue = "1", description = "PNG pixel density (default 1).")
    public double scale;

    @Option(names = "--from", paramLabel = "DATE", description = "Export from this date (1945, 1945-06, -0043).")
    public String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Export up to this date.")
    public String to;

    @Option(
            names = "--countries",
            paramLabel = "CODES",
            split = ",",
            description = "Export only events involving these countries (KR,JP).")
    public List<String> countries = new ArrayList<>();

    @Option(
            names = "--group-by",
            paramLabel = "none|country|region|category",
            defaultValue = "none",
            description = "Draw the timeline in lanes, one per country, region or category (exports and --benchmark);"
                    + " with --countries, the lanes are those countries.")
    public String groupBy;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light", description = "Export theme.")
    public String theme;

    @Option(
            names = "--view",
            paramLabel = "timeline|map|both|chart",
            defaultValue = "timeline",
            description = "What to export: the timeline (default), the world map (with the chart of relations under it"
                    + " when the picture is tall enough), the map under the timeline, or the chart of how many states"
                    + " had relations over time.")
    public String view;

    @Option(
            names = "--lang",
            paramLabel = "en|ko",
            defaultValue = "en",
            description = "Language of exported pictures and of --validate's messages (default en).")
    public String lang;

    @Option(
            names = "--at",
            paramLabel = "DATE",
            description = "Shade the map by the relations active on DATE (and draw the time cursor there).")
    public String at;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Dataset files (JSON).")
    public List<Path> files = new ArrayList<>();

    /** What the window should open, set when the command decides to start the app. */
    private Path fileToOpen;

    private boolean openWindow;

    /** Parses and runs the arguments; returns the exit code, or -1 when the window should open. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, AppCommand command) {
        // The usual start (the window, on the last dataset or one FILE) needs no command-line model: building
        // picocli's takes a noticeable part of a cold start. Anything that may be an option, or an @argument file,
        // goes through picocli.
        if (args.length == 0) {
            return command.openWindow(null, err) == 0 ? -1 : EXIT_USAGE;
        }
        if (args.length == 1 && !args[0].startsWith("-") && !args[0].startsWith("@")) {
            try {
                return command.openWindow(Path.of(args[0]), err) == 0 ? -1 : EXIT_USAGE;
            } catch (InvalidPathException e) {
                // not a path this system can name: picocli says so in its words
            }
        }
        picocli.CommandLine cli = new picocli.CommandLine(command);
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        return command.openWindow ? -1 : code;
    }

    /** The file to open in the window, or null for the bundled dataset. */
    public Path fileToOpen() {
        return fileToOpen;
    }

    @Override
    public Integer call() {
        if (validate && benchmark) {
            throw new ParameterException(spec.commandLine(), "--validate and --benchmark cannot be combined");
        }
        if (exportPng != null || exportSvg != null || exportCsv != null) {
            return export();
        }
        if (benchmark) {
            if (files.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--benchmark needs at least one FILE");
            }
            return Benchmark.run(
                    files,
                    grouping(),
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        if (validate) {
            if (files.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--validate needs at least one FILE");
            }
            return validateAll();
        }
        if (files.size() > 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "the window opens one FILE at a time (got " + files.size() + "); use --validate to check several");
        }
        return openWindow(
                files.isEmpty() ? null : files.get(0), spec.commandLine().getErr());
    }

    /** Decides to open the window on a file (null: the last or bundled dataset), when it can be read. */
    private int openWindow(Path file, PrintWriter err) {
        if (file != null) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                err.println(file + ": cannot read: " + (Files.exists(file) ? "not a readable file" : "no such file"));
                return EXIT_USAGE;
            }
            fileToOpen = file;
        }
        openWindow = true;
        return 0;
    }

    private int export() {
        if (validate || benchmark) {
            throw new ParameterException(
                    spec.commandLine(), "export cannot be combined with --validate or --benchmark");
        }
        if (files.size() != 1) {
            throw new ParameterException(
                    spec.commandLine(), "export needs exactly one FILE (got " + files.size() + ")");
        }
        AppPreferences.Theme chosen;
        try {
            chosen = AppPreferences.Theme.valueOf(theme.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--theme must be light or dark, not " + theme);
        }
        if (!(scale == 1 || scale == 2)) {
            throw new ParameterException(spec.commandLine(), "--scale must be 1 or 2");
        }
        java.util.Locale language = language();
        Picture.Part part = Picture.Part.parse(view);
        if (part == null) {
            throw new ParameterException(
                    spec.commandLine(), "--view must be timeline, map, both or chart, not " + view);
        }
        Path file = files.get(0);
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println(file + ": cannot read: no such file");
            return EXIT_USAGE;
        }
        ViewExport.Options options = new ViewExport.Options(
                exportPng,
                exportSvg,
                exportCsv,
                width,
                height,
                from,
                to,
                List.copyOf(countries),
                chosen,
                scale,
                part,
                at,
                language,
                grouping());
        return ViewExport.run(
                file, options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The grouping --group-by names. */
    private Grouping grouping() {
        return Grouping.ofId(groupBy)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "--group-by must be none, country, region or category, not " + groupBy));
    }

    /** The language --lang names: English or Korean. */
    private java.util.Locale language() {
        return switch (lang) {
            case "en" -> java.util.Locale.ENGLISH;
            case "ko" -> java.util.Locale.KOREAN;
            default -> throw new ParameterException(spec.commandLine(), "--lang must be en or ko, not " + lang);
        };
    }

    private int validateAll() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.Locale language = language();
        I18n words = new I18n(language);
        DatasetLoader reader = new DatasetLoader();
        int exit = 0;
        for (Path file : files) {
            LoadResult result;
            try {
                result = reader.read(file);
            } catch (IOException e) {
                err.println(words.text("cli.cannotRead", file, describe(e, words)));
                exit = EXIT_USAGE;
                continue;
            }
            for (Problem problem : result.problems()) {
                err.println(ProblemMessages.format(problem.withSource(file.toString()), language));
            }
            if (result.isValid()) {
                out.println(words.text(
                        "cli.ok",
                        file,
                        result.dataset().events().size(),
                        result.dataset().countries().size()));
            } else {
                int errors = result.errors().size();
                err.println(words.text("cli.invalid", file, errors));
                exit = Math.max(exit, EXIT_INVALID);
            }
        }
        out.flush();
        err.flush();
        return exit;
    }

    /** Why a file could not be read, in the language of --lang where the app knows the reason. */
    static String describe(IOException e, I18n words) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return words.text("cli.noSuchFile");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return words.text("cli.permissionDenied");
        }
        if (e instanceof DatasetFileException fault) {
            return ProblemMessages.text(fault.what(), words.getLocale());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Reads the version Maven wrote into the jar. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Timeline Explorer " + AppVersion.text()};
        }
    }
}
