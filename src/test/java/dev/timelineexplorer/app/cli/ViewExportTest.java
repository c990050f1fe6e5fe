package dev.timelineexplorer.app.cli;

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
import java.util.List;
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
        assertThat(run("--export-png", png.toString(), "--group-by", "lanes", DATA))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--group-by must be none, country, region or category, not lanes");
        assertThat(run("--export-png", png.toString())).isEqualTo(2);
        assertThat(Files.exists(png)).isFalse();
    }

    @Test
    void givenGroupByCountryAndTwoCountries_whenExportedAsSvg_thenTheLanesAreThoseCountriesNamedInTheirOrder()
            throws IOException {
        Path svg = dir.resolve("lanes.svg");

        assertThat(run("--export-svg", svg.toString(), "--group-by", "country", "--countries", "JP,CN", DATA))
                .isZero();

        String text = Files.readString(svg);
        assertThat(text).contains(">Countries<", ">Japan<", ">China<").doesNotContain(">South Korea<");
        assertThat(text.indexOf(">Japan<")).isLessThan(text.indexOf(">China<"));

        assertThat(run(
                        "--export-svg",
                        svg.toString(),
                        "--group-by",
                        "country",
                        "--countries",
                        "CN,JP",
                        "--lang",
                        "ko",
                        DATA))
                .isZero();
        String korean = Files.readString(svg);
        assertThat(korean).contains(">나라<", ">중국<", ">일본<");
        assertThat(korean.indexOf(">중국<")).isLessThan(korean.indexOf(">일본<"));
    }

    @Test
    void givenGroupByRegion_whenExportedAsPngAndSvg_thenEveryRegionWithEventsIsALaneAndThePngIsFull()
            throws IOException {
        Path svg = dir.resolve("regions.svg");
        Path png = dir.resolve("regions.png");

        assertThat(run("--export-svg", svg.toString(), "--export-png", png.toString(), "--group-by", "region", DATA))
                .isZero();

        String text = Files.readString(svg);
        assertThat(text).contains(">Regions<", ">Asia<", ">Europe<", ">Africa<", ">Americas<", ">Organisations<");
        javafx.scene.image.Image image =
                new javafx.scene.image.Image(png.toUri().toString());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
    }

    /** The fill of the element titled with a country's name in an SVG. */
    /** A country's title and fill in an exported map: its title starts with its name. */
    private static String[] titleAndFill(Document document, String name) {
        NodeList titles = document.getElementsByTagName("title");
        for (int i = 0; i < titles.getLength(); i++) {
            String title = titles.item(i).getTextContent();
            if (title.equals(name) || title.startsWith(name + ": ")) {
                return new String[] {
                    title, ((org.w3c.dom.Element) titles.item(i).getParentNode()).getAttribute("fill")
                };
            }
        }
        return null;
    }

    private Document exportMapAt(String date, String... more) throws Exception {
        Path svg = dir.resolve("map-" + date + ".svg");
        List<String> args =
                new java.util.ArrayList<>(List.of("--export-svg", svg.toString(), "--view", "map", "--at", date));
        args.addAll(List.of(more));
        args.add(DATA);
        int exit = run(args.toArray(String[]::new));
        assertThat(exit).as(err.toString()).isZero();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
    }

    @Test
    void givenTheMapAsOfADate_whenExportedAsSvg_thenEachStateIsOneElementTitledWithItsNameAndClass() throws Exception {
        Document before = exportMapAt("1992-08-23");
        Document after = exportMapAt("1992-08-24");

        assertThat(titleAndFill(before, "China")[0]).isEqualTo("China: DPRK only");
        assertThat(titleAndFill(after, "China")[0]).isEqualTo("China: Relations with both");
        assertThat(titleAndFill(before, "Taiwan (Republic of China)")[0])
                .isEqualTo("Taiwan (Republic of China): ROK only");
        assertThat(titleAndFill(after, "Taiwan (Republic of China)")[0])
                .isEqualTo("Taiwan (Republic of China): Neither");
        assertThat(titleAndFill(after, "Japan")[0]).isEqualTo("Japan: ROK only");
        assertThat(titleAndFill(after, "Cuba")[0]).isEqualTo("Cuba: DPRK only");
        assertThat(titleAndFill(after, "China")[1])
                .as("the four classes have four colours")
                .isNotEqualTo(titleAndFill(after, "Japan")[1])
                .isNotEqualTo(titleAndFill(after, "Cuba")[1])
                .isNotEqualTo(titleAndFill(after, "Taiwan (Republic of China)")[1]);
        assertThat(titleAndFill(after, "Japan")[1]).isNotEqualTo(titleAndFill(after, "Cuba")[1]);
        assertThat(after.getElementsByTagName("title").getLength()).isGreaterThan(200);
    }

    @Test
    void givenKorean_whenTheComparedMapIsExported_thenTitlesAndLegendAreKoreanAndTheChartIsUnderIt() throws Exception {
        Document map = exportMapAt("1975-06-01", "--lang", "ko", "--height", "800");

        assertThat(titleAndFill(map, "쿠바")[0]).isEqualTo("쿠바: 북한만");
        NodeList texts = map.getElementsByTagName("text");
        Set<String> shown = new HashSet<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent());
        }
        assertThat(shown)
                .contains("1975년 6월 1일", "양쪽 모두와 수교", "한국만", "북한만", "어느 쪽과도 없음")
                .contains("수교국 수")
                .anySatisfy(text -> assertThat(text).matches("한국 \\d+"))
                .anySatisfy(text -> assertThat(text).matches("북한 \\d+"));
    }

    @Test
    void givenTheChartView_whenExported_thenItShowsTheCountsOnTheDateAndTheYears() throws Exception {
        Path svg = dir.resolve("chart.svg");
        Path png = dir.resolve("chart.png");

        int exit = run(
                "--export-svg",
                svg.toString(),
                "--export-png",
                png.toString(),
                "--view",
                "chart",
                "--at",
                "1991-09-17",
                "--width",
                "900",
                "--height",
                "300",
                DATA);

        assertThat(exit).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(300);
        Document document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        NodeList texts = document.getElementsByTagName("text");
        Set<String> shown = new HashSet<>();
        for (int i = 0; i < texts.getLength(); i++) {
            shown.add(texts.item(i).getTextContent());
        }
        long day = dev.timelineexplorer.model.HistoricalDate.parse("1991-09-17").firstDay();
        Dataset dataset = BundledDataset.load().dataset();
        int rok = dev.timelineexplorer.index.RelationCounts.of(dataset, "rok").countOn(day);
        int dprk = dev.timelineexplorer.index.RelationCounts.of(dataset, "dprk").countOn(day);
        assertThat(shown).contains("States with relations", "ROK " + rok, "DPRK " + dprk, "1950", "1990", "2020");
        assertThat(rok).isGreaterThan(dprk);
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
        assertThat(err.toString()).contains("--view must be timeline, map, both or chart, not globe");
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

    @Test
    void givenKorean_whenAnExportIsRefused_thenTheMessageIsKorean() {
        Path png = dir.resolve("x.png");

        assertThat(run("--export-png", png.toString(), "--lang", "ko", "--width", "5", DATA))
                .isEqualTo(2);
        assertThat(run("--export-png", png.toString(), "--lang", "ko", "--countries", "XX", DATA))
                .isEqualTo(2);
        assertThat(run("--export-png", png.toString(), "--lang", "ko", "--from", "1950-13", "--to", "1960", DATA))
                .isEqualTo(2);
        assertThat(run("--export-png", png.toString(), "--lang", "ko", "--from", "1990", "--to", "1980", DATA))
                .isEqualTo(2);
        assertThat(run("--export-png", png.toString(), "--lang", "ko", "--from", "1990", DATA))
                .isEqualTo(2);
        assertThat(run("--export-png", png.toString(), "--lang", "ko", "--at", "1950-02-30", DATA))
                .isEqualTo(2);

        assertThat(err.toString())
                .contains("--width와 --height는 100~10000픽셀이어야 합니다")
                .contains("--countries: XX은(는) korea-foreign-relations.json의 나라가 아닙니다")
                .contains("--from/--to: 월은 1~12여야 합니다")
                .contains("--from/--to: 1980은(는) 1990보다 앞섭니다")
                .contains("--from/--to: --from과 --to를 함께 주거나 둘 다 빼세요")
                .contains("--at: 1950년 2월의 일은 1~28이어야 합니다")
                .doesNotContain("must be", "is not a country", "is before", "give both");
    }
}
