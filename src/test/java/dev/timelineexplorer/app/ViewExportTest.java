package dev.timelineexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.io.BundledDataset;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Exporting the view from the command line, as a user without a display would. */
@ExtendWith(ApplicationExtension.class)
class ViewExportTest {
    private static final String DATA = "data/korea-foreign-relations.json";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Start
    void start(Stage stage) {
        // The toolkit is started by TestFX; the export reuses it as it would reuse its own headless one.
    }

    private int run(String... args) {
        return AppCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new AppCommand());
    }

    @Test
    void givenExportOptions_whenRun_thenAPngOfThatSizeWithContentIsWritten() throws IOException {
        Path png = dir.resolve("view.png");

        int exit = run("--export-png", png.toString(), "--width", "1200", "--height", "700", "--scale", "2", DATA);

        assertThat(exit).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2400);
        assertThat(image.getHeight()).isEqualTo(1400);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours in a non-blank picture").hasSizeGreaterThan(20);
    }

    @Test
    void givenARangeAndCountries_whenExportedAsSvg_thenTheXmlHoldsTheTitlesInView() throws Exception {
        Path svg = dir.resolve("view.svg");

        int exit = run(
                "--export-svg",
                svg.toString(),
                "--from",
                "1950",
                "--to",
                "1966",
                "--countries",
                "KR,JP",
                "--theme",
                "dark",
                DATA);

        assertThat(exit).as(err.toString()).isZero();
        Document document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        NodeList texts = document.getElementsByTagName("text");
        Set<String> shown = new HashSet<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent());
        }
        Dataset dataset = BundledDataset.load().dataset();
        Event treaty = dataset.event("treaty-basic-relations-japan");
        Event war = dataset.event("korean-war");
        assertThat(shown).contains(treaty.title(), war.title(), "1955", "1960");
        assertThat(shown).doesNotContain(dataset.event("un-admission").title());
    }

    @Test
    void givenBadArguments_whenExporting_thenAClearMessageAndExitTwo() {
        Path png = dir.resolve("x.png");

        assertThat(run("--export-png", png.toString(), "--width", "5", DATA)).isEqualTo(2);
        assertThat(err.toString()).contains("--width and --height must be between 100 and 10000 pixels");
        assertThat(run("--export-png", png.toString(), "--from", "1990", "--to", "1980", DATA))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--from/--to: 1980 is before 1990");
        assertThat(run("--export-png", png.toString(), "--countries", "XX", DATA))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--countries: XX is not a country of korea-foreign-relations.json");
        assertThat(run("--export-png", png.toString(), "--theme", "purple", DATA))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--theme must be light or dark, not purple");
        assertThat(run("--export-png", png.toString())).isEqualTo(2);
        assertThat(Files.exists(png)).isFalse();
    }
}
