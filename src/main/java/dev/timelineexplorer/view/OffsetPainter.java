package dev.timelineexplorer.view;

import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Paints through another painter with its origin moved, so two bands can share one exported picture. */
final class OffsetPainter implements Painter {
    private final Painter target;
    private final double dx;
    private final double dy;

    OffsetPainter(Painter target, double dx, double dy) {
        this.target = target;
        this.dx = dx;
        this.dy = dy;
    }

    @Override
    public void setFill(Paint paint) {
        target.setFill(paint);
    }

    @Override
    public void setStroke(Paint paint) {
        target.setStroke(paint);
    }

    @Override
    public void setLineWidth(double width) {
        target.setLineWidth(width);
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        target.setLineCap(cap);
    }

    @Override
    public void setFont(Font font) {
        target.setFont(font);
    }

    @Override
    public Font getFont() {
        return target.getFont();
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        target.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        target.setTextBaseline(baseline);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        target.setGlobalAlpha(alpha);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        target.fillRect(x + dx, y + dy, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        target.fillRoundRect(x + dx, y + dy, w, h, arcWidth, arcHeight);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        target.strokeRect(x + dx, y + dy, w, h);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        target.strokeRoundRect(x + dx, y + dy, w, h, arcWidth, arcHeight);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        target.strokeLine(x1 + dx, y1 + dy, x2 + dx, y2 + dy);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        target.strokeOval(x + dx, y + dy, w, h);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        double[] movedX = new double[points];
        double[] movedY = new double[points];
        for (int i = 0; i < points; i++) {
            movedX[i] = xs[i] + dx;
            movedY[i] = ys[i] + dy;
        }
        target.fillPolygon(movedX, movedY, points);
    }

    @Override
    public void fillText(String text, double x, double y) {
        target.fillText(text, x + dx, y + dy);
    }
}
