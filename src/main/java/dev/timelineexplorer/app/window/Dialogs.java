package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.io.Problem;
import dev.timelineexplorer.io.ProblemMessages;
import dev.timelineexplorer.io.Severity;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The window's dialogs: the problems of a file, and errors. Texts come from the language bundles. */
public final class Dialogs {
    private Dialogs() {}

    /**
     * Lists the problems of a file, one per line as {@code file:line:column: error: path: message}, wrapped to the
     * dialog's width, which the user can resize. Not modal to the rest of the app: the data shown stays usable.
     *
     * @param isError whether the file was refused (errors) or opened with warnings
     */
    public static Alert problems(Window owner, I18n i18n, String title, List<Problem> problems, boolean isError) {
        long errors =
                problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        Alert alert = new Alert(isError ? Alert.AlertType.ERROR : Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label summary =
                new Label(isError ? i18n.text("problems.errorsKept", errors) : i18n.text("problems.warningsOpened"));
        summary.setWrapText(true);
        TextArea list = new TextArea(problems.stream()
                .map(problem -> ProblemMessages.format(problem, i18n.getLocale()))
                .collect(Collectors.joining("\n")));
        list.setId("problem-list");
        list.setEditable(false);
        // Long lines wrap instead of scrolling sideways; the monospaced font keeps columns readable.
        list.setWrapText(true);
        list.getStyleClass().add("problem-list");
        list.setPrefColumnCount(80);
        list.setPrefRowCount(Math.max(4, Math.min(16, problems.size() * 2)));
        VBox content = new VBox(10, summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("problems-dialog");
        alert.getDialogPane().setPrefWidth(760);
        styleLike(alert, owner);
        alert.setResizable(true);
        alert.show();
        return alert;
    }

    /** Shows an error with a title and a message saying what went wrong and what still holds. */
    public static Alert error(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        styleLike(alert, owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("problems-dialog");
        alert.setResizable(true);
        alert.show();
        return alert;
    }

    /** Gives a dialog its owner's stylesheets (its colours and, where set, the font that writes Korean). */
    public static void styleLike(Alert alert, Window owner) {
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }
}
