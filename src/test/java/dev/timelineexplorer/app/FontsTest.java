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
}
