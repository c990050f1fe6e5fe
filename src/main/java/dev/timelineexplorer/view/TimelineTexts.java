package dev.timelineexplorer.view;

import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Era;
import dev.timelineexplorer.model.Event;
import java.util.Locale;

/**
 * The words a timeline draws that are not data: messages on an empty or crowded band, and how an event is named on
 * it. The view knows no language; the application gives it these, and {@link #ENGLISH} serves until then.
 */
public interface TimelineTexts {
    /** English texts, with events named by their titles. */
    TimelineTexts ENGLISH = new TimelineTexts() {};

    /** Shown when the view has no dataset. */
    default String noDataset() {
        return "No dataset loaded";
    }

    /** Shown when the dataset has events but none is shown (all filtered out). */
    default String noEvents() {
        return "No events to show";
    }

    /** Shown over the density histogram when too many events are in view to draw one by one. */
    default String densityMessage(int eventsInView) {
        return String.format(Locale.ROOT, "%,d events here: zoom in to see them one by one", eventsInView);
    }

    /** The number of events a lane has, as its header shows it. */
    default String laneEventCount(int count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** The row standing for lanes that have no events: how many they are. */
    default String emptyLanes(int count) {
        return count == 1 ? "1 lane without events" : String.format(Locale.ROOT, "%,d lanes without events", count);
    }

    /** The label of an event on the timeline and in its tooltip. */
    default String label(Event event) {
        return event.title();
    }

    /** The name of an era, as drawn on its band. */
    default String eraName(Era era) {
        return era.title().text();
    }

    /** The name of a country or organisation, as the legend shows it. */
    default String name(Country country) {
        return country.name().text();
    }

    /** The name of a category, as the legend shows it. */
    default String name(Category category) {
        return category.name().text();
    }

    /** The legend's heading for a colour mode. */
    default String legendHeading(ColorMode mode) {
        return mode == ColorMode.COUNTRY ? "Colour by first country:" : "Colour by category:";
    }

    /** The tooltip of an event under the pointer. */
    default String tooltip(Event event) {
        return label(event) + "\n" + event.dateText();
    }

    /** The date on the time cursor's handle, such as "24 August 1992". */
    default String cursorLabel(double epochDay) {
        return dev.timelineexplorer.model.HistoricalDate.ofEpochDay((long) Math.floor(epochDay))
                .toDisplayString();
    }

    /** What a screen reader calls the timeline. */
    default String accessibleName() {
        return "Timeline";
    }

    /** What a screen reader says of the timeline with an event selected. */
    default String accessibleSelected(Event event) {
        return "Timeline, selected: " + label(event) + ", " + event.dateText();
    }

    /** How to use the timeline from the keyboard, for a screen reader. */
    default String accessibleHelp() {
        return "Plus and minus zoom, arrows pan, Tab selects the next event, Escape clears.";
    }

    /** What the axis writes at its ticks. */
    default AxisLabels axisLabels() {
        return AxisLabels.ENGLISH;
    }
}
