package dev.timelineexplorer.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Paints on a JavaFX canvas. */
public final class FxPainter implements Painter {
    private final GraphicsContext g;

    public FxPainter(GraphicsContext g) {
        this.g = g;
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void setFill(Paint paint) {
        g.setFill(paint);
    }

    @Override
    public void setStroke(Paint paint) {
        g.setStroke(paint);
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        g.setLineCap(cap);
    }

    @Override
    public void setFont(Font font) {
        g.setFont(font);
    }

    @Override
    public Font getFont() {
        return g.getFont();
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        g.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        g.setTextBaseline(baseline);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        g.setGlobalAlpha(alpha);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        g.fillRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        g.strokeRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.strokeOval(x, y, w, h);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        g.fillPolygon(xs, ys, points);
    }

    @Override
    public void fillText(String text, double x, double y) {
        g.fillText(text, x, y);
    }

    @Override
    public void fillShape(double[][] rings, int[] pointCounts, boolean outlined, String title) {
        g.beginPath();
        for (int r = 0; r < rings.length; r++) {
            double[] ring = rings[r];
            int n = pointCounts[r];
            if (n < 2) {
                continue;
            }
            g.moveTo(ring[0], ring[1]);
            for (int i = 1; i < n; i++) {
                g.lineTo(ring[2 * i], ring[2 * i + 1]);
            }
            g.closePath();
        }
        g.setFillRule(FillRule.EVEN_ODD);
        g.fill();
        if (outlined) {
            g.stroke();
        }
    }

    @Override
    public void fillDot(double centerX, double centerY, double radius, boolean outlined, String title) {
        g.fillOval(centerX - radius, centerY - radius, 2 * radius, 2 * radius);
        if (outlined) {
            g.strokeOval(centerX - radius, centerY - radius, 2 * radius, 2 * radius);
        }
    }

    /**
     * Draws into a new image: a canvas of the size times the pixel density, drawn on through a painter in the
     * size's units, taken as an image with a transparent background. The one way pictures (exports, previews) are
     * made from drawing code.
     *
     * @param width the width in units (pixels at density 1)
     * @param height the height in units
     * @param scale pixels per unit, such as 2 for a sharp double-size image
     */
    public static javafx.scene.image.WritableImage image(
            double width, double height, double scale, java.util.function.Consumer<Painter> drawing) {
        javafx.scene.canvas.Canvas canvas =
                new javafx.scene.canvas.Canvas(Math.ceil(width * scale), Math.ceil(height * scale));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(scale, scale);
        drawing.accept(new FxPainter(g));
        javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
        parameters.setFill(javafx.scene.paint.Color.TRANSPARENT);
        return canvas.snapshot(parameters, null);
    }
}
