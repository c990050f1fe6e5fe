package dev.timelineexplorer.model;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text given as a date either parses, to a date that writes itself back as it was read, or is refused with an
 * {@link InvalidDateException} saying why: never another exception.
 */
class HistoricalDateFuzzTest {
    @FuzzTest(maxDuration = "30m")
    void parse(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        HistoricalDate date;
        try {
            date = HistoricalDate.parse(text);
        } catch (InvalidDateException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("refused without saying why: " + text);
            }
            return;
        }
        HistoricalDate again = HistoricalDate.parse(date.toIsoString());
        if (!again.equals(date) || date.firstDay() >= date.endDayExclusive()) {
            throw new AssertionError(text + " read as " + date + " but written as " + date.toIsoString());
        }
    }
}
