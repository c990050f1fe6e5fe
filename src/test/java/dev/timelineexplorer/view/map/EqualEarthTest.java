package dev.timelineexplorer.view.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Equal Earth against the published values of the projection (Šavrič, Patterson and Jenny, 2018). */
class EqualEarthTest {

    @Test
    void givenTheEquatorAndThePoles_whenProjected_thenTheExtremesAreThePublishedOnes() {
        assertThat(EqualEarth.MAX_X).isCloseTo(2.706630, within(1e-5));
        assertThat(EqualEarth.MAX_Y).isCloseTo(1.317363, within(1e-5));
        assertThat(EqualEarth.x(0, 0)).isZero();
        assertThat(EqualEarth.y(0)).isZero();
    }

    @ParameterizedTest(name = "{0}°, {1}°")
    @CsvSource({
        // longitude, latitude, x, y: the paper's formulas evaluated on their own (in Python, double precision)
        "90, 0, 1.353315, 0",
        "0, 45, 0, 0.860231",
        "-180, -45, -2.319709, -0.860231",
        "127, 37.5, 1.718291, 0.730401",
    })
    void givenAPoint_whenProjected_thenItLandsWhereTheFormulaSays(double lon, double lat, double x, double y) {
        double[] out = new double[2];

        EqualEarth.project(Math.toRadians(lon), Math.toRadians(lat), out, 0);

        assertThat(out[0]).isCloseTo(x, within(1e-4));
        assertThat(out[1]).isCloseTo(y, within(1e-4));
    }

    @Test
    void givenTwoBandsOfLatitude_whenTheirAreasAreCompared_thenEqualAreasOnTheGlobeAreEqualOnTheMap() {
        // On the globe the band from the equator to 30° holds as much area as the band from 30° to 90°.
        double lower = band(0, 30);
        double upper = band(30, 90);

        assertThat(lower).isCloseTo(upper, within(lower * 1e-3));
    }

    /** The area between two latitudes on the map, by the trapezoid rule over the band's width. */
    private static double band(double fromDegrees, double toDegrees) {
        int steps = 20_000;
        double area = 0;
        for (int i = 0; i < steps; i++) {
            double a = Math.toRadians(fromDegrees + (toDegrees - fromDegrees) * i / steps);
            double b = Math.toRadians(fromDegrees + (toDegrees - fromDegrees) * (i + 1) / steps);
            double width = (EqualEarth.x(Math.PI, a) + EqualEarth.x(Math.PI, b));
            area += width * (EqualEarth.y(b) - EqualEarth.y(a));
        }
        return area;
    }
}
