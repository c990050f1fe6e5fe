package dev.timelineexplorer.view.map;

import dev.timelineexplorer.view.FxPainter;
import dev.timelineexplorer.view.SvgPainter;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javax.xml.stream.XMLStreamException;

/**
 * A world map whose countries are shaded by what a {@link MapShading} says: counts of events, or who had relations
 * on a date. It knows nothing of datasets or filters: its owner gives it the shading, the countries the filter hides
 * (greyed), those to outline (the selected event's) and the names of codes, and hears of clicks through {@link
 * #onCountryActionProperty()}.
 *
 * <p>Shapes come from {@link WorldShapes} (Natural Earth), projected with {@link EqualEarth} around {@link
 * #centralMeridianProperty() a central meridian} in degrees. The map pans by dragging or with Shift and the arrow
 * keys, zooms with the wheel or + and −, and 0 shows it whole again ({@link #resetView()}). The arrow keys move a
 * keyboard focus from country to country; Enter acts on it as a click does, Space as a Ctrl+click.
 *
 * <p>Colours are CSS properties ({@code -map-land}, {@code -map-low}, {@code -map-high} and others, see {@link
 * MapStyle}), so a theme's looked-up colours reach the map. As long as it is over 200 lines, this class holds the
 * control's state only; drawing is {@link MapRenderer}, input is the skin's behaviour.
 */
public class WorldMapView extends Control {
    /**
     * A click on a country, or Enter (show only it) and Space (add or remove it) on the keyboard's country.
     *
     * @param code the country's code
     * @param toggle true for Ctrl+click or Space: add it to, or take it out of, the filter
     */
    public record CountryAction(String code, boolean toggle) {}

    private final DoubleProperty centralMeridian = new SimpleDoubleProperty(this, "centralMeridian", 0);
    private final ObjectProperty<MapShading> shading = new SimpleObjectProperty<>(this, "shading", MapShading.NONE);
    private final ObjectProperty<Set<String>> excludedCodes =
            new SimpleObjectProperty<>(this, "excludedCodes", Set.of());
    private final ObjectProperty<Set<String>> outlinedCodes =
            new SimpleObjectProperty<>(this, "outlinedCodes", Set.of());
    private final ObjectProperty<Function<String, String>> countryNames =
            new SimpleObjectProperty<>(this, "countryNames", Function.identity());
    private final ObjectProperty<Function<String, String>> hoverText =
            new SimpleObjectProperty<>(this, "hoverText", null);
    private final StringProperty excludedLabel = new SimpleStringProperty(this, "excludedLabel", "");
    private final BooleanProperty legendVisible = new SimpleBooleanProperty(this, "legendVisible", true);
    private final ObjectProperty<Consumer<CountryAction>> onCountryAction =
            new SimpleObjectProperty<>(this, "onCountryAction", action -> {});
    private final ReadOnlyObjectWrapper<MapViewport> viewport =
            new ReadOnlyObjectWrapper<>(this, "viewport", MapViewport.whole(600, 300));
    private final ReadOnlyStringWrapper hoveredCode = new ReadOnlyStringWrapper(this, "hoveredCode");
    private final ReadOnlyStringWrapper focusedCode = new ReadOnlyStringWrapper(this, "focusedCode");
    private final MapRenderer renderer = new MapRenderer();

    private MapScreen screen;

    public WorldMapView() {
        getStyleClass().add("world-map-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        centralMeridian.addListener((o, old, now) -> screen = null);
        viewport.addListener((o, old, now) -> screen = null);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new WorldMapViewSkin(this);
    }

    // ------------------------------------------------------------------ properties

    /** The longitude at the centre of the map, degrees from -180 to 180; 0 by default. */
    public DoubleProperty centralMeridianProperty() {
        return centralMeridian;
    }

    /** What the countries' colours say. */
    public ObjectProperty<MapShading> shadingProperty() {
        return shading;
    }

    /** The codes of countries the filter hides, drawn greyed. */
    public ObjectProperty<Set<String>> excludedCodesProperty() {
        return excludedCodes;
    }

    /** The codes of countries to outline, such as the selected event's. */
    public ObjectProperty<Set<String>> outlinedCodesProperty() {
        return outlinedCodes;
    }

    /** The name of a code, for the hover text and titles in exported SVG; the code itself by default. */
    public ObjectProperty<Function<String, String>> countryNamesProperty() {
        return countryNames;
    }

    /** What hovering a country says (its name and counts, say); null to say its name. */
    public ObjectProperty<Function<String, String>> hoverTextProperty() {
        return hoverText;
    }

    /** The legend's label for greyed countries. */
    public StringProperty excludedLabelProperty() {
        return excludedLabel;
    }

    /** Whether the legend is drawn. */
    public BooleanProperty legendVisibleProperty() {
        return legendVisible;
    }

    /** What a click on a country, or Enter and Space on the keyboard's country, asks for. */
    public ObjectProperty<Consumer<CountryAction>> onCountryActionProperty() {
        return onCountryAction;
    }

    /** Which part of the map is shown, and at what size. */
    public ReadOnlyObjectProperty<MapViewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    /** The country under the pointer, or null. */
    public ReadOnlyStringProperty hoveredCodeProperty() {
        return hoveredCode.getReadOnlyProperty();
    }

    /** The country the keyboard is on, or null. */
    public ReadOnlyStringProperty focusedCodeProperty() {
        return focusedCode.getReadOnlyProperty();
    }

    void setHoveredCode(String code) {
        hoveredCode.set(code);
    }

    void setFocusedCode(String code) {
        focusedCode.set(code);
    }

    /** The text shown when hovering a country. */
    public String hoverTextOf(String code) {
        Function<String, String> text = hoverText.get();
        return text == null ? countryNames.get().apply(code) : text.apply(code);
    }

    // ------------------------------------------------------------------ moving around

    /** Shows the whole map again. */
    public void resetView() {
        MapViewport now = viewport.get();
        viewport.set(MapViewport.whole(now.width(), now.height()));
    }

    /** Zooms by a factor around a point of the control, in pixels. */
    public void zoomBy(double factor, double x, double y) {
        viewport.set(viewport.get().zoomed(factor, x, y));
    }

    /** Zooms by a factor around the centre. */
    public void zoomBy(double factor) {
        MapViewport now = viewport.get();
        zoomBy(factor, now.width() / 2, now.height() / 2);
    }

    /** Moves the map by a number of pixels. */
    public void panBy(double dx, double dy) {
        viewport.set(viewport.get().panned(dx, dy));
    }

    void setSize(double width, double height) {
        MapViewport now = viewport.get();
        if (now.width() != width || now.height() != height) {
            viewport.set(now.resized(width, height));
        }
    }

    /** Acts on a country as a click does. */
    public void act(String code, boolean toggle) {
        if (code != null) {
            onCountryAction.get().accept(new CountryAction(code, toggle));
        }
    }

    // ------------------------------------------------------------------ drawing, hit-testing and export

    /** The shapes as placed on screen now. */
    public MapScreen screen() {
        MapScreen current = screen;
        if (current == null) {
            current = MapScreen.of(MapGeometry.of(centralMeridian.get()), viewport.get());
            screen = current;
        }
        return current;
    }

    /** The country drawn at a point of this control, or null. */
    public String countryAt(double x, double y) {
        return screen().countryAt(x, y);
    }

    /** Where a country is drawn now (its dot, or the centre of its largest ring), or null when it is not. */
    public javafx.geometry.Point2D countryPosition(String code) {
        MapScreen.ScreenShape shape = screen().shapes().get(code);
        return shape == null ? null : new javafx.geometry.Point2D(shape.anchorX(), shape.anchorY());
    }

    MapRenderer renderer() {
        return renderer;
    }

    /** The state of the map as one frame of a size, on a screen of the given shapes. */
    MapFrame frame(MapScreen on, double width, double height, boolean withHover) {
        return new MapFrame(
                on,
                width,
                height,
                shading.get(),
                excludedCodes.get(),
                outlinedCodes.get(),
                withHover ? hoveredCode.get() : null,
                withHover && isFocused() ? focusedCode.get() : null,
                countryNames.get(),
                style(),
                legendVisible.get(),
                excludedLabel.get());
    }

    /** The height the map itself takes in a drawing of a size: all of it, less the legend's rows. */
    double mapHeight(double width, double height) {
        int rows = legendVisible.get() ? MapRenderer.legendRows(shading.get(), style(), excludedLabel.get(), width) : 0;
        return Math.max(1, height - rows * MapRenderer.LEGEND_ROW);
    }

    /** The shapes as they would be shown in a drawing of another size, at the same centre and zoom. */
    private MapScreen screenAt(double width, double height) {
        return MapScreen.of(
                MapGeometry.of(centralMeridian.get()), viewport.get().resized(width, mapHeight(width, height)));
    }

    /** The map as it is shown (same centre and zoom), drawn at another size, as an image. */
    public WritableImage renderImage(double width, double height, double scale) {
        return FxPainter.image(width, height, scale, painter -> draw(painter, width, height));
    }

    /** The map as it is shown, drawn at another size, into an SVG document: one element per country, titled. */
    public void renderSvg(OutputStream out, double width, double height) throws XMLStreamException {
        SvgPainter svg = new SvgPainter(out, width, height);
        draw(svg, width, height);
        svg.finish();
    }

    /** Draws the map as shown, at another size, onto any painter (a combined export, say). */
    public void draw(dev.timelineexplorer.view.Painter painter, double width, double height) {
        renderer.draw(frame(screenAt(width, height), width, height, false), painter);
    }

    // ------------------------------------------------------------------ CSS

    private static final StyleablePropertyFactory<WorldMapView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final StyleableObjectProperty<Paint> backgroundFill =
            paint("backgroundFill", "-map-background", s -> s.backgroundFill, MapStyle.LIGHT.background());
    private final StyleableObjectProperty<Paint> seaFill =
            paint("seaFill", "-map-sea", s -> s.seaFill, MapStyle.LIGHT.sea());
    private final StyleableObjectProperty<Paint> landFill =
            paint("landFill", "-map-land", s -> s.landFill, MapStyle.LIGHT.land());
    private final StyleableObjectProperty<Paint> borderStroke =
            paint("borderStroke", "-map-border", s -> s.borderStroke, MapStyle.LIGHT.border());
    private final StyleableObjectProperty<Paint> excludedFill =
            paint("excludedFill", "-map-excluded", s -> s.excludedFill, MapStyle.LIGHT.excluded());
    private final StyleableObjectProperty<Paint> lowFill =
            paint("lowFill", "-map-low", s -> s.lowFill, MapStyle.LIGHT.low());
    private final StyleableObjectProperty<Paint> highFill =
            paint("highFill", "-map-high", s -> s.highFill, MapStyle.LIGHT.high());
    private final StyleableObjectProperty<Paint> activeFill =
            paint("activeFill", "-map-active", s -> s.activeFill, MapStyle.LIGHT.active());
    private final StyleableObjectProperty<Paint> selectionStroke =
            paint("selectionStroke", "-map-selection", s -> s.selectionStroke, MapStyle.LIGHT.selection());
    private final StyleableObjectProperty<Paint> hoverStroke =
            paint("hoverStroke", "-map-hover", s -> s.hoverStroke, MapStyle.LIGHT.hover());
    private final StyleableObjectProperty<Paint> textFill =
            paint("textFill", "-map-text-fill", s -> s.textFill, MapStyle.LIGHT.text());
    private final StyleableObjectProperty<Paint> mutedTextFill =
            paint("mutedTextFill", "-map-muted-text-fill", s -> s.mutedTextFill, MapStyle.LIGHT.mutedText());
    private final StyleableObjectProperty<Font> legendFont = (StyleableObjectProperty<Font>)
            CSS.createStyleableFontProperty(this, "legendFont", "-map-font", s -> s.legendFont, Font.font(12));

    @SuppressWarnings("unchecked")
    private StyleableObjectProperty<Paint> paint(
            String name,
            String css,
            Function<WorldMapView, javafx.css.StyleableProperty<Paint>> property,
            Color initial) {
        return (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(this, name, css, property, initial);
    }

    /** The properties that colour the map, for a skin to redraw when one changes. */
    List<ObjectProperty<?>> styleProperties() {
        return List.of(
                backgroundFill,
                seaFill,
                landFill,
                borderStroke,
                excludedFill,
                lowFill,
                highFill,
                activeFill,
                selectionStroke,
                hoverStroke,
                textFill,
                mutedTextFill,
                legendFont);
    }

    /** The colours and font to draw with now. */
    public MapStyle style() {
        return new MapStyle(
                color(backgroundFill, MapStyle.LIGHT.background()),
                color(seaFill, MapStyle.LIGHT.sea()),
                color(landFill, MapStyle.LIGHT.land()),
                color(borderStroke, MapStyle.LIGHT.border()),
                color(excludedFill, MapStyle.LIGHT.excluded()),
                color(lowFill, MapStyle.LIGHT.low()),
                color(highFill, MapStyle.LIGHT.high()),
                color(activeFill, MapStyle.LIGHT.active()),
                color(selectionStroke, MapStyle.LIGHT.selection()),
                color(hoverStroke, MapStyle.LIGHT.hover()),
                color(textFill, MapStyle.LIGHT.text()),
                color(mutedTextFill, MapStyle.LIGHT.mutedText()),
                legendFont.get() == null ? Font.font(12) : legendFont.get());
    }

    private static Color color(ObjectProperty<Paint> property, Color fallback) {
        return property.get() instanceof Color c ? c : fallback;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    @Override
    public String toString() {
        return "WorldMapView[" + Objects.toString(viewport.get()) + "]";
    }
}
