package dev.timelineexplorer.app.window;

import atlantafx.base.theme.Styles;
import dev.timelineexplorer.app.settings.DateTexts;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.io.json.Urls;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The right-hand pane of the explorer window: everything known about the selected event, or, with no event selected,
 * a hint and the dataset's introduction.
 *
 * <p>For an event it shows the title, dates and duration, the countries as chips (clicking one asks, through {@link
 * #setOnCountryChosen}, to show only that country), the category, summary, description, sources as links, tags, and
 * buttons to step to the previous or next event and to copy a citation. The content scrolls; the buttons stay at the
 * bottom.
 *
 * <p>Everything from the dataset is shown as plain text, never interpreted as markup, and a source link is handed to
 * the {@code openLink} callback only when it is an {@code http} or {@code https} address, whatever the loader has
 * checked before.
 */
public final class EventDetailPane extends VBox {
    private static final String STYLESHEET = Objects.requireNonNull(
                    EventDetailPane.class.getResource("/dev/timelineexplorer/app/detail-pane.css"))
            .toExternalForm();
    /** Blank lines separate paragraphs; a line of only spaces counts as blank. */
    private static final String PARAGRAPH_BREAK = "\\R\\h*\\R";

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "event");
    private final BooleanProperty previousDisabled = new SimpleBooleanProperty(this, "previousDisabled");
    private final BooleanProperty nextDisabled = new SimpleBooleanProperty(this, "nextDisabled");

    private final Consumer<String> openLink;
    private final I18n i18n;
    private Consumer<String> onCountryChosen = code -> {};
    private Runnable onPrevious = () -> {};
    private Runnable onNext = () -> {};

    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final HBox actions;
    private final Button copyCitation = new Button();
    private final PauseTransition copiedFeedback = new PauseTransition(Duration.seconds(1.5));

    /**
     * @param openLink called with the address of a source link the user clicked; only ever given {@code http} or
     *     {@code https} addresses
     */
    public EventDetailPane(Consumer<String> openLink) {
        this(openLink, new I18n(Locale.ENGLISH));
    }

    /**
     * @param openLink called with the address of a source link the user clicked; only ever given {@code http} or
     *     {@code https} addresses
     * @param i18n the language of its labels, and of the data where the data has it
     */
    public EventDetailPane(Consumer<String> openLink, I18n i18n) {
        this.openLink = Objects.requireNonNull(openLink, "openLink");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        getStyleClass().add("event-detail-pane");
        getStylesheets().add(STYLESHEET);

        content.getStyleClass().add("detail-content");
        content.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button previous = new Button(null, new FontIcon(Material2MZ.NAVIGATE_BEFORE));
        previous.textProperty().bind(i18n.binding("detail.previous"));
        previous.setId("detail-previous");
        previous.setTooltip(tooltip("detail.previous.tip"));
        previous.disableProperty().bind(previousDisabled);
        previous.setOnAction(e -> onPrevious.run());
        Button next = new Button(null, new FontIcon(Material2MZ.NAVIGATE_NEXT));
        next.textProperty().bind(i18n.binding("detail.next"));
        next.setId("detail-next");
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.setTooltip(tooltip("detail.next.tip"));
        next.disableProperty().bind(nextDisabled);
        next.setOnAction(e -> onNext.run());
        copyCitation.setId("detail-copy-citation");
        copyCitation.setTooltip(tooltip("detail.copy.tip"));
        copyCitation.setOnAction(e -> copyCitation());
        showCopyLabel(false);
        copiedFeedback.setOnFinished(e -> showCopyLabel(false));
        for (Button button : List.of(previous, next, copyCitation)) {
            button.getStyleClass().add(Styles.SMALL);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        actions = new HBox(previous, next, spacer, copyCitation);
        actions.getStyleClass().add("detail-actions");
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(scroll, actions);
        dataset.addListener((Observable o) -> rebuild());
        event.addListener((Observable o) -> rebuild());
        i18n.localeProperty().addListener((Observable o) -> rebuild());
        rebuild();
    }

    private Tooltip tooltip(String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.binding(key));
        return tip;
    }

    /** The dataset the event belongs to; it names the countries and categories. May be null. */
    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    /** The event shown, or null to show the hint and the dataset's introduction. */
    public ObjectProperty<Event> eventProperty() {
        return event;
    }

    /** Called with a country's code when the user clicks its chip, to show only that country. */
    public void setOnCountryChosen(Consumer<String> handler) {
        onCountryChosen = handler == null ? code -> {} : handler;
    }

    /** Called when the user clicks "Previous". */
    public void setOnPrevious(Runnable handler) {
        onPrevious = handler == null ? () -> {} : handler;
    }

    /** Called when the user clicks "Next". */
    public void setOnNext(Runnable handler) {
        onNext = handler == null ? () -> {} : handler;
    }

    /** Whether "Previous" is disabled, for example on the first event. */
    public BooleanProperty previousDisabledProperty() {
        return previousDisabled;
    }

    /** Whether "Next" is disabled, for example on the last event. */
    public BooleanProperty nextDisabledProperty() {
        return nextDisabled;
    }

    /**
     * A one-line citation of an event, such as {@code Korean War (25 June 1950 – 27 July 1953). In: South Korea:
     * Foreign Relations. Sources: Korean War Armistice Agreement <https://...>.}
     *
     * @param dataset the dataset it comes from, or null to leave out the "In:" part
     */
    public static String citation(Dataset dataset, Event event) {
        return citation(dataset, event, new I18n(Locale.ENGLISH));
    }

    /** A citation in a language: the data's texts in it where it has them, and the words around them. */
    public static String citation(Dataset dataset, Event event, I18n i18n) {
        String language = i18n.language();
        List<String> sentences = new ArrayList<>();
        sentences.add(event.title(language) + " (" + DateTexts.of(i18n).range(event) + ")");
        String title = dataset == null ? "" : dataset.title().in(language);
        if (!title.isBlank()) {
            sentences.add(i18n.text("citation.in", title.strip()));
        }
        if (!event.sources().isEmpty()) {
            sentences.add(i18n.text(
                    "citation.sources",
                    event.sources().stream()
                            .map(s -> s.title().in(language).isBlank()
                                    ? "<" + s.url() + ">"
                                    : s.title().in(language) + " <" + s.url() + ">")
                            .collect(Collectors.joining("; "))));
        }
        // A title may already end with a full stop; never write two.
        return sentences.stream().map(s -> s.endsWith(".") ? s : s + ".").collect(Collectors.joining(" "));
    }

    /** The paragraphs of a plain-text description, separated by blank lines, without the blank ones. */
    public static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split(PARAGRAPH_BREAK)) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        return paragraphs;
    }

    private void rebuild() {
        copiedFeedback.stop();
        showCopyLabel(false);
        Event shown = event.get();
        actions.setVisible(shown != null);
        actions.setManaged(shown != null);
        content.getChildren().setAll(shown == null ? emptyState(dataset.get()) : eventNodes(dataset.get(), shown));
        // A newly chosen event is read from its title.
        scroll.setVvalue(scroll.getVmin());
    }

    private List<Node> emptyState(Dataset data) {
        Label hint = new Label(i18n.text("detail.hint"), new FontIcon(Material2MZ.TOUCH_APP));
        hint.setId("detail-hint");
        hint.getStyleClass().addAll("detail-hint", Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox empty = new VBox(hint);
        empty.setId("detail-empty");
        empty.getStyleClass().add("detail-empty");
        if (data != null) {
            SelectableText title = text(data.title().in(i18n.language()), "detail-dataset-title", "detail-title");
            empty.getChildren().add(title);
            List<String> paragraphs = paragraphs(data.description().in(i18n.language()));
            if (!paragraphs.isEmpty()) {
                empty.getChildren().add(paragraphBox(paragraphs, "detail-dataset-description"));
            }
        }
        return List.of(empty);
    }

    private List<Node> eventNodes(Dataset data, Event shown) {
        String language = i18n.language();
        DateTexts dates = DateTexts.of(i18n);
        List<Node> nodes = new ArrayList<>();
        nodes.add(text(shown.title(language), "detail-title", "detail-title"));
        String duration = dates.duration(shown);
        String range = dates.range(shown);
        nodes.add(text(duration.isEmpty() ? range : range + " · " + duration, "detail-date", "detail-date"));

        if (!shown.countryCodes().isEmpty()) {
            FlowPane chips = new FlowPane();
            chips.setId("detail-countries");
            chips.getStyleClass().add("detail-countries");
            for (String code : shown.countryCodes()) {
                chips.getChildren().add(countryChip(data == null ? null : data.country(code), code));
            }
            nodes.add(chips);
        }

        if (shown.categoryId() != null) {
            Category category = data == null ? null : data.category(shown.categoryId());
            Label label = new Label(
                    category == null ? shown.categoryId() : category.name().in(language),
                    dot(category == null ? null : category.color()));
            label.setId("detail-category");
            label.getStyleClass().add("detail-category");
            label.setWrapText(true);
            nodes.add(label);
        }

        if (!shown.summary(language).isBlank()) {
            nodes.add(text(shown.summary(language).strip(), "detail-summary", "detail-summary"));
        }

        List<String> paragraphs = paragraphs(shown.description(language));
        if (!paragraphs.isEmpty()) {
            nodes.add(paragraphBox(paragraphs, "detail-description"));
        }

        if (!shown.sources().isEmpty()) {
            Label heading = new Label(i18n.text("detail.sources"));
            heading.getStyleClass().add("detail-heading");
            VBox links = new VBox();
            links.setId("detail-sources");
            links.getStyleClass().add("detail-sources");
            for (Source source : shown.sources()) {
                links.getChildren().add(sourceLink(source));
            }
            nodes.add(heading);
            nodes.add(links);
        }

        if (!shown.tags().isEmpty()) {
            Label tags = new Label(
                    shown.tags().stream().map(tag -> "#" + tag.strip()).collect(Collectors.joining(" ")));
            tags.setId("detail-tags");
            tags.getStyleClass().addAll("detail-tags", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            tags.setWrapText(true);
            nodes.add(tags);
        }
        return nodes;
    }

    private Button countryChip(Country country, String code) {
        String name = country == null ? code : country.name().in(i18n.language());
        Button chip = new Button(name, dot(country == null ? null : country.color()));
        chip.getStyleClass().addAll("country-chip", Styles.SMALL, Styles.ROUNDED);
        chip.setUserData(code);
        chip.setTooltip(new Tooltip(i18n.text("detail.onlyCountry", name)));
        chip.setOnAction(e -> onCountryChosen.accept(code));
        return chip;
    }

    private Hyperlink sourceLink(Source source) {
        String url = source.url();
        Hyperlink link = new Hyperlink(source.label(i18n.language()));
        link.setWrapText(true);
        link.setTooltip(new Tooltip(url));
        if (Urls.isWebAddress(url)) {
            link.setOnAction(e -> {
                // Checked again at the moment of opening, so that nothing else can ever reach the callback.
                if (Urls.isWebAddress(url)) {
                    openLink.accept(url);
                }
            });
        } else {
            link.setDisable(true);
        }
        return link;
    }

    private void copyCitation() {
        Event shown = event.get();
        if (shown == null) {
            return;
        }
        ClipboardContent clip = new ClipboardContent();
        clip.putString(citation(dataset.get(), shown, i18n));
        Clipboard.getSystemClipboard().setContent(clip);
        showCopyLabel(true);
        copiedFeedback.playFromStart();
    }

    /** Shows, for a moment after a copy, that it worked; the button keeps its size so nothing jumps. */
    private void showCopyLabel(boolean copied) {
        copyCitation.setText(i18n.text(copied ? "detail.copied" : "detail.copy"));
        copyCitation.setGraphic(new FontIcon(copied ? Material2AL.CHECK : Material2AL.CONTENT_COPY));
    }

    private static VBox paragraphBox(List<String> paragraphs, String id) {
        VBox box = new VBox();
        box.setId(id);
        box.getStyleClass().add("detail-description");
        for (String paragraph : paragraphs) {
            box.getChildren().add(text(paragraph, null, "detail-paragraph"));
        }
        return box;
    }

    private static SelectableText text(String value, String id, String styleClass) {
        SelectableText text = new SelectableText(value);
        if (id != null) {
            text.setId(id);
        }
        text.getStyleClass().add(styleClass);
        return text;
    }

    /** A small dot in a {@code #RRGGBB} colour from the data, or in the theme's muted colour when it has none. */
    private static Circle dot(String color) {
        Circle dot = new Circle(5);
        dot.getStyleClass().add("color-dot");
        Color fill = parseColor(color);
        if (fill == null) {
            dot.getStyleClass().add("unknown-color");
        } else {
            dot.setFill(fill);
        }
        return dot;
    }

    private static Color parseColor(String color) {
        if (color == null) {
            return null;
        }
        try {
            return Color.web(color);
        } catch (IllegalArgumentException e) {
            // The loader checks colours; an unchecked dataset still shows, with a neutral dot.
            return null;
        }
    }
}
