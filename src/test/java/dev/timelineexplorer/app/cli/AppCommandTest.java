package dev.timelineexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return AppCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new AppCommand());
    }

    @Test
    void givenTheBundledDataset_whenValidated_thenOkAndExitZero() {
        int exit = run("--validate", "data/korea-foreign-relations.json");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .matches("data/korea-foreign-relations.json: OK \\(\\d+ events, \\d+ countries\\)\\R");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void givenAnInvalidFile_whenValidated_thenLocatedProblemsAndExitOne() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"events\": [\n    {\"title\": \"X\", \"start\": \"1965-13-01\"}\n  ]\n}\n");

        int exit = run("--validate", "data/korea-foreign-relations.json", bad.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .contains(bad + ":3:29: error: events[0].start: \"1965-13-01\" is not a date (month must be 1-12)")
                .contains(bad + ": invalid (1 error)");
        assertThat(out.toString()).contains("korea-foreign-relations.json: OK");
    }

    @Test
    void givenNoArgumentsOrOneFile_whenRun_thenTheWindowOpensOnItAndAMissingFileIsRefusedTheSameWay() {
        AppCommand none = new AppCommand();
        AppCommand one = new AppCommand();
        AppCommand viaPicocli = new AppCommand();

        int noneExit = AppCommand.run(new String[0], new PrintWriter(out, true), new PrintWriter(err, true), none);
        int oneExit = AppCommand.run(
                new String[] {"data/korea-foreign-relations.json"},
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                one);
        int viaPicocliExit = AppCommand.run(
                new String[] {"--", "data/korea-foreign-relations.json"},
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                viaPicocli);

        assertThat(noneExit).as("-1 opens the window").isEqualTo(-1);
        assertThat(none.fileToOpen()).isNull();
        assertThat(oneExit).isEqualTo(-1);
        assertThat(one.fileToOpen()).isEqualTo(Path.of("data/korea-foreign-relations.json"));
        assertThat(viaPicocliExit).as("the same file through picocli").isEqualTo(-1);
        assertThat(viaPicocli.fileToOpen()).isEqualTo(one.fileToOpen());
        assertThat(run(dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope.json: cannot read: no such file");
        assertThat(run("--", dir.resolve("gone.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("gone.json: cannot read: no such file");
    }

    @Test
    void givenAMissingFile_whenValidated_thenExitTwo() {
        int exit = run("--validate", dir.resolve("nope.json").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("nope.json: cannot read: no such file");
    }

    @Test
    void givenBadArguments_whenRun_thenUsageErrorExitTwo() {
        assertThat(run("--validate")).isEqualTo(2);
        assertThat(err.toString()).contains("--validate needs at least one FILE");
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void givenAMissingFileToOpen_whenRun_thenExitTwoWithoutAWindow() {
        AppCommand command = new AppCommand();
        int exit = AppCommand.run(
                new String[] {dir.resolve("gone.json").toString()},
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                command);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("gone.json: cannot read: no such file");
    }

    @Test
    void givenAFile_whenRun_thenTheWindowOpensOnIt() {
        AppCommand command = new AppCommand();
        int exit = AppCommand.run(
                new String[] {"data/korea-foreign-relations.json"},
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                command);

        assertThat(exit).isEqualTo(-1);
        assertThat(command.fileToOpen()).isEqualTo(Path.of("data/korea-foreign-relations.json"));
    }

    @Test
    void givenHelpAndVersion_whenRun_thenPrintedWithExitZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: timeline-explorer").contains("--validate");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("Timeline Explorer 0.1.0");
    }

    @Test
    void givenKorean_whenAnInvalidFileIsValidated_thenItsProblemsAndTheVerdictAreInKorean() throws IOException {
        java.nio.file.Path bad = dir.resolve("bad.json");
        java.nio.file.Files.writeString(bad, "{\"events\": [{\"title\": \"X\", \"start\": \"1965-13-01\"}]}");

        int exit = run("--validate", "--lang", "ko", bad.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .contains(bad + ":1:37: 오류: events[0].start: \"1965-13-01\"은(는) 날짜가 아닙니다(월은 1~12여야 합니다)")
                .contains(bad + ": 올바르지 않음 (오류 1개)");
    }

    @Test
    void givenKorean_whenAFolderAndAMissingFileAreValidated_thenWhyTheyCannotBeReadIsSaidInKorean() {
        Path missing = dir.resolve("nope.json");

        int exit = run("--validate", "--lang", "ko", dir.toString(), missing.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains(dir + ": 읽을 수 없음: " + dir + "은(는) 폴더입니다")
                .contains(missing + ": 읽을 수 없음: 파일이 없습니다")
                .doesNotContain("directory", "no such file");
    }

    @Test
    void givenEnglish_whenAFolderIsValidated_thenItIsNamedAsOne() {
        int exit = run("--validate", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(dir + ": cannot read: " + dir + " is a directory");
    }
}
