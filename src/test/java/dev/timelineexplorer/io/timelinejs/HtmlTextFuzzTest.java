package dev.timelineexplorer.io.timelinejs;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any HTML becomes plain text, on one line when asked, without an exception. */
class HtmlTextFuzzTest {
    @FuzzTest(maxDuration = "30m")
    void plain(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        String plain = HtmlText.plain(html);
        String line = HtmlText.oneLine(html);
        if (plain == null || line == null) {
            throw new AssertionError("no text for " + html);
        }
        if (line.contains("\n")) {
            throw new AssertionError("a line break in one line: " + line);
        }
    }
}
