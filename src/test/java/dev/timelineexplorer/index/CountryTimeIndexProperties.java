package dev.timelineexplorer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The per-country counts from binary searches agree with counting event by event. */
class CountryTimeIndexProperties {
    private static final List<String> CODES = List.of("KR", "JP", "CN", "US");

    @Property(tries = 200)
    void givenRandomEvents_whenCountingARange_thenTheIndexAgreesWithAScan(
            @ForAll @IntRange(min = 0, max = 60) int count,
            @ForAll @IntRange(min = 1, max = 1_000_000) int seed,
            @ForAll @IntRange(min = 1940, max = 2030) int fromYear,
            @ForAll @IntRange(min = 0, max = 40) int years) {
        java.util.Random random = new java.util.Random(seed);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int year = 1940 + random.nextInt(90);
            HistoricalDate start = HistoricalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            HistoricalDate end = random.nextBoolean() ? null : HistoricalDate.ofYear(year + random.nextInt(6));
            List<String> codes = new ArrayList<>();
            for (String code : CODES) {
                if (random.nextInt(3) == 0) {
                    codes.add(code);
                }
            }
            events.add(new Event("e" + i, "E" + i, start, end, codes, null, "", "", List.of(), List.of(), null));
        }
        events.sort(java.util.Comparator.comparingLong(Event::startDay));
        EventIndex index = EventIndex.of(events);
        double from = HistoricalDate.ofYear(fromYear).firstDay();
        double to = HistoricalDate.ofYear(fromYear + years).endDayExclusive();

        Map<String, Integer> counts = CountryTimeIndex.of(index).countsIn(from, to);

        Map<String, Integer> scanned = new HashMap<>();
        for (Event event : events) {
            if (event.startDay() < to && event.endDayExclusive() > from) {
                for (String code : event.countryCodes()) {
                    scanned.merge(code, 1, Integer::sum);
                }
            }
        }
        assertThat(counts).isEqualTo(scanned);
    }
}
