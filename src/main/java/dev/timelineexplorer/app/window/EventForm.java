package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.io.EventDraft;
import dev.timelineexplorer.io.Problem;
import dev.timelineexplorer.io.ProblemMessages;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.model.InvalidDateException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/**
 * The form of one event: its title, summary and description in each of the dataset's languages (a tab each), its
 * start and end as the format writes them (year, month or day; a minus for BC), its countries (a list with a filter
 * field), category, sources and tags. Every change is read as the loader reads a file's event ({@link EventDraft}),
 * and each field shows the loader's own message for it, so nothing wrong is ever applied. Ctrl+Enter applies and
 * Escape leaves the event as it was.
 */
public final class EventForm {
    private static final KeyCombination APPLY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final I18n i18n;
    private final Dataset dataset;
    private final EventDraft original;
    private final Consumer<Event> onApply;
    private final Stage stage = new Stage();
    private final List<String> languages;
    private final Map<String, TextField> titles = new LinkedHashMap<>();
    private final Map<String, TextField> summaries = new LinkedHashMap<>();
    private final Map<String, TextArea> descriptions = new LinkedHashMap<>();
    private final TextField start = new TextField();
    private final Label startShown = new Label();
    private final TextField end = new TextField();
    private final Label endShown = new Label();
    private final TextField countryFilter = new TextField();
    private final Map<String, BooleanProperty> chosenCountries = new LinkedHashMap<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final TextArea sources = new TextArea();
    private final TextField tags = new TextField();
    private final Map<String, Label> errors = new HashMap<>();
    private final Button apply = new Button();
    private EventDraft.Checked checked;

    private EventForm(
            Stage owner, I18n i18n, Dataset dataset, EventDraft draft, String heading, Consumer<Event> onApply) {
        this.i18n = i18n;
        this.dataset = dataset;
        this.original = draft;
        this.onApply = onApply;
        this.languages = new ArrayList<>(draft.title().keySet());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(heading);
        Scene scene = new Scene(layout(draft), 640, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (APPLY.match(e)) {
                e.consume();
                applyIfValid();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        check();
    }

    /**
     * Shows the form of an event (a new one when the draft has no id), not blocking.
     *
     * @param onApply told the event as the loader reads it, once the user applies a valid form
     */
    public static EventForm show(
            Stage owner, I18n i18n, Dataset dataset, EventDraft draft, String heading, Consumer<Event> onApply) {
        EventForm form = new EventForm(owner, i18n, dataset, draft, heading, onApply);
        form.stage.show();
        TextField first = form.titles.values().iterator().next();
        first.requestFocus();
        first.selectAll();
        return form;
    }

    private VBox layout(EventDraft draft) {
        TabPane texts = new TabPane();
        texts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (String language : languages) {
            TextField title = watched(new TextField(draft.title().getOrDefault(language, "")));
            TextField summary = watched(new TextField(draft.summary().getOrDefault(language, "")));
            TextArea description = watched(new TextArea(draft.description().getOrDefault(language, "")));
            description.setWrapText(true);
            description.setPrefRowCount(4);
            String suffix = language.isEmpty() ? "" : "-" + language;
            title.setId("event-form-title" + suffix);
            summary.setId("event-form-summary" + suffix);
            description.setId("event-form-description" + suffix);
            titles.put(language, title);
            summaries.put(language, summary);
            descriptions.put(language, description);
            GridPane grid = grid();
            row(grid, 0, "form.title", title, "title");
            row(grid, 2, "form.summary", summary, "summary");
            row(grid, 4, "form.description", description, "description");
            Tab tab = new Tab(language.isEmpty() ? i18n.text("form.texts") : languageName(language), grid);
            texts.getTabs().add(tab);
        }

        start.setText(draft.start());
        end.setText(draft.end());
        start.setId("event-form-start");
        end.setId("event-form-end");
        watched(start);
        watched(end);
        tags.setText(String.join(", ", draft.tags()));
        tags.setId("event-form-tags");
        watched(tags);
        sources.setText(sourcesText(draft.sources()));
        sources.setPrefRowCount(3);
        sources.setPromptText(i18n.text("form.sourcesHint"));
        sources.setId("event-form-sources");
        watched(sources);

        category.getItems().add("");
        dataset.categories().forEach(c -> category.getItems().add(c.id()));
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                Category found = dataset.category(id);
                return id == null || id.isEmpty()
                        ? i18n.text("form.noCategory")
                        : found == null ? id : found.name().in(i18n.language());
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        if (!draft.category().isEmpty() && !category.getItems().contains(draft.category())) {
            category.getItems().add(draft.category());
        }
        category.setValue(draft.category());
        category.setId("event-form-category");
        category.valueProperty().addListener((o, was, now) -> check());

        GridPane fields = grid();
        row(fields, 0, "form.start", new HBox(8, start, startShown), "start");
        row(fields, 2, "form.end", new HBox(8, end, endShown), "end");
        Label dateHint = new Label(i18n.text("form.dateHint"));
        dateHint.getStyleClass().add("form-hint");
        dateHint.setWrapText(true);
        dateHint.setMaxWidth(Double.MAX_VALUE);
        dateHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        fields.add(dateHint, 1, 4);
        row(fields, 5, "form.countries", countryChooser(draft.countries()), "countries");
        row(fields, 7, "form.category", category, "category");
        row(fields, 9, "form.sources", sources, "sources");
        row(fields, 11, "form.tags", tags, "tags");

        Label general = errorLabel("");
        apply.setText(i18n.text("form.apply"));
        apply.setId("event-form-apply");
        apply.setOnAction(e -> applyIfValid());
        Button cancel = new Button(i18n.text("form.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, apply, cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        // The fields scroll when the window is smaller than they need, rather than being squeezed over each other.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(new VBox(10, texts, fields));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox root = new VBox(10, scroll, general, buttons);
        root.setPadding(new Insets(12));
        root.setId("event-form");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return root;
    }

    private String languageName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(i18n.getLocale());
        return name.isEmpty() ? tag : name + " (" + tag + ")";
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        grid.setPadding(new Insets(6, 0, 0, 0));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(100);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        return grid;
    }

    /** A labelled field at a row, with its error label under it. */
    private void row(GridPane grid, int row, String key, javafx.scene.Node field, String name) {
        Label label = new Label(i18n.text(key));
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        Label error = errors.containsKey(name) ? new Label() : errorLabel(name);
        grid.add(error, 1, row + 1);
        if (errors.get(name) != error) {
            // A field shown in several tabs (the title of each language): each tab's label shows the same problem.
            error.textProperty().bind(errors.get(name).textProperty());
            error.visibleProperty().bind(errors.get(name).visibleProperty());
            error.managedProperty().bind(errors.get(name).managedProperty());
            error.getStyleClass().add("form-error");
        }
    }

    private Label errorLabel(String name) {
        Label error = new Label();
        error.setId("event-form-error" + (name.isEmpty() ? "" : "-" + name));
        error.getStyleClass().add("form-error");
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        errors.put(name, error);
        return error;
    }

    private VBox countryChooser(List<String> codes) {
        for (Country country : dataset.countries()) {
            chosenCountries.put(country.code(), new SimpleBooleanProperty(codes.contains(country.code())));
        }
        for (String code : codes) {
            chosenCountries.computeIfAbsent(code, c -> new SimpleBooleanProperty(true));
        }
        chosenCountries.values().forEach(p -> p.addListener((o, was, now) -> check()));
        FilteredList<String> shown =
                new FilteredList<>(FXCollections.observableArrayList(chosenCountries.keySet()), c -> true);
        countryFilter.setPromptText(i18n.text("form.countryFilter"));
        countryFilter.setId("event-form-country-filter");
        countryFilter.textProperty().addListener((o, was, now) -> {
            String query = now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(code -> query.isEmpty()
                    || countryLabel(code).toLowerCase(Locale.ROOT).contains(query));
        });
        ListView<String> list = new ListView<>(shown);
        list.setId("event-form-countries");
        list.setPrefHeight(130);
        list.setCellFactory(CheckBoxListCell.forListView(chosenCountries::get, new StringConverter<>() {
            @Override
            public String toString(String code) {
                return countryLabel(code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        }));
        return new VBox(4, countryFilter, list);
    }

    /** "Japan (JP) · Eastern Asia": the name in the interface's language, the code, and the region when known. */
    private String countryLabel(String code) {
        Country country = dataset.country(code);
        if (country == null) {
            return code;
        }
        String region = country.region() == null
                ? ""
                : " · " + i18n.text("region." + country.region().id());
        return country.name().in(i18n.language()) + " (" + code + ")" + region;
    }

    private <T extends TextInputControl> T watched(T field) {
        field.textProperty().addListener((o, was, now) -> check());
        return field;
    }

    private static String sourcesText(List<EventDraft.SourceDraft> sources) {
        StringBuilder text = new StringBuilder();
        for (EventDraft.SourceDraft source : sources) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(source.title().isBlank() ? source.url() : source.title() + " | " + source.url());
        }
        return text.toString();
    }

    /** The form's fields as a draft. */
    public EventDraft draft() {
        Map<String, String> title = new LinkedHashMap<>();
        Map<String, String> summary = new LinkedHashMap<>();
        Map<String, String> description = new LinkedHashMap<>();
        for (String language : languages) {
            title.put(language, titles.get(language).getText());
            summary.put(language, summaries.get(language).getText());
            description.put(language, descriptions.get(language).getText());
        }
        List<String> codes = new ArrayList<>();
        chosenCountries.forEach((code, chosen) -> {
            if (chosen.get()) {
                codes.add(code);
            }
        });
        List<EventDraft.SourceDraft> sourceList = new ArrayList<>();
        for (String line : sources.getText().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            sourceList.add(
                    bar < 0
                            ? new EventDraft.SourceDraft("", line.strip())
                            : new EventDraft.SourceDraft(
                                    line.substring(0, bar).strip(),
                                    line.substring(bar + 1).strip()));
        }
        List<String> tagList = new ArrayList<>();
        for (String tag : tags.getText().split(",")) {
            if (!tag.isBlank()) {
                tagList.add(tag.strip());
            }
        }
        return new EventDraft(
                original.id(),
                title,
                summary,
                description,
                start.getText(),
                end.getText(),
                codes,
                category.getValue(),
                sourceList,
                tagList);
    }

    /** Reads the form as the loader would, and shows each field's problems under it. */
    private void check() {
        if (category.getItems().isEmpty() || titles.isEmpty()) {
            return; // still being built
        }
        checked = draft().check(dataset, i18n.text("form.source"));
        Map<String, List<String>> messages = new HashMap<>();
        checked.problems().forEach((field, problems) -> {
            // Problems on fields the form has no row for (the id, say) are said with the event's.
            String shownAt = errors.containsKey(field) ? field : "";
            for (Problem problem : problems) {
                messages.computeIfAbsent(shownAt, k -> new ArrayList<>())
                        .add(ProblemMessages.message(problem, i18n.getLocale()));
            }
        });
        errors.forEach((field, label) -> {
            List<String> lines = messages.getOrDefault(field, List.of());
            label.setText(String.join("\n", lines));
            label.setVisible(!lines.isEmpty());
            label.setManaged(!lines.isEmpty());
        });
        startShown.setText(shown(start.getText()));
        endShown.setText(shown(end.getText()));
        apply.setDisable(!checked.isValid());
    }

    /** A date as people read it ("25 June 1950", "44 BC"), or nothing while it is not one. */
    private String shown(String text) {
        try {
            return text.isBlank()
                    ? ""
                    : dev.timelineexplorer.app.settings.DateTexts.of(i18n).date(HistoricalDate.parse(text.strip()));
        } catch (InvalidDateException e) {
            return "";
        }
    }

    private void applyIfValid() {
        check();
        if (checked.isValid()) {
            stage.close();
            onApply.accept(checked.event());
        }
    }

    /** The form's window. */
    public Stage stage() {
        return stage;
    }
}
