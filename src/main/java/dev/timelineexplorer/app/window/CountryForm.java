package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.io.CountryDraft;
import dev.timelineexplorer.io.Problem;
import dev.timelineexplorer.io.ProblemMessages;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The form of a country: its name (in the dataset's default language), colour, region and relation periods, one a
 * line as {@code start | end | note} (with the relationship's id first, {@code dprk | 1973 | | note}, in a dataset
 * that compares several). Every change is read as the loader reads the country in a file ({@link CountryDraft}), so
 * overlapping periods, a wrong date or colour are said in the loader's words before anything is applied. Ctrl+Enter
 * applies, Escape leaves the country as it was.
 */
public final class CountryForm {
    private static final KeyCombination APPLY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final I18n i18n;
    private final Dataset dataset;
    private final Country original;
    private final CountryDraft draft;
    private final Consumer<Country> onApply;
    private final Stage stage = new Stage();
    private final TextField name = new TextField();
    private final TextField color = new TextField();
    private final ComboBox<String> region = new ComboBox<>();
    private final TextArea periods = new TextArea();
    private final Map<String, Label> errors = new HashMap<>();
    private final Button apply = new Button();
    private CountryDraft.Checked checked;

    private CountryForm(Stage owner, I18n i18n, Dataset dataset, Country country, Consumer<Country> onApply) {
        this.i18n = i18n;
        this.dataset = dataset;
        this.original = country;
        this.draft = CountryDraft.of(country, dataset);
        this.onApply = onApply;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.text("countryForm.title", country.name().in(i18n.language()), country.code()));
        name.setText(draft.name());
        name.setId("country-form-name");
        color.setText(draft.color());
        color.setId("country-form-color");
        region.getItems().add("");
        for (Region r : Region.values()) {
            region.getItems().add(r.id());
        }
        region.setValue(draft.region());
        region.setId("country-form-region");
        periods.setText(periodsText(draft.periods()));
        periods.setPrefRowCount(6);
        periods.setId("country-form-periods");
        periods.setPromptText(i18n.text(
                dataset.settings().comparesRelationships()
                        ? "countryForm.periodsHintMany"
                        : "countryForm.periodsHint"));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        row(grid, 0, "countryForm.name", name, "name");
        row(grid, 2, "countryForm.color", color, "color");
        row(grid, 4, "countryForm.region", region, "region");
        row(grid, 6, "countryForm.periods", periods, "periods");
        Label hint = new Label(i18n.text(
                dataset.settings().comparesRelationships()
                        ? "countryForm.periodsHintMany"
                        : "countryForm.periodsHint"));
        hint.setWrapText(true);
        grid.add(hint, 1, 8);
        Label general = errorLabel("");
        apply.setText(i18n.text("form.apply"));
        apply.setId("country-form-apply");
        apply.setOnAction(e -> applyIfValid());
        Button cancel = new Button(i18n.text("form.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, apply, cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox root = new VBox(10, grid, general, buttons);
        root.setPadding(new Insets(12));
        root.setId("country-form");
        Scene scene = new Scene(root, 560, 460);
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
        name.textProperty().addListener((o, was, now) -> check());
        color.textProperty().addListener((o, was, now) -> check());
        region.valueProperty().addListener((o, was, now) -> check());
        periods.textProperty().addListener((o, was, now) -> check());
        check();
    }

    /** Shows the form of a country, not blocking; {@code onApply} gets the country as the loader reads it. */
    public static CountryForm show(
            Stage owner, I18n i18n, Dataset dataset, Country country, Consumer<Country> onApply) {
        CountryForm form = new CountryForm(owner, i18n, dataset, country, onApply);
        form.stage.show();
        form.name.requestFocus();
        return form;
    }

    private void row(GridPane grid, int row, String key, javafx.scene.Node field, String field2) {
        Label label = new Label(i18n.text(key));
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        grid.add(errorLabel(field2), 1, row + 1);
    }

    private Label errorLabel(String field) {
        Label error = new Label();
        error.setId("country-form-error" + (field.isEmpty() ? "" : "-" + field));
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        errors.put(field, error);
        return error;
    }

    private String periodsText(List<CountryDraft.PeriodDraft> list) {
        boolean many = dataset.settings().comparesRelationships();
        StringBuilder text = new StringBuilder();
        for (CountryDraft.PeriodDraft p : list) {
            if (text.length() > 0) {
                text.append('\n');
            }
            if (many) {
                text.append(p.relationship().isEmpty() ? firstRelationship() : p.relationship())
                        .append(" | ");
            }
            text.append(p.start()).append(" | ").append(p.end()).append(" | ").append(p.note());
        }
        return text.toString();
    }

    private String firstRelationship() {
        return dataset.settings().relationships().isEmpty()
                ? ""
                : dataset.settings().relationships().get(0).id();
    }

    /** The form's fields as a draft; a period keeps the sources and other-language notes of the one on its line. */
    public CountryDraft draft() {
        boolean many = dataset.settings().comparesRelationships();
        List<CountryDraft.PeriodDraft> list = new ArrayList<>();
        String[] lines = periods.getText().split("\n");
        int index = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            int at = 0;
            String relationship = many && parts.length >= 4 ? parts[at++].strip() : "";
            if (relationship.equals(firstRelationship())) {
                relationship = "";
            }
            String start = parts.length > at ? parts[at++] : "";
            String end = parts.length > at ? parts[at++] : "";
            String note =
                    parts.length > at ? String.join("|", java.util.Arrays.copyOfRange(parts, at, parts.length)) : "";
            CountryDraft.PeriodDraft old =
                    index < draft.periods().size() ? draft.periods().get(index) : null;
            list.add(new CountryDraft.PeriodDraft(
                    relationship,
                    start,
                    end,
                    note,
                    old == null ? List.of() : old.sources(),
                    old == null ? null : old.kept()));
            index++;
        }
        return new CountryDraft(original.code(), name.getText(), color.getText(), region.getValue(), list);
    }

    private void check() {
        checked = draft().check(dataset, original, i18n.text("form.source"));
        Map<String, List<String>> messages = new HashMap<>();
        checked.problems().forEach((field, problems) -> {
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
        apply.setDisable(!checked.isValid());
    }

    private void applyIfValid() {
        check();
        if (checked.isValid()) {
            stage.close();
            onApply.accept(checked.country());
        }
    }

    /** The form's window. */
    public Stage stage() {
        return stage;
    }
}
