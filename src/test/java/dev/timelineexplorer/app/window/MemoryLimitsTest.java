package dev.timelineexplorer.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.app.Launcher;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files too large to open give a message that says what to do, never an {@link OutOfMemoryError}: checked in a JVM
 * started with a small heap, as a user with a small machine (or a big file) would meet it.
 */
class MemoryLimitsTest {
    @TempDir
    static Path dir;

    private static Path large;

    /** About 26 MB: 100,000 events, which need some 60 MB of heap once read and indexed. */
    @BeforeAll
    static void writeALargeDataset() throws IOException {
        large = dir.resolve("large.json");
        try (BufferedWriter out = Files.newBufferedWriter(large, StandardCharsets.UTF_8)) {
            out.write("{\"countries\": [{\"code\": \"KR\"}], \"events\": [\n");
            for (int i = 0; i < 100_000; i++) {
                out.write(String.format(
                        "{\"id\": \"e%d\", \"title\": \"Event number %d of a large synthetic dataset\","
                                + " \"start\": \"%04d-%02d-%02d\", \"countries\": [\"KR\"],"
                                + " \"summary\": \"A summary long enough to weigh what real summaries weigh.\"}%s%n",
                        i, i, 1900 + i % 120, 1 + i % 12, 1 + i % 28, i + 1 < 100_000 ? "," : ""));
            }
            out.write("]}\n");
        }
    }

    private record Run(int exit, String out, String err) {}

    private static Run validate(String heap, Path file) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap,
                "-cp",
                System.getProperty("java.class.path"),
                Launcher.class.getName(),
                "--validate",
                file.toString()));
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void givenAFileTooLargeForTheHeap_whenValidated_thenAClearMessageNamesHowToGiveMoreMemory() throws Exception {
        Run run = validate("-Xmx48m", large);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("large.json: cannot read: large.json needs about")
                .contains("start it with more memory: java -Xmx")
                .doesNotContain("OutOfMemoryError")
                .doesNotContain("\tat ");
    }

    @Test
    void givenAHeapThatPassesTheEstimateButRunsOut_whenValidated_thenTheSameMessageAndNoStackTrace() throws Exception {
        // Enough for the estimate (twice the file), too little for reading and indexing it all: either way a message.
        Run run = validate("-Xmx72m", large);

        assertThat(run.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        if (run.exit() != 0) {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("needs about").contains("java -Xmx");
        } else {
            assertThat(run.out()).contains("large.json: OK (100000 events");
        }
    }

    @Test
    void givenAFileAboveTheSizeLimit_whenValidated_thenItIsRefusedUpFrontWithItsSize() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            // Sparse: the size is there, the disk space is not used.
            file.setLength(dev.timelineexplorer.io.DatasetLoader.MAX_FILE_BYTES + 1);
        }

        Run run = validate("-Xmx256m", huge);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("huge.json is 1,073,741,825 bytes (1,024 MB); files up to 1,073,741,824 bytes (1 GiB) can be"
                        + " opened");
    }
}
