package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.DateTexts;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.index.EventIndex;
import java.time.LocalDate;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bar at the bottom of the window: how many events are shown and over which years ("Showing 79 of 80 events ·
 * 1948–2023"), a link to the warnings or to a problem met while reloading, and the progress of a load or an export.
 * The counts come from the index: no pass over the events.
 */
public final class StatusBar extends HBox {
    private final I18n i18n;
    private final Label status = new Label();
    private final Hyperlink notice = new Hyperlink();
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final Label time = new Label();
    private Runnable onNotice = () -> {};
    private String noticeKey;
    private Object[] noticeArguments = new Object[0];
    private EventIndex shown;
    private int total;

    StatusBar(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("status-bar");
        status.setId("status-text");
        notice.setId("status-warnings");
        notice.setVisible(false);
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setOnAction(e -> onNotice.run());
        progress.setPrefWidth(160);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        progressText.visibleProperty().bind(progress.visibleProperty());
        progressText.managedProperty().bind(progress.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        time.setId("status-time");
        time.managedProperty().bind(time.visibleProperty());
        time.setVisible(false);
        getChildren().addAll(status, notice, spacer, time, progressText, progress);
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));
        i18n.localeProperty().addListener((o, old, now) -> relabel());
    }

    /** Shows the counts of the events shown, out of all the dataset's. */
    public void showCounts(EventIndex value, int all) {
        shown = value;
        total = all;
        relabel();
    }

    /** Shows what the map says of the time cursor's date, such as "24 August 1992: relations with 73 states"; empty hides it. */
    public void showTime(String text) {
        time.setText(text);
        time.setVisible(text != null && !text.isEmpty());
    }

    /** Shows a short message in place of the counts until they change, such as "Exported korea.png". */
    public void showMessage(String text) {
        status.setText(text);
    }

    /** Shows the counts again in place of a message. */
    public void restoreCounts() {
        relabel();
    }

    /**
     * Shows a link, such as "3 warnings", that runs {@code action} when clicked; a null key hides it.
     *
     * @param key the bundle key of its text, whose pattern gets the arguments
     */
    public void showNotice(String key, Runnable action, Object... arguments) {
        noticeKey = key;
        noticeArguments = arguments;
        onNotice = action == null ? () -> {} : action;
        notice.setVisible(key != null);
        relabel();
    }

    /** Shows the progress of a task (a fraction, or -1 while unknown) with its text; null hides it. */
    public void showProgress(String text, ObservableDoubleValue fraction) {
        progress.progressProperty().unbind();
        if (text == null) {
            progress.setVisible(false);
            return;
        }
        progressText.setText(text);
        progress.progressProperty().bind(fraction);
        progress.setVisible(true);
    }

    private void relabel() {
        if (noticeKey != null) {
            notice.setText(i18n.text(noticeKey, noticeArguments));
        }
        if (shown == null) {
            status.setText("");
            return;
        }
        if (shown.size() == 0) {
            status.setText(i18n.text("status.counts", 0, total));
            return;
        }
        int first = LocalDate.ofEpochDay((long) shown.minStart()).getYear();
        int last = LocalDate.ofEpochDay((long) shown.maxEnd() - 1).getYear();
        // Years as the interface's language writes them: "44 BC" in English, "기원전 44년" in Korean.
        DateTexts dates = DateTexts.of(i18n);
        String years = first == last ? dates.year(first) : dates.year(first) + "–" + dates.year(last);
        status.setText(i18n.text("status.countsYears", shown.size(), total, years));
    }
}
