package dev.timelineexplorer.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SteppedBoxTest {
    /** How many of the rectangles drawn through the painter cover each pixel of a 60×30 area. */
    private static int[][] coverCounts(List<double[]> rects) {
        int[][] pixels = new int[30][60];
        for (double[] r : rects) {
            for (int y = (int) r[1]; y < r[1] + r[3]; y++) {
                for (int x = (int) r[0]; x < r[0] + r[2]; x++) {
                    pixels[y][x]++;
                }
            }
        }
        return pixels;
    }

    /** The pixels of a 60×30 area that the rectangles drawn through the painter cover. */
    private static boolean[][] covered(List<double[]> rects) {
        int[][] counts = coverCounts(rects);
        boolean[][] pixels = new boolean[30][60];
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 60; x++) {
                pixels[y][x] = counts[y][x] > 0;
            }
        }
        return pixels;
    }

    /** A painter that notes each fillRect (x, y, w, h) and refuses every other drawing call. */
    private static Painter recording(List<double[]> rects) {
        return (Painter) Proxy.newProxyInstance(
                Painter.class.getClassLoader(), new Class<?>[] {Painter.class}, (proxy, method, args) -> {
                    if (method.getName().equals("fillRect")) {
                        rects.add(
                                new double[] {(double) args[0], (double) args[1], (double) args[2], (double) args[3]});
                        return null;
                    }
                    throw new AssertionError("only rectangles are drawn, not " + method.getName());
                });
    }

    @Test
    void givenABadgeSizedBox_whenDrawnWithTwoSteps_thenItFillsTheBoxButItsCutCornersOnceEachWithPlainRectangles() {
        List<double[]> rects = new ArrayList<>();

        EventRenderer.fillSteppedBox(recording(rects), 10, 5, 40, 16, 2);

        boolean[][] pixels = covered(rects);
        // Plain rectangles, none over another, so that a translucent paint is even.
        assertThat(rects).hasSize(5);
        assertThat(java.util.Arrays.stream(coverCounts(rects)).flatMapToInt(java.util.Arrays::stream))
                .allMatch(count -> count <= 1);
        // The middle rows span the whole width, and nothing is drawn outside the box.
        assertThat(pixels[12][10]).isTrue();
        assertThat(pixels[12][49]).isTrue();
        assertThat(pixels[12][9]).isFalse();
        assertThat(pixels[12][50]).isFalse();
        assertThat(pixels[4][20]).isFalse();
        assertThat(pixels[21][20]).isFalse();
        // The top and bottom rows are full but for two pixels at each end: the corners are cut in steps.
        assertThat(pixels[5][12]).isTrue();
        assertThat(pixels[5][11]).isFalse();
        assertThat(pixels[6][11]).isTrue();
        assertThat(pixels[6][10]).isFalse();
        assertThat(pixels[7][10]).isTrue();
        assertThat(pixels[20][47]).isTrue();
        assertThat(pixels[20][48]).isFalse();
    }

    @Test
    void givenABoxTooNarrowForItsSteps_whenDrawn_thenItIsOneRectangle() {
        List<double[]> rects = new ArrayList<>();

        EventRenderer.fillSteppedBox(recording(rects), 3, 4, 3, 14, 1);

        assertThat(rects).containsExactly(new double[] {3, 4, 3, 14});
    }
}
