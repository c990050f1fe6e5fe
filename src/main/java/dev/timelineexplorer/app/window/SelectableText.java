package dev.timelineexplorer.app.window;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * A block of plain text that wraps like a label but can be selected and copied like a text field.
 *
 * <p>It is a read-only {@link TextArea} styled flat (style class {@code selectable-text}: no border, no background)
 * whose preferred height follows its content, so that it never scrolls by itself and a surrounding scroll pane does
 * the scrolling. Its height depends on its width ({@link #getContentBias()} is horizontal): the text is measured with
 * the area's own font at the width the area would wrap it to. Nothing is interpreted as markup.
 */
public class SelectableText extends TextArea {
    private static final String STYLESHEET = Objects.requireNonNull(
                    SelectableText.class.getResource("/dev/timelineexplorer/app/detail-pane.css"))
            .toExternalForm();

    /** The bounds type of the text node in JavaFX's text area skin. */
    private static final TextBoundsType SKIN_BOUNDS = TextBoundsType.LOGICAL_VERTICAL_CENTER;

    /** Measures the wrapped text; never shown. */
    private final Text measure = new Text();

    /** Creates an empty block. */
    public SelectableText() {
        this("");
    }

    /** Creates a block showing {@code text} (null shows nothing). */
    public SelectableText(String text) {
        super(Objects.requireNonNullElse(text, ""));
        getStyleClass().add("selectable-text");
        setEditable(false);
        setWrapText(true);
        // A text block is read, not filled in: keep it out of the Tab order; the mouse still selects and copies.
        setFocusTraversable(false);
        // Small preferred and minimum widths so that a narrow pane wraps the text instead of growing wider.
        setPrefColumnCount(12);
        setMinWidth(40);
        setMinHeight(Region.USE_PREF_SIZE);
        setMaxHeight(Region.USE_PREF_SIZE);
        // Width changes reach computePrefHeight through the layout pass; text and font changes must ask for one.
        textProperty().addListener((o, old, now) -> requestLayout());
        fontProperty().addListener((o, old, now) -> requestLayout());
        skinProperty().addListener((o, old, skin) -> hideScrollBars());
    }

    /** The flat look, shared with the detail pane, so that the block looks right wherever it is placed. */
    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width >= 0 ? width : getWidth();
        if (w <= 0) {
            // Not laid out yet: measure at the preferred width.
            w = prefWidth(-1);
        }
        Insets outer = getInsets();
        Insets scroll = insetsOf(lookup(".scroll-pane"));
        Insets content = insetsOf(lookup(".content"));
        double horizontal = outer.getLeft()
                + outer.getRight()
                + scroll.getLeft()
                + scroll.getRight()
                + content.getLeft()
                + content.getRight();
        double vertical = outer.getTop()
                + outer.getBottom()
                + scroll.getTop()
                + scroll.getBottom()
                + content.getTop()
                + content.getBottom();
        // The skin's text node measures lines with these bounds; plain logical bounds can wrap a line differently.
        measure.setBoundsType(lookup(".content .text") instanceof Text shown ? shown.getBoundsType() : SKIN_BOUNDS);
        measure.setFont(getFont());
        measure.setText(getText());
        measure.setWrappingWidth(Math.max(1, w - horizontal));
        // Round up, plus a pixel, so that rounding in the skin's own layout never makes the content overflow.
        return Math.ceil(measure.getLayoutBounds().getHeight() + vertical) + 1;
    }

    private void hideScrollBars() {
        // The height always fits the text, so a scroll bar could only appear from rounding: never show one.
        if (lookup(".scroll-pane") instanceof ScrollPane scrollPane) {
            scrollPane.setVbarPolicy(ScrollBarPolicy.NEVER);
            scrollPane.setHbarPolicy(ScrollBarPolicy.NEVER);
        }
    }

    private static Insets insetsOf(Node node) {
        return node instanceof Region region ? region.getInsets() : Insets.EMPTY;
    }
}
