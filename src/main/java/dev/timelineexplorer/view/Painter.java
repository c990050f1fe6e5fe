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
}
