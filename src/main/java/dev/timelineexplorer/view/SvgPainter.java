package dev.timelineexplorer.view;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.TextAlignment;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Paints into an SVG document, shapes as shapes and text as text, through an XML writer (so any text in the data
 * is escaped, never markup). Paints that are not plain colours fall back to grey.
 */
public final class SvgPainter implements Painter {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    /**
     * Fonts to try after the one drawn with: the app's bundled family (Noto Sans KR) first, then common sans-serif
     * fonts that write Korean and other scripts.
     */
    static final List<String> FALLBACK_FONTS = List.of(
            "Noto Sans KR",
            "Noto Sans CJK KR",
            "Noto Sans",
            "Malgun Gothic",
            "Apple SD Gothic Neo",
            "Segoe UI",
            "Helvetica",
            "Arial",
            "sans-serif");

    private final XMLStreamWriter xml;
    private Paint fill = Color.BLACK;
    private Paint stroke = Color.BLACK;
    private double lineWidth = 1;
    private StrokeLineCap lineCap = StrokeLineCap.SQUARE;
    private Font font = Font.getDefault();
    private TextAlignment align = TextAlignment.LEFT;
    private VPos baseline = VPos.BASELINE;
    private double alpha = 1;
    /** Groups opened by {@link #translate}, closed by {@link #finish()}. */
    private int openGroups;

    /** Starts a document of the given size in pixels; call {@link #finish()} at the end. */
    public SvgPainter(OutputStream out, double width, double height) throws XMLStreamException {
        xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("svg");
        xml.writeDefaultNamespace(SVG_NS);
        xml.writeAttribute("width", number(width));
        xml.writeAttribute("height", number(height));
        xml.writeAttribute("viewBox", "0 0 " + number(width) + " " + number(height));
        xml.writeCharacters("\n");
    }

    /** Closes the document and flushes it. */
    public void finish() throws XMLStreamException {
        for (; openGroups > 0; openGroups--) {
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** Opens a group moved by the offset: what follows is drawn in its coordinates. */
    @Override
    public void translate(double dx, double dy) {
        write(() -> {
            xml.writeStartElement("g");
            xml.writeAttribute("transform", "translate(" + number(dx) + "," + number(dy) + ")");
            xml.writeCharacters("\n");
            openGroups++;
        });
    }

    @Override
    public void setFill(Paint paint) {
        fill = paint;
    }

    @Override
    public void setStroke(Paint paint) {
        stroke = paint;
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        lineCap = cap;
    }

    @Override
    public void setFont(Font value) {
        font = value;
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setTextAlign(TextAlignment value) {
        align = value;
    }

    @Override
    public void setTextBaseline(VPos value) {
        baseline = value;
    }

    @Override
    public void setGlobalAlpha(double value) {
        alpha = value;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, true);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        rect(x, y, w, h, arcWidth / 2, true);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, false);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        rect(x, y, w, h, arcWidth / 2, false);
    }

    private void rect(double x, double y, double w, double h, double radius, boolean filled) {
        if (w <= 0 || h <= 0) {
            return;
        }
        element("rect", filled, "x", x, "y", y, "width", w, "height", h, "rx", radius);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        element("line", false, "x1", x1, "y1", y1, "x2", x2, "y2", y2);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        element("ellipse", false, "cx", x + w / 2, "cy", y + h / 2, "rx", w / 2, "ry", h / 2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < points; i++) {
            list.append(number(xs[i])).append(',').append(number(ys[i])).append(' ');
        }
        write(() -> {
            xml.writeEmptyElement("polygon");
            xml.writeAttribute("points", list.toString().strip());
            paint(true);
        });
    }

    @Override
    public void fillText(String text, double x, double y) {
        write(() -> {
            xml.writeStartElement("text");
            xml.writeAttribute("x", number(x));
            xml.writeAttribute("y", number(y));
            xml.writeAttribute("font-family", fontStack());
            xml.writeAttribute("font-size", number(font.getSize()));
            String style = font.getStyle().toLowerCase(Locale.ROOT);
            if (style.contains("bold")) {
                xml.writeAttribute("font-weight", "bold");
            }
            if (FontPosture.findByName(font.getStyle()) == FontPosture.ITALIC || style.contains("italic")) {
                xml.writeAttribute("font-style", "italic");
            }
            if (align == TextAlignment.CENTER) {
                xml.writeAttribute("text-anchor", "middle");
            } else if (align == TextAlignment.RIGHT) {
                xml.writeAttribute("text-anchor", "end");
            }
            if (baseline == VPos.CENTER) {
                xml.writeAttribute("dominant-baseline", "central");
            } else if (baseline == VPos.TOP) {
                xml.writeAttribute("dominant-baseline", "hanging");
            }
            colour("fill", fill);
            xml.writeCharacters(text);
            xml.writeEndElement();
            xml.writeCharacters("\n");
        });
    }

    @Override
    public void fillShape(double[][] rings, int[] pointCounts, boolean outlined, String title) {
        StringBuilder d = new StringBuilder();
        for (int r = 0; r < rings.length; r++) {
            double[] ring = rings[r];
            int n = pointCounts[r];
            if (n < 2) {
                continue;
            }
            d.append('M').append(number(ring[0])).append(' ').append(number(ring[1]));
            for (int i = 1; i < n; i++) {
                d.append('L').append(number(ring[2 * i])).append(' ').append(number(ring[2 * i + 1]));
            }
            d.append('Z');
        }
        write(() -> {
            xml.writeStartElement("path");
            xml.writeAttribute("d", d.toString());
            xml.writeAttribute("fill-rule", "evenodd");
            filledAndOutlined(outlined, title);
        });
    }

    @Override
    public void fillDot(double centerX, double centerY, double radius, boolean outlined, String title) {
        write(() -> {
            xml.writeStartElement("circle");
            xml.writeAttribute("cx", number(centerX));
            xml.writeAttribute("cy", number(centerY));
            xml.writeAttribute("r", number(radius));
            filledAndOutlined(outlined, title);
        });
    }

    /** The paint of a filled, maybe outlined element already opened, its title, and its end. */
    private void filledAndOutlined(boolean outlined, String title) throws XMLStreamException {
        colour("fill", fill);
        if (outlined) {
            colour("stroke", stroke);
            xml.writeAttribute("stroke-width", number(lineWidth));
            xml.writeAttribute("stroke-linejoin", "round");
        }
        if (title != null) {
            xml.writeStartElement("title");
            xml.writeCharacters(title);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /**
     * The font as a CSS font stack: the family drawn with, then families that write Korean and other scripts, so that
     * a viewer without the first still shows every letter.
     */
    private String fontStack() {
        String family = font.getFamily().replace("'", "");
        Stream<String> first = family.equals("System") ? Stream.empty() : Stream.of(family);
        return Stream.concat(first, FALLBACK_FONTS.stream())
                .distinct()
                .map(name -> name.contains(" ") ? "'" + name + "'" : name)
                .collect(Collectors.joining(", "));
    }

    private void element(String name, boolean filled, Object... attributes) {
        write(() -> {
            xml.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute((String) attributes[i], number((Double) attributes[i + 1]));
            }
            paint(filled);
        });
    }

    private void paint(boolean filled) throws XMLStreamException {
        if (filled) {
            colour("fill", fill);
        } else {
            xml.writeAttribute("fill", "none");
            colour("stroke", stroke);
            xml.writeAttribute("stroke-width", number(lineWidth));
            if (lineCap == StrokeLineCap.ROUND) {
                xml.writeAttribute("stroke-linecap", "round");
            }
        }
        xml.writeCharacters("\n");
    }

    private void colour(String attribute, Paint paint) throws XMLStreamException {
        Color color = paint instanceof Color c ? c : Color.GRAY;
        xml.writeAttribute(
                attribute,
                String.format(
                        Locale.ROOT,
                        "#%02x%02x%02x",
                        Math.round(color.getRed() * 255),
                        Math.round(color.getGreen() * 255),
                        Math.round(color.getBlue() * 255)));
        double opacity = color.getOpacity() * alpha;
        if (opacity < 1) {
            xml.writeAttribute(attribute + "-opacity", number(opacity));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private interface XmlWrite {
        void run() throws XMLStreamException;
    }

    private void write(XmlWrite action) {
        try {
            action.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG: " + e.getMessage(), e);
        }
    }
}
