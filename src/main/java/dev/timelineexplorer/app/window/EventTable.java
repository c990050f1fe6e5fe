package dev.timelineexplorer.app.window;

import dev.timelineexplorer.app.settings.DateTexts;
import dev.timelineexplorer.app.settings.I18n;
import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A sortable table of the shown events: date, title, countries and category, in the interface's language. */
public final class EventTable extends TableView<Event> {
    private final ObservableList<Event> rows = FXCollections.observableArrayList();
    private final I18n i18n;
    private Dataset dataset;

    EventTable(I18n i18n) {
        this.i18n = i18n;
        setId("event-table");
        getStyleClass().add("event-table");
        SortedList<Event> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        Label placeholder = new Label();
        placeholder.textProperty().bind(i18n.binding("table.empty"));
        setPlaceholder(placeholder);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Event, Event> date = column("table.date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setComparator(Comparator.comparingLong(Event::startDay).thenComparingLong(Event::endDayExclusive));
        date.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Event item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DateTexts.of(i18n).range(item));
            }
        });
        date.setPrefWidth(190);

        TableColumn<Event, String> title = column("table.title");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title(i18n.language())));
        title.setPrefWidth(300);

        TableColumn<Event, String> countries = column("table.countries");
        countries.setCellValueFactory(c -> new ReadOnlyStringWrapper(countryNames(c.getValue())));
        countries.setPrefWidth(220);

        TableColumn<Event, String> category = column("table.category");
        category.setCellValueFactory(c -> new ReadOnlyStringWrapper(categoryName(c.getValue())));
        category.setPrefWidth(140);

        getColumns().setAll(List.of(date, title, countries, category));
        getSortOrder().add(date);
        // The rows are drawn again in the new language; the column headings follow their bindings.
        i18n.localeProperty().addListener((o, old, now) -> refresh());
    }

    private <T> TableColumn<Event, T> column(String key) {
        TableColumn<Event, T> column = new TableColumn<>();
        column.textProperty().bind(i18n.binding(key));
        return column;
    }

    /** Shows these events (already filtered), resolving names through the dataset. */
    public void setEvents(Dataset dataset, List<Event> events) {
        this.dataset = dataset;
        rows.setAll(events);
    }

    private String countryNames(Event event) {
        return event.countryCodes().stream()
                .map(code -> {
                    Country country = dataset == null ? null : dataset.country(code);
                    return country == null ? code : country.name().in(i18n.language());
                })
                .collect(Collectors.joining(", "));
    }

    private String categoryName(Event event) {
        Category category = dataset == null ? null : dataset.category(event.categoryId());
        return category == null ? "" : category.name().in(i18n.language());
    }
}
