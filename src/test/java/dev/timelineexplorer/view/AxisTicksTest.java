package dev.timelineexplorer.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.HistoricalDate;
import dev.timelineexplorer.view.AxisTicks.Tick;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AxisTicksTest {

    private static final double WIDTH = 1200;
    private static final double MIN_GAP = 6;
    private static final ToDoubleFunction<String> LABEL_WIDTH = text -> 7.5 * text.length();
    private static final double DAYS_PER_YEAR = dev.timelineexplorer.model.HistoricalDate.DAYS_PER_YEAR;
    private static final int LEVELS = 30;

    static Stream<Arguments> zoomLevels() {
        double widest = 20_000 * DAYS_PER_YEAR;
        double narrowest = 7;
        List<Arguments> levels = new ArrayList<>();
        for (int centreYear : new int[] {1960, -499, 1}) {
            double centre = LocalDate.of(centreYear, 7, 1).toEpochDay();
            for (int i = 0; i < LEVELS; i++) {
                double span = widest * Math.pow(narrowest / widest, i / (double) (LEVELS - 1));
                levels.add(Arguments.of(HistoricalDate.yearText(centreYear), span, centre));
            }
        }
        return levels.stream();
    }

    @ParameterizedTest(name = "centre {0}, span {1} days")
    @MethodSource("zoomLevels")
    void givenAnyZoomFrom20000YearsToAWeek_whenComputingTicks_thenNoLabelsOverlapAndMajorLabelsNamePeriods(
            String centreName, double span, double centre) {
        // Given
        TimeScale scale = new TimeScale(centre - span / 2, centre + span / 2, WIDTH);

        // When
        AxisTicks ticks = AxisTicks.compute(scale, LABEL_WIDTH, MIN_GAP);

        // Then
        assertNoOverlap(scale, ticks.minor());
        assertNoOverlap(scale, ticks.major());
        assertThat(ticks.minor().stream().filter(t -> t.day() >= scale.startDay() && t.day() <= scale.endDay()))
                .as("visible minor ticks with unit %s", ticks.minorUnit())
                .hasSizeGreaterThanOrEqualTo(2);
        assertCoversView(scale, ticks.minorUnit(), ticks.minor());
        assertThat(labels(ticks.minor())).doesNotContain("0", "0 BC");
        if (ticks.minorUnit().ordinal() >= TickUnit.YEAR.ordinal()) {
            assertYearLabelsMatchTheirDays(ticks.minorUnit(), ticks.minor());
        }
        if (ticks.minorUnit().ordinal() >= TickUnit.MILLENNIUM.ordinal()) {
            // Millennia and coarser name themselves: no major row.
            assertThat(ticks.majorUnit()).isEmpty();
            return;
        }
        assertThat(ticks.major()).as("major ticks").isNotEmpty();
        TickUnit majorUnit = ticks.majorUnit().orElseThrow();
        assertThat(majorUnit).isGreaterThan(ticks.minorUnit());
        assertThat(majorUnit.isNamedPeriod()).as("%s names a period", majorUnit).isTrue();
        assertCoversView(scale, majorUnit, ticks.major());
        assertThat(labels(ticks.major()))
                .as("major labels name periods, never a bare tick year")
                .allSatisfy(label -> assertThat(label).matches(PERIOD_NAME));
    }

    /** A month and year, a year, a decade, a century, a millennium, or a range across the era boundary. */
    private static final String PERIOD_NAME = "((January|February|March|April|May|June|July|August|September|October"
            + "|November|December) \\d+( BC)?|\\d+( BC)?|\\d+s|\\d+–\\d+ BC|AD 1–\\d"
            + "|\\d+(st|nd|rd|th) (century|millennium)( BC)?)";

    @Test
    void givenAZoomOfThreeYears_whenComputingTicks_thenMonthsAreMinorAndYearsMajor() {
        // Given
        double start = LocalDate.of(1964, 1, 1).toEpochDay();
        TimeScale scale = new TimeScale(start, start + 3 * DAYS_PER_YEAR, WIDTH);

        // When
        AxisTicks ticks = AxisTicks.compute(scale, LABEL_WIDTH, MIN_GAP);

        // Then
        assertThat(ticks.minorUnit()).isEqualTo(TickUnit.MONTH);
        assertThat(ticks.majorUnit()).contains(TickUnit.YEAR);
        assertThat(labels(ticks.minor())).startsWith("Jan", "Feb", "Mar");
        assertThat(labels(ticks.major())).containsExactly("1964", "1965", "1966", "1967");
    }

    @Test
    void givenAZoomOfSixtyDays_whenComputingTicks_thenDaysOrWeeksAreMinorAndMonthsMajor() {
        // Given
        double start = LocalDate.of(1965, 6, 10).toEpochDay();
        TimeScale scale = new TimeScale(start, start + 60, WIDTH);

        // When
        AxisTicks ticks = AxisTicks.compute(scale, LABEL_WIDTH, MIN_GAP);

        // Then
        assertThat(ticks.minorUnit()).isIn(TickUnit.DAY, TickUnit.TWO_DAYS, TickUnit.WEEK);
        assertThat(ticks.majorUnit()).contains(TickUnit.MONTH);
        assertThat(labels(ticks.major())).containsExactly("June 1965", "July 1965", "August 1965", "September 1965");
        assertThat(ticks.major().get(0).day())
                .isEqualTo(LocalDate.of(1965, 6, 1).toEpochDay());
    }

    @Test
    void givenAWideZoomOnAWeek_whenComputingTicks_thenWeeksStartOnMondays() {
        // Given: 120 days in 1200 px, 10 px a day: too little for "10" every two days, room for "11 Jan" every week
        double start = LocalDate.of(1965, 1, 1).toEpochDay();
        TimeScale scale = new TimeScale(start, start + 120, WIDTH);

        // When
        AxisTicks ticks = AxisTicks.compute(scale, LABEL_WIDTH, MIN_GAP);

        // Then
        assertThat(ticks.minorUnit()).isEqualTo(TickUnit.WEEK);
        assertThat(ticks.minor())
                .allSatisfy(tick -> assertThat(
                                LocalDate.ofEpochDay((long) tick.day()).getDayOfWeek())
                        .isEqualTo(DayOfWeek.MONDAY));
        assertThat(labels(ticks.minor())).startsWith("28 Dec", "4 Jan", "11 Jan");
    }

    @Test
    void givenYearLevelZoomAcrossTheEra_whenComputingTicks_thenOneBcIsFollowedByOne() {
        // Given: 60 BC .. AD 60 wide enough for one label a year
        TimeScale scale = new TimeScale(yearStart(-59), yearStart(61), 6000);

        // When
        AxisTicks ticks = AxisTicks.compute(scale, LABEL_WIDTH, MIN_GAP);

        // Then
        assertThat(ticks.minorUnit()).isEqualTo(TickUnit.YEAR);
        List<String> labels = labels(ticks.minor());
        assertThat(labels).containsSequence("2 BC", "1 BC", "1", "2");
        assertThat(labels).first().isEqualTo("60 BC");
        assertThat(labels).last().isEqualTo("61");
        assertThat(labels).doesNotContain("0", "0 BC");
        assertYearLabelsMatchTheirDays(ticks.minorUnit(), ticks.minor());
        assertThat(ticks.majorUnit()).contains(TickUnit.DECADE);
        assertThat(labels(ticks.major())).containsSequence("20–11 BC", "10–1 BC", "AD 1–9", "10s", "20s");
    }

    @Test
    void givenDecadeLevelZoomAcrossTheEra_whenComputingTicks_thenTenBcIsFollowedByTen() {
        // Given: 100 BC .. AD 100 in 1200 px, 6 px a year
        TimeScale scale = new TimeScale(yearStart(-99), yearStart(101), WIDTH);

        // When
        AxisTicks ticks = AxisTicks.compute(scale, LABEL_WIDTH, MIN_GAP);

        // Then
        assertThat(ticks.minorUnit()).isEqualTo(TickUnit.DECADE);
        List<String> labels = labels(ticks.minor());
        assertThat(labels).containsSequence("20 BC", "10 BC", "AD 1", "10", "20");
        assertThat(labels).doesNotContain("0", "0 BC", "1 BC", "1");
        assertThat(ticks.minor())
                .filteredOn(tick -> tick.label().equals("10 BC"))
                .singleElement()
                .extracting(Tick::day)
                .isEqualTo((double) yearStart(-9));
        assertYearLabelsMatchTheirDays(ticks.minorUnit(), ticks.minor());
        assertThat(ticks.majorUnit()).contains(TickUnit.CENTURY);
        assertThat(labels(ticks.major()))
                .containsExactly("1st century BC", "1st century", "2nd century", "3rd century");
    }

    @Test
    void givenTheSixtiesAndSeventies_whenComputingTicks_thenTheMajorRowNamesDecadesNotACentury() {
        // Given: 1960 to 1975 in 690 px
        TimeScale scale = new TimeScale(yearStart(1960), yearStart(1975), 690);

        // When
        AxisTicks ticks = AxisTicks.compute(scale, LABEL_WIDTH, MIN_GAP);

        // Then
        assertThat(ticks.majorUnit()).contains(TickUnit.DECADE);
        assertThat(labels(ticks.major())).startsWith("1960s", "1970s").doesNotContain("1900", "20th century");
    }

    @Test
    void givenAncientRomeFrom800BcToAd500_whenComputingTicks_thenFiveOrMoreMinorLabelsAndNamedMillennia() {
        // Given
        TimeScale scale = new TimeScale(yearStart(-799), yearStart(500), 690);

        // When
        AxisTicks ticks = AxisTicks.compute(scale, LABEL_WIDTH, MIN_GAP);

        // Then
        assertThat(visible(scale, ticks.minor())).hasSizeGreaterThanOrEqualTo(5);
        assertThat(labels(ticks.major()))
                .doesNotContain("5000 BC")
                .allSatisfy(label -> assertThat(label).matches(PERIOD_NAME));
        assertThat(labels(ticks.major())).contains("1st millennium BC", "1st millennium");
    }

    static List<Tick> visible(TimeScale scale, List<Tick> ticks) {
        return ticks.stream()
                .filter(t -> t.day() >= scale.startDay() && t.day() < scale.endDay())
                .toList();
    }

    @Test
    void givenAViewBeyondTheLastYear_whenComputingTicks_thenTicksStayWithinYearsMinus9999To9999() {
        // Given
        TimeScale scale = new TimeScale(yearStart(-12_000), yearStart(12_000), WIDTH);

        // When
        AxisTicks ticks = AxisTicks.compute(scale, LABEL_WIDTH, MIN_GAP);

        // Then
        assertThat(ticks.minor())
                .isNotEmpty()
                .allSatisfy(
                        tick -> assertThat(tick.day()).isBetween((double) yearStart(-9999), (double) yearStart(9999)));
        assertThat(labels(ticks.minor())).first().isEqualTo("10000 BC");
        assertNoOverlap(scale, ticks.minor());
    }

    @Test
    void givenAVeryWideCanvasAtFullZoomOut_whenComputingTicks_thenTicksAreCapped() {
        // Given: ten million pixels would fit a label for every year; the cap keeps the work bounded
        TimeScale scale = new TimeScale(yearStart(-9999), yearStart(10_000), 10_000_000);

        // When
        AxisTicks ticks = AxisTicks.compute(scale, LABEL_WIDTH, MIN_GAP);

        // Then
        assertThat(ticks.minor()).hasSizeLessThanOrEqualTo(AxisTicks.MAX_TICKS);
        assertNoOverlap(scale, ticks.minor());
    }

    @Test
    void givenTwoDayTicks_whenComputingTicks_thenNeighboursAreAtLeastTwoDaysApartAcrossMonthEnds() {
        // Given: 12 px a day, too little for "1" (13.5 px with the gap) every day, room for "29" every two days
        double start = LocalDate.of(1964, 1, 1).toEpochDay();
        TimeScale scale = new TimeScale(start, start + 100, 1200);

        // When
        AxisTicks ticks = AxisTicks.compute(scale, LABEL_WIDTH, MIN_GAP);

        // Then
        assertThat(ticks.minorUnit()).isEqualTo(TickUnit.TWO_DAYS);
        List<Tick> minor = ticks.minor();
        for (int i = 1; i < minor.size(); i++) {
            assertThat(minor.get(i).day() - minor.get(i - 1).day()).isBetween(2.0, 3.0);
        }
        // January ends 29, 1 and February 1964, 29 days long, ends 27, 1
        assertThat(labels(minor)).containsSequence("27", "29", "1", "3", "5");
        Tick firstOfMarch = new Tick(LocalDate.of(1964, 3, 1).toEpochDay(), "1");
        assertThat(minor).contains(firstOfMarch);
        assertThat(minor.get(minor.indexOf(firstOfMarch) - 1)).isEqualTo(new Tick(firstOfMarch.day() - 3, "27"));
    }

    private static void assertNoOverlap(TimeScale scale, List<Tick> ticks) {
        for (int i = 1; i < ticks.size(); i++) {
            Tick left = ticks.get(i - 1);
            Tick right = ticks.get(i);
            assertThat(scale.toX(right.day()) - scale.toX(left.day()))
                    .as("space after label %s before %s", left.label(), right.label())
                    .isGreaterThanOrEqualTo(LABEL_WIDTH.applyAsDouble(left.label()) + MIN_GAP);
        }
    }

    /** The ticks run from the one at or before the left edge to the one at or after the right, where they exist. */
    private static void assertCoversView(TimeScale scale, TickUnit unit, List<Tick> ticks) {
        assertThat(ticks).isSortedAccordingTo((a, b) -> Double.compare(a.day(), b.day()));
        long first = (long) ticks.get(0).day();
        long last = (long) ticks.get(ticks.size() - 1).day();
        if (first > scale.startDay()) {
            assertThat(unit.floorTick(first - 1)).as("tick before %s", first).isLessThan(yearStart(-9999));
        }
        if (last < scale.endDay()) {
            assertThat(unit.nextTick(last)).as("tick after %s", last).isGreaterThanOrEqualTo(yearStart(10_000));
        }
    }

    /**
     * Year ticks start their year and read as AD years or BC numbers that are multiples of the step, but for the tick
     * on AD 1 where the era begins.
     */
    private static void assertYearLabelsMatchTheirDays(TickUnit unit, List<Tick> ticks) {
        assertThat(ticks).allSatisfy(tick -> {
            LocalDate date = LocalDate.ofEpochDay((long) tick.day());
            assertThat(date.getDayOfYear()).isEqualTo(1);
            if (unit.amount() > 1 && date.getYear() == 1) {
                assertThat(tick.label()).isEqualTo("AD 1");
                return;
            }
            assertThat(tick.label()).isEqualTo(HistoricalDate.yearText(date.getYear()));
            int number = date.getYear() > 0 ? date.getYear() : 1 - date.getYear();
            assertThat(number % unit.amount())
                    .as("%s is a multiple of %s", tick.label(), unit)
                    .isZero();
        });
    }

    private static List<String> labels(List<Tick> ticks) {
        return ticks.stream().map(Tick::label).toList();
    }

    private static long yearStart(int year) {
        return LocalDate.of(year, 1, 1).toEpochDay();
    }
}
