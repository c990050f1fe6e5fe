package dev.timelineexplorer.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.testing.FxTestBase;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;

/** The colours a timeline has before CSS applies are those its own stylesheet gives: one light theme, not two. */
class TimelineViewDefaultsTest extends FxTestBase {
    private static Map<String, Object> colours(TimelineView view) {
        Map<String, Object> colours = new LinkedHashMap<>();
        for (CssMetaData<? extends Styleable, ?> meta : TimelineView.getClassCssMetaData()) {
            @SuppressWarnings("unchecked")
            CssMetaData<TimelineView, ?> own = (CssMetaData<TimelineView, ?>) meta;
            if (meta.getProperty().startsWith("-tl-")) {
                Object value = own.getStyleableProperty(view).getValue();
                if (value instanceof Paint) {
                    colours.put(meta.getProperty(), value);
                }
            }
        }
        return colours;
    }

    @Test
    void givenATimeline_whenItsStylesheetApplies_thenNoColourChangesFromItsDefault() {
        Map<String, Object> before = invoke(() -> colours(new TimelineView()));
        Map<String, Object> after = invoke(() -> {
            TimelineView styled = new TimelineView();
            new Scene(new StackPane(styled), 400, 200);
            styled.applyCss();
            return colours(styled);
        });

        assertThat(before).hasSizeGreaterThanOrEqualTo(14);
        assertThat(after).isEqualTo(before);
    }
}
