package dev.timelineexplorer.view.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.timelineexplorer.io.BundledDataset;
import dev.timelineexplorer.model.Country;
import dev.timelineexplorer.model.CountryKind;
import dev.timelineexplorer.model.Dataset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorldShapesTest {
    private static final WorldShapes WORLD = WorldShapes.get();

    @Test
    void givenTheBundledDataset_whenItsCountriesAreLookedUp_thenEveryStateHasAShapeOrADot() {
        Dataset dataset = BundledDataset.load().dataset();
        List<String> missing = dataset.countries().stream()
                .filter(c -> c.kind() == CountryKind.COUNTRY)
                .map(Country::code)
                .filter(code -> !WORLD.has(code))
                .toList();

        assertThat(missing).isEmpty();
        assertThat(WORLD.all()).hasSizeGreaterThan(230);
    }

    @Test
    void givenKnownCountries_whenTheirAnchorsAreRead_thenTheyLieWhereTheCountriesAre() {
        WorldShapes.CountryShape korea = WORLD.shape("KR");
        WorldShapes.CountryShape tuvalu = WORLD.shape("TV");

        assertThat(korea.anchorLongitude()).isBetween(126.0, 129.5);
        assertThat(korea.anchorLatitude()).isBetween(34.5, 38.5);
        assertThat(tuvalu).as("from the 10m file, missing at 50m").isNotNull();
        assertThat(tuvalu.anchorLongitude()).isBetween(176.0, 180.0);
        assertThat(WORLD.has("AQ")).as("Antarctica is left off the map").isFalse();
        assertThat(WORLD.has("XK")).isTrue();
    }

    @Test
    void givenACentralMeridianOf150_whenProjected_thenKoreaIsNearTheMiddleAndNothingSpansTheMap() {
        MapGeometry geometry = MapGeometry.of(150);
        MapGeometry.ProjectedShape korea = geometry.shapes().get("KR");

        assertThat(korea.anchorX())
                .isCloseTo(EqualEarth.x(Math.toRadians(127.8 - 150), Math.toRadians(36.5)), within(0.05));
        for (MapGeometry.ProjectedShape shape : geometry.shapes().values()) {
            for (double[] ring : shape.rings()) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < ring.length; i += 2) {
                    min = Math.min(min, ring[i]);
                    max = Math.max(max, ring[i]);
                }
                assertThat(max - min)
                        .as("a ring of %s crosses the whole map: it was not cut at the edge", shape.code())
                        .isLessThan(EqualEarth.MAX_X);
            }
        }
    }

    @Test
    void givenGreenlandAcrossTheEdgeOfAPacificMap_whenCut_thenItsPartsLieOnBothSides() {
        MapGeometry.ProjectedShape greenland = MapGeometry.of(150).shapes().get("GL");
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        for (double[] ring : greenland.rings()) {
            for (int i = 0; i < ring.length; i += 2) {
                left = Math.min(left, ring[i]);
                right = Math.max(right, ring[i]);
            }
        }

        assertThat(left).isLessThan(-1.5);
        assertThat(right).isGreaterThan(1.0);
    }
}
