package dev.timelineexplorer.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes, read as each of the formats the loader knows, give a dataset or located problems: never another
 * exception, a hang or memory out of proportion. {@code mvn verify} runs the saved inputs (the files under {@code
 * src/test/resources/dev/timelineexplorer/io/DatasetReadersFuzzTestInputs/}); {@code JAZZER_FUZZ=1} makes each method
 * a fuzzing campaign (see the README).
 */
class DatasetReadersFuzzTest {
    /** The app's own JSON format. */
    @FuzzTest(maxDuration = "30m")
    void ownJson(byte[] bytes) {
        LoaderContract.check(bytes, "dataset.json");
    }

    /** TimelineJS JSON, which the loader recognises by content. */
    @FuzzTest(maxDuration = "30m")
    void timelineJsJson(byte[] bytes) {
        byte[] withEvents = ("{\"events\": [{\"start_date\": "
                        + new String(bytes, java.nio.charset.StandardCharsets.UTF_8) + "}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        LoaderContract.check(bytes, "timeline.json");
        LoaderContract.check(withEvents, "timeline.json");
    }

    /**
     * The two CSV formats: the app's own export as a spreadsheet may have left it (first byte even), and the
     * TimelineJS spreadsheet template (first byte odd), each after its header.
     */
    @FuzzTest(maxDuration = "30m")
    void csv(byte[] bytes) {
        boolean sheet = bytes.length > 0 && (bytes[0] & 1) == 1;
        String header = sheet
                ? "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
                        + "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n"
                : "id,title,start,end,countries,category,summary,description,source_titles,source_urls,tags\r\n";
        byte[] rest = bytes.length > 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
        LoaderContract.check(
                concat(header.getBytes(java.nio.charset.StandardCharsets.UTF_8), rest),
                sheet ? "sheet.csv" : "events.csv");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
