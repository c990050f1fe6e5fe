package dev.timelineexplorer.app.settings;

import dev.timelineexplorer.model.Category;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.Era;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.view.AxisLabels;
import dev.timelineexplorer.view.ColorMode;
import dev.timelineexplorer.view.TimelineTexts;
import java.util.Locale;
import java.util.Objects;

/**
 * The timeline's words in the interface's language: messages from the bundle, events, eras, countries and categories
 * in the data's text for the language (else its default), dates and the axis written as the language writes them. A
 * new instance for each language, as the timeline keeps what it measured per instance.
 */
public final class AppTimelineTexts implements TimelineTexts {
    private final I18n i18n;
    private final String language;
    private final DateTexts dates;

    public AppTimelineTexts(I18n i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.language = i18n.language();
        this.dates = DateTexts.of(i18n);
    }

    /** The texts for the timeline in a language, for an export without a window. */
    public static AppTimelineTexts of(Locale locale) {
        return new AppTimelineTexts(new I18n(locale));
    }

    @Override
    public String noDataset() {
        return i18n.text("timeline.noDataset");
    }

    @Override
    public String noEvents() {
        return i18n.text("timeline.noEvents");
    }

    @Override
    public String densityMessage(int eventsInView) {
        return i18n.text("timeline.density", eventsInView);
    }

    @Override
    public String laneEventCount(int count) {
        return i18n.number(count);
    }

    @Override
    public String emptyLanes(int count) {
        return i18n.text(count == 1 ? "timeline.emptyLane" : "timeline.emptyLanes", count);
    }

    @Override
    public String label(Event event) {
        return event.title(language);
    }

    @Override
    public String eraName(Era era) {
        return era.title().in(language);
    }

    @Override
    public String name(Country country) {
        return country.name().in(language);
    }

    @Override
    public String name(Category category) {
        return category.name().in(language);
    }

    @Override
    public String legendHeading(ColorMode mode) {
        return i18n.text(mode == ColorMode.COUNTRY ? "timeline.legendCountry" : "timeline.legendCategory");
    }

    @Override
    public String tooltip(Event event) {
        return label(event) + "\n" + dates.range(event);
    }

    @Override
    public String cursorLabel(double epochDay) {
        return dates.date(HistoricalDate.ofEpochDay((long) Math.floor(epochDay)));
    }

    @Override
    public String accessibleName() {
        return i18n.text("timeline.accessible");
    }

    @Override
    public String accessibleSelected(Event event) {
        return i18n.text("timeline.accessibleSelected", label(event), dates.range(event));
    }

    @Override
    public String accessibleHelp() {
        return i18n.text("timeline.accessibleHelp");
    }

    @Override
    public AxisLabels axisLabels() {
        return language.equals("ko") ? KoreanAxisLabels.INSTANCE : AxisLabels.ENGLISH;
    }
}
