package dev.timelineexplorer.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The two rows of labels on the timeline's axis at one zoom: a minor unit (for example months) under a major unit (for
 * example years), each picked from the {@link TickUnit} ladder so that no two labels overlap.
 *
 * <p>A label is drawn from its tick line to the right. Labels are legible when, for every pair of neighbouring ticks,
 * the left label's width plus the minimum gap fits in the pixels between the two ticks. Each list runs from the last
 * tick at or before the left edge to the first tick at or after the right edge (fewer where the axis ends at year
 * {@value dev.timelineexplorer.model.HistoricalDate#MIN_YEAR} or {@value
 * dev.timelineexplorer.model.HistoricalDate#MAX_YEAR}), so the label of a period that began off-screen can be drawn
 * at the left edge.
 *
 * <p>Computing costs time proportional to the ticks produced, never to the days shown, so it can run every frame.
 *
 * @param minorUnit the finest unit whose labels are legible
 * @param majorUnit the unit above it, empty when the minor unit is the coarsest of the ladder
 * @param minor the minor ticks, in day order, with short labels ("Jun", "22", "1965", "44 BC")
 * @param major the major ticks, in day order, each labelled with the name of the period it starts ("June 1965",
 *     "1960s", "20th century"); empty when there is no major unit
 */
public record AxisTicks(TickUnit minorUnit, Optional<TickUnit> majorUnit, List<Tick> minor, List<Tick> major) {

    /** The most ticks a unit may produce at one zoom; finer units than this are skipped unseen. */
    public static final int MAX_TICKS = 4000;

    private static final TickUnit COARSEST = TickUnit.values()[TickUnit.values().length - 1];

    /**
     * One tick line and its label.
     *
     * @param day where the line is drawn, in epoch days: the start of the unit's period
     * @param label the text drawn to the right of the line
     */
    public record Tick(double day, String label) {
        public Tick {
            Objects.requireNonNull(label, "label");
        }
    }

    public AxisTicks {
        Objects.requireNonNull(minorUnit, "minorUnit");
        Objects.requireNonNull(majorUnit, "majorUnit");
        minor = List.copyOf(minor);
        major = List.copyOf(major);
    }

    /**
     * The ticks for a scale, measuring minor and major labels alike.
     *
     * @param scale the mapping between epoch days and pixels
     * @param labelWidth the width of a label's text, in pixels
     * @param minGap the least space between the end of a label and the next tick, in pixels
     */
    public static AxisTicks compute(TimeScale scale, ToDoubleFunction<String> labelWidth, double minGap) {
        return compute(scale, labelWidth, labelWidth, minGap, AxisLabels.ENGLISH);
    }

    /**
     * The ticks for a scale, with separate measures for the two rows (the major row often uses a bolder font).
     *
     * @param scale the mapping between epoch days and pixels
     * @param minorLabelWidth the width of a minor label's text, in pixels
     * @param majorLabelWidth the width of a major label's text, in pixels
     * @param minGap the least space between the end of a label and the next tick, in pixels
     * @param labels what to write at the ticks
     */
    public static AxisTicks compute(
            TimeScale scale,
            ToDoubleFunction<String> minorLabelWidth,
            ToDoubleFunction<String> majorLabelWidth,
            double minGap,
            AxisLabels labels) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(minorLabelWidth, "minorLabelWidth");
        Objects.requireNonNull(majorLabelWidth, "majorLabelWidth");
        Objects.requireNonNull(labels, "labels");
        for (TickUnit unit : TickUnit.values()) {
            List<Tick> minor = legibleTicks(unit, scale, minorLabelWidth, minGap, labels, false);
            if (minor != null) {
                Optional<TickUnit> majorUnit = unit.naturalMajor();
                while (majorUnit.isPresent()) {
                    List<Tick> major = legibleTicks(majorUnit.get(), scale, majorLabelWidth, minGap, labels, true);
                    if (major != null) {
                        return new AxisTicks(unit, majorUnit, minor, major);
                    }
                    majorUnit = majorUnit.get().coarserNamedPeriod();
                }
                return new AxisTicks(unit, Optional.empty(), minor, List.of());
            }
        }
        // unreachable: the coarsest unit has a single tick in range, which is always legible
        throw new IllegalStateException("no legible tick unit for " + scale);
    }

    /** The ticks of a unit in view, or null when two neighbouring labels would overlap or there are too many. */
    private static List<Tick> legibleTicks(
            TickUnit unit,
            TimeScale scale,
            ToDoubleFunction<String> labelWidth,
            double minGap,
            AxisLabels labels,
            boolean major) {
        if (unit != COARSEST && !worthTrying(unit, scale, minGap)) {
            return null;
        }
        long from = clamp((long) Math.floor(scale.startDay()), TickUnit.MIN_DAY, TickUnit.END_DAY - 1);
        List<Tick> ticks = new ArrayList<>();
        double previousX = 0;
        double previousWidth = 0;
        for (long day = unit.floorTick(from); day < TickUnit.END_DAY; day = unit.nextTick(day)) {
            if (day < TickUnit.MIN_DAY) {
                continue;
            }
            LocalDate date = LocalDate.ofEpochDay(day);
            String label = major
                    ? labels.major(unit, date, LocalDate.ofEpochDay(unit.nextTick(day)))
                    : labels.minor(unit, date);
            double x = scale.toX(day);
            if (!ticks.isEmpty() && x - previousX < previousWidth + minGap) {
                return null;
            }
            ticks.add(new Tick(day, label));
            if (day >= scale.endDay()) {
                break;
            }
            if (ticks.size() >= MAX_TICKS) {
                return null;
            }
            previousX = x;
            previousWidth = labelWidth.applyAsDouble(label);
        }
        return ticks;
    }

    /** False when the unit cannot be legible: its closest ticks are nearer than the gap, or it has too many ticks. */
    private static boolean worthTrying(TickUnit unit, TimeScale scale, double minGap) {
        return unit.minDays() * scale.pixelsPerDay() >= minGap && scale.spanDays() / unit.approxDays() < MAX_TICKS - 2;
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }
}
