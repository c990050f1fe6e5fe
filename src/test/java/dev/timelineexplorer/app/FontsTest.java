package dev.timelineexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FontsTest {
    @Test
    void givenInstalledFamilies_whenAHangulOneIsLookedFor_thenTheFirstKnownIsChosen() {
        assertThat(Fonts.hangulFamily(Set.of("DejaVu Sans", "NanumGothic", "Noto Sans CJK KR")))
                .contains("Noto Sans CJK KR");
        assertThat(Fonts.hangulFamily(Set.of("DejaVu Sans", "NanumGothic"))).contains("NanumGothic");
        assertThat(Fonts.hangulFamily(Set.of("DejaVu Sans"))).isEmpty();
    }

    @Test
    void givenKoreanToShow_whenNoFontWritesIt_thenItIsMissingOnLinuxOnly() {
        Set<String> latinOnly = Set.of("DejaVu Sans", "Liberation Sans");

        assertThat(Fonts.hangulMissing(true, "Linux", latinOnly)).isTrue();
        assertThat(Fonts.hangulMissing(false, "Linux", latinOnly))
                .as("no Korean to show")
                .isFalse();
        assertThat(Fonts.hangulMissing(true, "Linux", Set.of("Noto Sans CJK KR")))
                .isFalse();
        assertThat(Fonts.hangulMissing(true, "Mac OS X", latinOnly))
                .as("the system falls back")
                .isFalse();
    }

    @Test
    void givenAFixedWidthHangulFamily_whenStyled_thenProblemListsUseItAndOtherwiseTheHangulFamily() {
        assertThat(Fonts.css(Set.of("Noto Sans CJK KR", "Noto Sans Mono CJK KR", "DejaVu Sans Mono")))
                .contains(".root, .tooltip, .context-menu { -fx-font-family: \"Noto Sans CJK KR\"; }")
                .contains(".problem-list, .format-summary { -fx-font-family: \"Noto Sans Mono CJK KR\"; }");
        assertThat(Fonts.css(Set.of("NanumGothic", "DejaVu Sans Mono")))
                .as("no fixed-width family writes Hangul: the proportional one, rather than boxes")
                .contains(".problem-list, .format-summary { -fx-font-family: \"NanumGothic\"; }");
    }
}
