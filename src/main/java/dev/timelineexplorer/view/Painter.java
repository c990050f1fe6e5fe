package dev.timelineexplorer.view;

import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The drawing operations the timeline and the map use, so that one drawing routine paints the screen ({@link
 * FxPainter}) and exported vector files ({@link SvgPainter}) alike. Coordinates are pixels; the methods mean what the
 * same-named methods of {@link javafx.scene.canvas.GraphicsContext} mean.
 */
public interface Painter {
    /**
     * Moves the origin by a number of pixels, adding to earlier moves, so that one band can be drawn below another in
     * a single picture.
     */
    void translate(double dx, double dy);

    void setFill(Paint paint);

    void setStroke(Paint paint);

    void setLineWidth(double width);

    void setLineCap(StrokeLineCap cap);

    void setFont(Font font);

    Font getFont();

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void setGlobalAlpha(double alpha);

    void fillRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRect(double x, double y, double w, double h);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeLine(double x1, double y1, double x2, double y2);

    void strokeOval(double x, double y, double w, double h);

    void fillPolygon(double[] xs, double[] ys, int points);

    void fillText(String text, double x, double y);

    /**
     * Fills a shape of one or more rings with the current fill and, when {@code outlined}, strokes its outline with
     * the current stroke and line width. Each ring holds {@code pointCounts[i]} points as x, y pairs in pixels; a ring
     * inside another is a hole (the even-odd rule). In vector output the shape is one element, carrying its name.
     *
     * @param title the shape's name (a country's, say), or null for none
     */
    void fillShape(double[][] rings, int[] pointCounts, boolean outlined, String title);

    /**
     * Fills a dot of a radius in pixels around a point with the current fill and, when {@code outlined}, strokes it;
     * one element in vector output, carrying its name.
     *
     * @param title the dot's name, or null for none
     */
    void fillDot(double centerX, double centerY, double radius, boolean outlined, String title);
}
