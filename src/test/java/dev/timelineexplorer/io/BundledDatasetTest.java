package dev.timelineexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.timelineexplorer.model.Dataset;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundledDatasetTest {
    private static final Path DATA_FILE = Path.of("data", BundledDataset.NAME);
    private static final Path SCHEMA_FILE = Path.of("data", "timeline-dataset.schema.json");

    private static Dataset dataset() {
        LoadResult result = BundledDataset.load();
        assertThat(result.problems()).isEmpty();
        return result.dataset();
    }

    @Test
    void givenTheBundledResource_whenLoaded_thenItIsTheDataFileAndValidWithoutWarnings() throws IOException {
        LoadResult fromFile = new DatasetLoader().read(DATA_FILE);

        assertThat(fromFile.problems()).isEmpty();
        assertThat(dataset()).isEqualTo(fromFile.dataset());
        assertThat(dataset().events()).hasSizeGreaterThanOrEqualTo(480);
    }

    @Test
    void givenEveryEvent_whenChecked_thenItHasASummaryADescriptionAndWebSources() {
        for (Event event : dataset().events()) {
            assertThat(event.summary()).as(event.id()).isNotBlank();
            assertThat(event.description()).as(event.id()).isNotBlank();
            assertThat(event.sources()).as(event.id()).isNotEmpty();
            assertThat(event.sources())
                    .extracting(Source::url)
                    .allMatch(url -> url.startsWith("https://") || url.startsWith("http://"));
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "korean-war | 25 June 1950 – 27 July 1953 | KR,KP,US,CN,UN",
                "treaty-basic-relations-japan | 22 June 1965 | KR,JP",
                "un-admission | 17 September 1991 | KR,KP,UN",
                "china-relations | 24 August 1992 | KR,CN",
                "ban-ki-moon-secretary-general | 1 January 2007 | KR,UN",
                "mutual-defense-treaty | 1 October 1953 | KR,US",
                "soviet-relations | 30 September 1990 | KR,RU",
                "nuclear-test-2006 | 9 October 2006 | KP",
                "east-asia-summit-2005 | 14 December 2005 | KR",
                "korus-fta-signed | 30 June 2007 | KR,US",
                "korus-fta-in-force | 15 March 2012 | KR,US",
                "sydney-joint-march | 15 September 2000 | KR,KP",
            })
    void givenAKeyEvent_whenLookedUp_thenItsDatesAndCountriesAreRight(String id, String dates, String countries) {
        Event event = dataset().event(id);

        assertThat(event).as(id).isNotNull();
        assertThat(event.dateText()).isEqualTo(dates);
        assertThat(event.countryCodes()).containsAll(List.of(countries.split(",")));
    }

    @Test
    void givenTheJsonSchema_whenTheBundledDatasetIsValidated_thenItPasses() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA_FILE), InputFormat.JSON);

        List<Error> errors = schema.validate(Files.readString(DATA_FILE), InputFormat.JSON);

        assertThat(errors).isEmpty();
    }

    @Test
    void givenTheJsonSchema_whenABadDatasetIsValidated_thenItFails() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA_FILE), InputFormat.JSON);

        List<Error> badMonth =
                schema.validate("{\"events\": [{\"title\": \"x\", \"start\": \"1965-13\"}]}", InputFormat.JSON);
        List<Error> badRelationship = schema.validate(
                "{\"relationships\": [{\"id\": \"has space\"}], \"events\": [{\"title\": \"x\", \"start\": \"1965\"}]}",
                InputFormat.JSON);

        // Each refused for what is wrong with it, where it is wrong: not for any error at all.
        assertThat(badMonth)
                .isNotEmpty()
                .allSatisfy(error ->
                        assertThat(error.getInstanceLocation().toString()).contains("events", "0", "start"))
                .anySatisfy(error -> assertThat(error.getKeyword()).isEqualTo("pattern"));
        assertThat(badRelationship)
                .isNotEmpty()
                .allSatisfy(error ->
                        assertThat(error.getInstanceLocation().toString()).contains("relationships", "0", "id"))
                .anySatisfy(error -> assertThat(error.getKeyword()).isEqualTo("pattern"));
    }
}
