package dev.timelineexplorer.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkFrameTimesTest {

    @Test
    void givenOneRunStalledAtOneFrame_whenPercentilesAreTaken_thenTheStallIsNotThatFramesFigureButIsTheWorstSingle() {
        // Given: four frames measured three times; the second run stalls 40 ms at frame 2
        Benchmark.FrameTimes times = new Benchmark.FrameTimes(4);
        double[][] runs = {{5, 6, 7, 9}, {5, 6, 40, 9}, {6, 5, 8, 10}};
        for (double[] run : runs) {
            for (int frame = 0; frame < run.length; frame++) {
                times.add(frame, run[frame]);
            }
        }

        // When / Then: each frame counts as its median (5, 6, 8, 9)
        assertThat(times.percentile(0.5)).isEqualTo(6);
        assertThat(times.percentile(1)).isEqualTo(9);
        assertThat(times.worstSingle()).isEqualTo(40);
    }

    @Test
    void givenAFrameSlowInEveryRun_whenPercentilesAreTaken_thenItCountsInFull() {
        // Given: frame 0 takes 30 ms or more in all three runs
        Benchmark.FrameTimes times = new Benchmark.FrameTimes(2);
        for (double[] run : new double[][] {{30, 5}, {32, 5}, {31, 6}}) {
            times.add(0, run[0]);
            times.add(1, run[1]);
        }

        // When / Then: a slow frame is not filtered away, only a one-run stall is
        assertThat(times.percentile(1)).isEqualTo(31);
        assertThat(times.percentile(0.5)).isEqualTo(5);
    }
}
