package dev.timelineexplorer.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.testing.FxTestBase;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class FontsTest extends FxTestBase {
    @Test
    void givenTheBundledFont_whenLoaded_thenItsFamilyWritesHangulInRegularAndBold() {
        Fonts.Loaded loaded = invoke(Fonts::bundled);

        assertThat(loaded.failure()).isEmpty();
        assertThat(loaded.family()).contains(Fonts.BUNDLED_FAMILY);
        Font regular = invoke(() -> Font.font(Fonts.BUNDLED_FAMILY, 12));
        Font bold = invoke(() -> Font.font(Fonts.BUNDLED_FAMILY, FontWeight.BOLD, 12));
        assertThat(regular.getFamily()).isEqualTo(Fonts.BUNDLED_FAMILY);
        assertThat(regular.getName()).isEqualTo("Noto Sans KR Regular");
        assertThat(bold.getName()).as("bold comes from the bold file").isEqualTo("Noto Sans KR Bold");
    }

    @Test
    void givenHangulAndLatin_whenMeasuredInTheBundledFont_thenEachSyllableHasTheBundledAdvanceAndLatinIsNarrower() {
        invoke(Fonts::bundled);

        double hangul = invoke(() -> width("한국전쟁", Font.font(Fonts.BUNDLED_FAMILY, 20)));
        double latin = invoke(() -> width("iiii", Font.font(Fonts.BUNDLED_FAMILY, 20)));

        // Noto Sans KR advances every syllable by 920 units of its 1000 to the em: 4 × 0.92 × 20 px, whatever fonts
        // the system has. Noto Sans CJK (a full em), other Korean fonts and boxes measure otherwise.
        assertThat(hangul).isCloseTo(73.6, Offset.offset(0.2));
        assertThat(latin).isLessThan(40);
    }

    @Test
    void givenAMissingOrDamagedFontFile_whenLoaded_thenTheReasonNamesTheFileAndNothingThrows() {
        Fonts.Loaded missing = invoke(() -> Fonts.load(List.of("/dev/timelineexplorer/fonts/none.ttf")));
        Fonts.Loaded notAFont = invoke(() -> Fonts.load(List.of("/dev/timelineexplorer/app/i18n/messages.properties")));

        assertThat(missing.family()).isEmpty();
        assertThat(missing.failure())
                .hasValueSatisfying(why -> assertThat(why).contains("none.ttf").contains("missing"));
        assertThat(notAFont.family()).isEmpty();
        assertThat(notAFont.failure()).hasValueSatisfying(why -> assertThat(why).contains("messages.properties"));
    }

    @Test
    void givenAFamily_whenStyled_thenTheInterfaceTimelineMapAndProblemListsUseIt() {
        assertThat(Fonts.css("Noto Sans KR"))
                .contains(".root, .tooltip, .context-menu { -fx-font-family: \"Noto Sans KR\"; }")
                .contains(".problem-list, .format-summary { -fx-font-family: \"Noto Sans KR\"; }")
                .contains(".timeline-view { -tl-label-font: 12px \"Noto Sans KR\"; }")
                .contains(".world-map-view { -map-font: 12px \"Noto Sans KR\"; }");
    }

    private static double width(String text, Font font) {
        Text node = new Text(text);
        node.setFont(font);
        return node.getLayoutBounds().getWidth();
    }
}
