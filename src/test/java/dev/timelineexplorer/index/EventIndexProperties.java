package dev.timelineexplorer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class EventIndexProperties {

    /** A query interval {@code [t0, t1)} in epoch days; may be empty, reversed or infinite. */
    record Query(double t0, double t1) {}

    /** Events sorted as the caller supplies them, some queries, and a random choice of positions. */
    record Scenario(List<Event> events, List<Query> queries, List<Boolean> chosen) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("Scenario[events=");
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                out.append(i == 0 ? "" : ", ")
                        .append('[')
                        .append(e.startDay())
                        .append(", ")
                        .append(e.endDayExclusive())
                        .append(')');
            }
            return out.append(", queries=")
                    .append(queries)
                    .append(", chosen=")
                    .append(chosen)
                    .append(']')
                    .toString();
        }
    }

    private static final long FIRST_DAY = HistoricalDate.ofYear(-3000).firstDay();
    private static final long LAST_DAY = HistoricalDate.ofYear(3000).firstDay();

    @Provide
    Arbitrary<Scenario> scenarios() {
        return events().flatMap(events -> Combinators.combine(
                        queries(events).list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.of(true, false).list().ofSize(events.size()))
                .as((queries, chosen) -> new Scenario(events, queries, chosen)));
    }

    private static Arbitrary<List<Event>> events() {
        // Days near 0 give many ties and touching extents; the wide range spreads events over six thousand years.
        Arbitrary<Long> day = Arbitraries.oneOf(
                Arbitraries.longs().between(-20, 20), Arbitraries.longs().between(FIRST_DAY, LAST_DAY));
        Arbitrary<Integer> year = Arbitraries.oneOf(
                Arbitraries.integers().between(1968, 1972),
                Arbitraries.integers().between(-3000, 3000));
        Arbitrary<Long> spanLength = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0L)),
                Tuple.of(5, Arbitraries.longs().between(1, 40)),
                Tuple.of(2, Arbitraries.longs().between(41, 40_000)),
                Tuple.of(1, Arbitraries.longs().between(365_000, 1_800_000)));
        Arbitrary<Integer> yearSpan = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 3)),
                Tuple.of(1, Arbitraries.integers().between(1000, 5000)));
        Arbitrary<Event> dayPoint = day.map(d -> event(HistoricalDate.ofEpochDay(d), null));
        Arbitrary<Event> yearPoint = year.map(y -> event(HistoricalDate.ofYear(y), null));
        Arbitrary<Event> monthPoint = Combinators.combine(
                        year, Arbitraries.integers().between(1, 12))
                .as((y, m) -> event(HistoricalDate.ofMonth(y, m), null));
        Arbitrary<Event> daySpan = Combinators.combine(day, spanLength)
                .as((d, length) -> event(HistoricalDate.ofEpochDay(d), HistoricalDate.ofEpochDay(d + length)));
        Arbitrary<Event> yearSpanEvent = Combinators.combine(year, yearSpan)
                .as((y, length) -> event(HistoricalDate.ofYear(y), HistoricalDate.ofYear(y + length)));
        return Arbitraries.frequencyOf(
                        Tuple.of(3, dayPoint),
                        Tuple.of(1, yearPoint),
                        Tuple.of(1, monthPoint),
                        Tuple.of(3, daySpan),
                        Tuple.of(1, yearSpanEvent))
                .list()
                .ofMaxSize(150)
                .map(EventIndexProperties::sorted);
    }

    private static Arbitrary<Query> queries(List<Event> events) {
        List<Arbitrary<Double>> points = new ArrayList<>(List.of(
                Arbitraries.integers().between(-25, 25).map(Integer::doubleValue),
                Arbitraries.doubles().between(FIRST_DAY - 1000.0, LAST_DAY + 1000.0),
                Arbitraries.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)));
        if (!events.isEmpty()) {
            // Exactly at an event's start or end, where off-by-one errors live.
            points.add(Arbitraries.of(events)
                    .flatMap(e -> Arbitraries.of(
                            (double) e.startDay(),
                            (double) e.endDayExclusive(),
                            e.startDay() - 0.5,
                            e.endDayExclusive() - 0.5)));
        }
        Arbitrary<Double> point = Arbitraries.oneOf(points);
        Arbitrary<Double> length = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0.0)),
                Tuple.of(3, Arbitraries.integers().between(1, 30).map(Integer::doubleValue)),
                Tuple.of(2, Arbitraries.doubles().between(0, 1000)),
                Tuple.of(1, Arbitraries.doubles().between(1e5, 1e7)),
                Tuple.of(1, Arbitraries.just(Double.POSITIVE_INFINITY)));
        // -inf + inf is NaN: an unbounded query then reaches +inf
        Arbitrary<Query> byLength = Combinators.combine(point, length)
                .as((t0, l) -> new Query(t0, Double.isNaN(t0 + l) ? Double.POSITIVE_INFINITY : t0 + l));
        Arbitrary<Query> twoPoints = Combinators.combine(point, point).as(Query::new);
        Arbitrary<Query> emptyAt = point.map(t -> new Query(t, t));
        return Arbitraries.frequencyOf(Tuple.of(4, byLength), Tuple.of(2, twoPoints), Tuple.of(1, emptyAt));
    }

    @Property(tries = 400)
    void givenEvents_whenQueryingAnInterval_thenTheIndexFindsWhatAScanFinds(@ForAll("scenarios") Scenario scenario) {
        // Given
        EventIndex index = EventIndex.of(scenario.events());

        for (Query query : scenario.queries()) {
            // When
            int[] found = index.intersecting(query.t0(), query.t1());
            List<Integer> visited = new ArrayList<>();
            index.forEachIntersecting(query.t0(), query.t1(), visited::add);

            // Then: same positions in the same order, and the same count
            int[] expected = scan(scenario.events(), query.t0(), query.t1());
            assertThat(found).as("intersecting %s", query).containsExactly(expected);
            assertThat(visited).as("forEachIntersecting %s", query).containsExactly(boxed(expected));
            assertThat(index.countIntersecting(query.t0(), query.t1()))
                    .as("countIntersecting %s", query)
                    .isEqualTo(expected.length);
        }
    }

    @Property(tries = 200)
    void givenAnEmptyInterval_whenQuerying_thenNothingIntersects(@ForAll("scenarios") Scenario scenario) {
        // Given
        EventIndex index = EventIndex.of(scenario.events());

        for (Query query : scenario.queries()) {
            // When: [t, t) and the reversed [t1, t0) when t0 < t1
            double t = query.t0();
            double low = Math.min(query.t0(), query.t1());
            double high = Math.max(query.t0(), query.t1());

            // Then
            assertThat(index.intersecting(t, t)).isEmpty();
            assertThat(index.countIntersecting(t, t)).isZero();
            if (low < high) {
                assertThat(index.intersecting(high, low)).isEmpty();
                assertThat(index.countIntersecting(high, low)).isZero();
            }
        }
    }

    @Property(tries = 300)
    void givenEvents_whenCountingPerBucket_thenEachSliceMatchesAScan(
            @ForAll("scenarios") Scenario scenario, @ForAll("bucketCounts") int buckets) {
        // Given
        EventIndex index = EventIndex.of(scenario.events());

        for (Query query : scenario.queries()) {
            Query range = finiteAndOrdered(query);

            // When
            double[] edges = EventIndex.bucketEdges(range.t0(), range.t1(), buckets);
            int[] starting = index.countStartsPerBucket(range.t0(), range.t1(), buckets);
            int[] covering = index.countCoveringPerBucket(range.t0(), range.t1(), buckets);

            // Then: the slices are the equal slices of the range
            assertThat(edges).hasSize(buckets + 1);
            assertThat(edges[0]).isEqualTo(range.t0());
            if (buckets > 0) {
                assertThat(edges[buckets]).isEqualTo(range.t1());
            }
            double width = range.t1() - range.t0();
            for (int i = 0; i < buckets; i++) {
                assertThat(edges[i]).isLessThanOrEqualTo(edges[i + 1]);
                assertThat(edges[i]).isCloseTo(range.t0() + width * i / buckets, within(1e-6 * (1 + width)));
            }
            // and each count is what a scan of that slice finds
            assertThat(starting).hasSize(buckets);
            assertThat(covering).hasSize(buckets);
            for (int i = 0; i < buckets; i++) {
                double from = edges[i];
                double to = edges[i + 1];
                long starts = scenario.events().stream()
                        .filter(e -> e.startDay() >= from && e.startDay() < to)
                        .count();
                assertThat(starting[i]).as("starts in slice %d of %s", i, range).isEqualTo((int) starts);
                assertThat(covering[i])
                        .as("events over slice %d of %s", i, range)
                        .isEqualTo(scan(scenario.events(), from, to).length);
            }
            if (buckets > 0) {
                long startsInRange = scenario.events().stream()
                        .filter(e -> e.startDay() >= range.t0() && e.startDay() < range.t1())
                        .count();
                assertThat(IntStream.of(starting).sum()).isEqualTo((int) startsInRange);
            }
        }
    }

    @Provide
    Arbitrary<Integer> bucketCounts() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0, 1)),
                Tuple.of(4, Arbitraries.integers().between(2, 40)),
                Tuple.of(1, Arbitraries.integers().between(200, 600)));
    }

    @Property(tries = 300)
    void givenChosenPositions_whenTakingASubset_thenItEqualsIndexingTheFilteredEvents(
            @ForAll("scenarios") Scenario scenario) {
        // Given
        List<Event> events = scenario.events();
        BitSet bits = new BitSet();
        List<Event> filtered = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (scenario.chosen().get(i)) {
                bits.set(i);
                filtered.add(events.get(i));
            }
        }

        // When
        EventIndex subset = EventIndex.of(events).subset(bits);
        EventIndex direct = EventIndex.of(filtered);

        // Then
        assertThat(subset.size()).isEqualTo(direct.size());
        assertThat(subset.events()).containsExactlyElementsOf(filtered);
        for (int i = 0; i < subset.size(); i++) {
            assertThat(subset.event(i)).isSameAs(filtered.get(i));
            assertThat(subset.start(i)).isEqualTo(direct.start(i));
            assertThat(subset.end(i)).isEqualTo(direct.end(i));
        }
        assertThat(Double.compare(subset.minStart(), direct.minStart())).isZero();
        assertThat(Double.compare(subset.maxEnd(), direct.maxEnd())).isZero();
        for (Query query : scenario.queries()) {
            assertThat(subset.intersecting(query.t0(), query.t1()))
                    .containsExactly(direct.intersecting(query.t0(), query.t1()));
            assertThat(subset.countIntersecting(query.t0(), query.t1()))
                    .isEqualTo(direct.countIntersecting(query.t0(), query.t1()));
            Query range = finiteAndOrdered(query);
            assertThat(subset.countCoveringPerBucket(range.t0(), range.t1(), 7))
                    .containsExactly(direct.countCoveringPerBucket(range.t0(), range.t1(), 7));
        }
    }

    @Property(tries = 200)
    void givenEvents_whenIndexing_thenPositionsExtentsAndBoundsMatchTheList(@ForAll("scenarios") Scenario scenario) {
        // When
        List<Event> events = scenario.events();
        EventIndex index = EventIndex.of(events);

        // Then
        assertThat(index.size()).isEqualTo(events.size());
        for (int i = 0; i < events.size(); i++) {
            assertThat(index.event(i)).isSameAs(events.get(i));
            assertThat(index.start(i)).isEqualTo((double) events.get(i).startDay());
            assertThat(index.end(i)).isEqualTo((double) events.get(i).endDayExclusive());
        }
        if (events.isEmpty()) {
            assertThat(index.minStart()).isNaN();
            assertThat(index.maxEnd()).isNaN();
        } else {
            assertThat(index.minStart()).isEqualTo((double)
                    events.stream().mapToLong(Event::startDay).min().orElseThrow());
            assertThat(index.maxEnd()).isEqualTo((double)
                    events.stream().mapToLong(Event::endDayExclusive).max().orElseThrow());
            // Everything lies within [minStart, maxEnd)
            assertThat(index.countIntersecting(index.minStart(), index.maxEnd()))
                    .isEqualTo(events.size());
        }
    }

    @Test
    void givenAMillionEvents_whenQueryingAndCounting_thenResultsMatchAScan() {
        // Given: a million events over six thousand years, most a day long, some spanning centuries
        int n = 1_000_000;
        Random random = new Random(7);
        long[] days = new long[n];
        for (int i = 0; i < n; i++) {
            days[i] = FIRST_DAY + (long) (random.nextDouble() * (LAST_DAY - FIRST_DAY));
        }
        java.util.Arrays.sort(days);
        List<Event> events = new ArrayList<>(n);
        for (long d : days) {
            long length = random.nextInt(100) == 0 ? random.nextInt(100_000) : random.nextInt(3);
            HistoricalDate start = HistoricalDate.ofEpochDay(d);
            events.add(event(start, length == 0 ? null : HistoricalDate.ofEpochDay(d + length)));
        }
        events.sort(ORDER);
        long[] starts = events.stream().mapToLong(Event::startDay).toArray();
        long[] ends = events.stream().mapToLong(Event::endDayExclusive).toArray();

        // When
        EventIndex index = EventIndex.of(events);

        // Then
        for (double[] query : new double[][] {{0, 365}, {-500_000, -400_000}, {FIRST_DAY, LAST_DAY}, {12.5, 12.5}}) {
            double t0 = query[0];
            double t1 = query[1];
            int[] expected = IntStream.range(0, n)
                    .filter(i -> t0 < t1 && starts[i] < t1 && ends[i] > t0)
                    .toArray();
            // isEqualTo compares arrays with Arrays.equals; containsExactly diffs quadratically on a million elements.
            assertThat(index.intersecting(t0, t1)).isEqualTo(expected);
            assertThat(index.countIntersecting(t0, t1)).isEqualTo(expected.length);
        }
        int[] perCentury = index.countStartsPerBucket(FIRST_DAY, LAST_DAY + 1, 60);
        assertThat(IntStream.of(perCentury).sum()).isEqualTo(n);
        int[] coveringPerCentury = index.countCoveringPerBucket(FIRST_DAY, LAST_DAY + 1, 60);
        for (int i = 0; i < perCentury.length; i++) {
            assertThat(coveringPerCentury[i])
                    .isGreaterThanOrEqualTo(perCentury[i])
                    .isPositive();
        }
    }

    @Test
    void givenUnsortedEventsOrBadArguments_whenIndexingOrQuerying_thenTheyAreRejected() {
        // Given
        Event later = event(HistoricalDate.ofYear(1950), null);
        Event earlier = event(HistoricalDate.ofYear(1900), null);
        EventIndex index = EventIndex.of(List.of(earlier, later));

        // Then
        assertThatThrownBy(() -> EventIndex.of(List.of(later, earlier)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sorted by start");
        assertThatThrownBy(() -> index.intersecting(Double.NaN, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> index.countStartsPerBucket(0, 10, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> index.countCoveringPerBucket(0, Double.POSITIVE_INFINITY, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> index.countCoveringPerBucket(10, 0, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reversed");
        BitSet beyond = new BitSet();
        beyond.set(2);
        assertThatThrownBy(() -> index.subset(beyond))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void givenNoEvents_whenQuerying_thenEverythingIsEmptyAndBoundsAreNaN() {
        // Given
        EventIndex index = EventIndex.of(List.of());

        // Then
        assertThat(index.size()).isZero();
        assertThat(index.minStart()).isNaN();
        assertThat(index.maxEnd()).isNaN();
        assertThat(index.intersecting(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))
                .isEmpty();
        assertThat(index.countStartsPerBucket(0, 10, 3)).containsExactly(0, 0, 0);
        assertThat(index.countCoveringPerBucket(0, 10, 3)).containsExactly(0, 0, 0);
        assertThat(index.subset(new BitSet()).size()).isZero();
    }

    @Test
    void givenAYearAndASpan_whenCountingPerBucket_thenTheSpanCountsInEverySliceItCovers() {
        // Given: 1970 as a year-precision point, and a span from 1 January 1970 to 10 January 1970
        Event year = event(HistoricalDate.ofYear(1970), null);
        Event tenDays = event(HistoricalDate.ofEpochDay(0), HistoricalDate.ofEpochDay(9));
        EventIndex index = EventIndex.of(sorted(List.of(year, tenDays)));

        // When: slices of five days from day 0 to day 20
        int[] starting = index.countStartsPerBucket(0, 20, 4);
        int[] covering = index.countCoveringPerBucket(0, 20, 4);

        // Then
        assertThat(starting).containsExactly(2, 0, 0, 0);
        assertThat(covering).containsExactly(2, 2, 1, 1);
        assertThat(index.intersecting(9, 10)).containsExactly(0, 1);
        assertThat(index.intersecting(10, 11)).containsExactly(1);
    }

    private static final Comparator<Event> ORDER =
            Comparator.comparingLong(Event::startDay).thenComparingLong(Event::endDayExclusive);

    private static List<Event> sorted(List<Event> events) {
        List<Event> result = new ArrayList<>(events);
        result.sort(ORDER);
        return result;
    }

    private static Event event(HistoricalDate start, HistoricalDate end) {
        return new Event("e", "Event", start, end, List.of(), null, "", "", List.of(), List.of(), null);
    }

    /** The positions a linear scan finds, in order; an empty or reversed interval holds nothing. */
    private static int[] scan(List<Event> events, double t0, double t1) {
        return IntStream.range(0, events.size())
                .filter(i -> t0 < t1
                        && events.get(i).startDay() < t1
                        && events.get(i).endDayExclusive() > t0)
                .toArray();
    }

    private static Integer[] boxed(int[] values) {
        return IntStream.of(values).boxed().toArray(Integer[]::new);
    }

    private static Query finiteAndOrdered(Query query) {
        double a = finite(query.t0());
        double b = finite(query.t1());
        return new Query(Math.min(a, b), Math.max(a, b));
    }

    private static double finite(double t) {
        return Math.max(FIRST_DAY - 10_000.0, Math.min(LAST_DAY + 10_000.0, t));
    }
}
