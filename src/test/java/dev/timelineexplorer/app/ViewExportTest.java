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

    /** The fill of the element titled with a country's name in an SVG. */
    private static String fillOf(Document document, String name) {
        NodeList titles = document.getElementsByTagName("title");
        for (int i = 0; i < titles.getLength(); i++) {
            if (name.equals(titles.item(i).getTextContent())) {
                return ((org.w3c.dom.Element) titles.item(i).getParentNode()).getAttribute("fill");
            }
        }
        return null;
    }

    private Document exportMapAt(String date) throws Exception {
        Path svg = dir.resolve("map-" + date + ".svg");
        int exit = run("--export-svg", svg.toString(), "--view", "map", "--at", date, DATA);
        assertThat(exit).as(err.toString()).isZero();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
    }

    @Test
    void givenTheMapAsOfADate_whenExportedAsSvg_thenEachCountryIsOneTitledElementShadedByItsRelations()
            throws Exception {
        Document before = exportMapAt("1992-08-23");
        Document after = exportMapAt("1992-08-24");
        String active = String.format(
                "#%02x%02x%02x",
                Math.round(dev.timelineexplorer.view.map.MapStyle.LIGHT.active().getRed() * 255),
                Math.round(dev.timelineexplorer.view.map.MapStyle.LIGHT.active().getGreen() * 255),
                Math.round(dev.timelineexplorer.view.map.MapStyle.LIGHT.active().getBlue() * 255));

        assertThat(fillOf(before, "China")).isNotEqualTo(active);
        assertThat(fillOf(after, "China")).isEqualTo(active);
        assertThat(fillOf(before, "Taiwan (Republic of China)")).isEqualTo(active);
        assertThat(fillOf(after, "Taiwan (Republic of China)")).isNotEqualTo(active);
        assertThat(fillOf(after, "Japan")).isEqualTo(active);
        assertThat(fillOf(after, "North Korea")).isNotEqualTo(active);
        assertThat(after.getElementsByTagName("title").getLength()).isGreaterThan(200);
    }

    @Test
    void givenBoth_whenExportedAsPng_thenTheMapSitsUnderTheTimelineInOnePicture() throws IOException {
        Path png = dir.resolve("both.png");

        int exit = run("--export-png", png.toString(), "--view", "both", "--width", "1100", "--height", "800", DATA);

        assertThat(exit).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1100);
        assertThat(image.getHeight()).isEqualTo(800);
        Set<Integer> lowerColours = new HashSet<>();
        for (int y = 500; y < 780; y += 5) {
            for (int x = 0; x < image.getWidth(); x += 5) {
                lowerColours.add(image.getRGB(x, y));
            }
        }
        assertThat(lowerColours).as("the map's shades in the lower part").hasSizeGreaterThan(5);
    }

    @Test
    void givenBadMapArguments_whenExporting_thenAClearMessageAndExitTwo() {
        Path png = dir.resolve("x.png");

        assertThat(run("--export-png", png.toString(), "--view", "globe", DATA)).isEqualTo(2);
        assertThat(err.toString()).contains("--view must be timeline, map or both, not globe");
        assertThat(run("--export-png", png.toString(), "--view", "map", "--at", "1992-13", DATA))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--at: ");
        assertThat(Files.exists(png)).isFalse();
    }

    @Test
    void givenKorean_whenTheTimelineAndMapAreExportedAsSvg_thenTitlesDatesAndNamesAreKorean() throws Exception {
        Path svg = dir.resolve("ko.svg");

        int exit = run(
                "--export-svg",
                svg.toString(),
                "--view",
                "both",
                "--lang",
                "ko",
                "--from",
                "1945",
                "--to",
                "1975",
                DATA);

        assertThat(exit).as(err.toString()).isZero();
        String text = Files.readString(svg);
        assertThat(text).contains(">6·25 전쟁<", ">1960년대<", "<title>일본</title>", "보이는 사건 수");
        assertThat(text).contains("Noto Sans CJK KR");
        assertThat(run("--export-svg", svg.toString(), "--lang", "fr", DATA)).isEqualTo(2);
        assertThat(err.toString()).contains("--lang must be en or ko, not fr");
    }

    @Test
    void givenCountriesAndARange_whenEventsAreExportedAsCsv_thenTheFileHoldsThoseEventsAndOpensAgain()
            throws Exception {
        Path csv = dir.resolve("japan.csv");

        int exit = run("--export-csv", csv.toString(), "--countries", "JP", "--from", "1960", "--to", "1970", DATA);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote " + csv);
        dev.timelineexplorer.io.LoadResult again = new dev.timelineexplorer.io.DatasetLoader().read(csv);
        assertThat(again.problems()).isEmpty();
        assertThat(again.dataset().events())
                .isNotEmpty()
                .allMatch(e -> e.countryCodes().contains("JP"))
                .allMatch(e -> e.start().year() <= 1970 && (e.end() == null ? e.start() : e.end()).year() >= 1960)
                .extracting(Event::id)
                .contains("treaty-basic-relations-japan");
    }
}
