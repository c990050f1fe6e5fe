package dev.timelineexplorer.view;

import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * A legend for a {@link TimelineView}: one swatch per category (or per country, in country colour mode) that
 * occurs among the shown events, in the dataset's order. It follows the view by itself. Which categories or countries
 * occur is found off the JavaFX thread (a million shown events are a million to look at), and the legend changes
 * when the answer is in, if the events shown are still those asked about.
 */
public class TimelineLegend extends FlowPane {
    private static final int MAX_ENTRIES = 40;

    /** Where the shown events are looked through: one daemon thread for every legend. */
    private static final java.util.concurrent.ExecutorService SCAN =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "timeline-legend");
                thread.setDaemon(true);
                return thread;
            });

    private final TimelineView view;
    private final InvalidationListener refresh = o -> refresh();
    /** Counts requests: only the answer to the latest is shown. */
    private long generation;

    public TimelineLegend(TimelineView view) {
        this.view = view;
        getStyleClass().add("timeline-legend");
        setHgap(14);
        setVgap(4);
        setPadding(new Insets(6, 10, 6, 10));
        WeakInvalidationListener weak = new WeakInvalidationListener(refresh);
        view.datasetProperty().addListener(weak);
        view.eventsProperty().addListener(weak);
        view.colorModeProperty().addListener(weak);
        view.textsProperty().addListener(weak);
        refresh();
    }

    private void refresh() {
        long request = ++generation;
        Dataset dataset = view.getDataset();
        if (dataset == null) {
            getChildren().clear();
            return;
        }
        List<Event> events = view.getEvents();
        ColorMode mode = view.getColorMode();
        SCAN.execute(() -> {
            Set<String> used = used(events, mode);
            javafx.application.Platform.runLater(() -> {
                if (request == generation) {
                    show(dataset, mode, used);
                }
            });
        });
    }

    /** The colour keys that occur among events: their categories, or their first countries. */
    static Set<String> used(List<Event> events, ColorMode mode) {
        Set<String> used = new LinkedHashSet<>();
        for (Event event : events) {
            if (mode == ColorMode.COUNTRY) {
                if (!event.countryCodes().isEmpty()) {
                    used.add(event.countryCodes().get(0));
                }
            } else if (event.categoryId() != null) {
                used.add(event.categoryId());
            }
            if (used.size() > MAX_ENTRIES) {
                break;
            }
        }
        return used;
    }

    private void show(Dataset dataset, ColorMode mode, Set<String> used) {
        getChildren().clear();
        TimelineTexts texts = view.getTexts();
        if (mode == ColorMode.COUNTRY) {
            for (Country country : dataset.countries()) {
                if (used.contains(country.code())) {
                    getChildren().add(entry(texts.name(country), country.color()));
                }
            }
        } else {
            for (Category category : dataset.categories()) {
                if (used.contains(category.id())) {
                    getChildren().add(entry(texts.name(category), category.color()));
                }
            }
        }
        // A heading over nothing says nothing: with no colours to explain, the legend stays empty.
        if (!getChildren().isEmpty()) {
            addHeading(texts);
        }
    }

    private void addHeading(TimelineTexts texts) {
        Label heading = new Label(texts.legendHeading(view.getColorMode()));
        heading.getStyleClass().add("legend-heading");
        getChildren().add(0, heading);
    }

    private static Label entry(String name, String color) {
        Label label = new Label(name, new Circle(5, Color.web(color)));
        label.getStyleClass().add("legend-entry");
        return label;
    }
}
