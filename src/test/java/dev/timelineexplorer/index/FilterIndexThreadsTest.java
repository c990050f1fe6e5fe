package dev.timelineexplorer.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The filter index used from the window's thread and the filtering thread at once. */
class FilterIndexThreadsTest {
    private static List<Event> events(int n) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(new Event(
                    "e" + i,
                    (i % 7 == 0 ? "Treaty " : "Summit ") + i,
                    HistoricalDate.ofYear(1950 + i % 70),
                    null,
                    List.of(i % 2 == 0 ? "KR" : "JP"),
                    null,
                    "",
                    "",
                    List.of(),
                    List.of(),
                    null));
        }
        return events;
    }

    @Test
    void givenAFreshIndex_whenSeveralThreadsSearchAtOnce_thenTheSearchTextIsBuiltOnceAndEveryAnswerAgrees()
            throws Exception {
        List<Event> events = events(20_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                FilterIndex index = new FilterIndex(events);
                EventFilter treaties = new EventFilter(Set.of(), false, Set.of(), "treaty");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return index.apply(treaties).size();
                    }));
                }
                start.countDown();
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo((20_000 + 6) / 7);
                }
                assertThat(index.searchTextBuilds()).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
