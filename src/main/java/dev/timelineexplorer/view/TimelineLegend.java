package dev.timelineexplorer.view;

import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import java.util.LinkedHashSet;
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
 * occurs among the shown events, in the dataset's order. It follows the view by itself.
 */
public class TimelineLegend extends FlowPane {
    private static final int MAX_ENTRIES = 40;

    private final TimelineView view;
    private final InvalidationListener refresh = o -> refresh();

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
        getChildren().clear();
        Dataset dataset = view.getDataset();
        if (dataset == null) {
            return;
        }
        TimelineTexts texts = view.getTexts();
        Set<String> used = new LinkedHashSet<>();
        for (Event event : view.getEvents()) {
            if (view.getColorMode() == ColorMode.COUNTRY) {
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
        if (view.getColorMode() == ColorMode.COUNTRY) {
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
