package dev.timelineexplorer.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.index.DatasetIndexes;
import dev.timelineexplorer.index.EventFilter;
import dev.timelineexplorer.io.DatasetLoader;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.testing.FxTestBase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** Numbers and years in the interface's language, whatever the system's. */
class InterfaceLanguageTextsTest extends FxTestBase {
    private static Dataset dataset(int events, String firstStart) throws Exception {
        StringBuilder json = new StringBuilder("{\"events\": [");
        for (int i = 0; i < events; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"title\": \"E")
                    .append(i)
                    .append("\", \"start\": \"")
                    .append(i == 0 ? firstStart : "1950")
                    .append("\", \"countries\": [\"KR\"]}");
        }
        json.append("]}");
        return new DatasetLoader()
                .read(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)), "t.json")
                .dataset();
    }

    @Test
    void givenKorean_whenTheStatusBarCountsEventsFromBc_thenTheYearsAreWrittenInKorean() throws Exception {
        DatasetIndexes indexes = DatasetIndexes.of(dataset(3, "-0043-03-15"));

        String text = invoke(() -> {
            StatusBar bar = new StatusBar(new I18n(Locale.KOREAN));
            bar.showCounts(indexes.events(), 3);
            return ((Label) bar.lookup("#status-text")).getText();
        });

        assertThat(text).contains("기원전 44년–1950년").doesNotContain("BC");
    }

    @Test
    void givenAGermanSystemAndAnEnglishInterface_whenCountsAreShown_thenTheyAreGroupedAsEnglishDoes() throws Exception {
        Locale system = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Dataset dataset = dataset(1200, "1950");
            DatasetIndexes indexes = DatasetIndexes.of(dataset);

            String shown = invoke(() -> {
                FilterSidebar sidebar = new FilterSidebar(new I18n(Locale.ENGLISH));
                sidebar.setDataset(dataset, indexes.filter(), EventFilter.NONE);
                new javafx.scene.Scene(sidebar, 300, 600);
                sidebar.applyCss();
                sidebar.layout();
                return sidebar.lookupAll(".label").stream()
                        .map(node -> ((Label) node).getText())
                        .filter(t -> t != null && t.matches("[0-9.,]+"))
                        .filter(t -> t.length() >= 5)
                        .findFirst()
                        .orElse("");
            });

            assertThat(shown).isEqualTo("1,200");
        } finally {
            Locale.setDefault(system);
        }
    }
}
