package dev.timelineexplorer.view;

import dev.timelineexplorer.model.HistoricalDate;
import java.time.LocalDate;

/**
 * What the axis writes: a short label at each minor tick ("22", "Jun", "1965", "44 BC") and the name of each period of
 * the major row ("June 1965", "1965", "1960s", "20th century", "1st millennium BC"). An application can give its own,
 * for another language.
 */
public interface AxisLabels {
    /** English labels. */
    AxisLabels ENGLISH = new English();

    /**
     * The short label of a minor tick.
     *
     * @param unit the minor unit
     * @param tick the day the tick marks, the start of its period
     */
    String minor(TickUnit unit, LocalDate tick);

    /**
     * The name of a period of the major row.
     *
     * @param period a named period unit ({@link TickUnit#isNamedPeriod()})
     * @param start the first day of the period
     * @param next the first day of the next period; the periods next to the era boundary are shorter than their unit,
     *     as the axis has no year 0 (the decade that starts in 10 BC ends in 1 BC, the next runs from AD 1 to 9)
     */
    String major(TickUnit period, LocalDate start, LocalDate next);

    /** The English labels: BC years are written "44 BC", AD years bare. */
    final class English implements AxisLabels {
        private static final String[] SHORT_MONTHS = {
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
        };

        @Override
        public String minor(TickUnit unit, LocalDate tick) {
            return switch (unit.chronoUnit()) {
                case DAYS -> unit == TickUnit.HALF_MONTH ? dayAndMonth(tick) : Integer.toString(tick.getDayOfMonth());
                case WEEKS -> dayAndMonth(tick);
                case MONTHS -> SHORT_MONTHS[tick.getMonthValue() - 1];
                default -> unit.amount() > 1 && tick.getYear() == 1 ? "AD 1" : HistoricalDate.yearText(tick.getYear());
            };
        }

        private static String dayAndMonth(LocalDate tick) {
            return tick.getDayOfMonth() + " " + SHORT_MONTHS[tick.getMonthValue() - 1];
        }

        @Override
        public String major(TickUnit period, LocalDate start, LocalDate next) {
            int year = start.getYear();
            int lastYear = next.getYear() - 1;
            return switch (period) {
                case MONTH -> HistoricalDate.monthName(start.getMonthValue()) + " " + HistoricalDate.yearText(year);
                case YEAR -> HistoricalDate.yearText(year);
                case DECADE -> year == 1 ? "AD 1–" + lastYear : year > 0 ? year + "s" : bcRange(year, lastYear);
                case CENTURY -> numbered(year, 100, "century");
                case MILLENNIUM -> numbered(year, 1000, "millennium");
                default -> throw new IllegalArgumentException(period + " is not a named period");
            };
        }

        /** "20th century" or "3rd century BC": the numbered period a tick year starts. */
        private static String numbered(int year, int length, String noun) {
            return year > 0
                    ? ordinal(year / length + 1) + " " + noun
                    : ordinal((1 - year) / length) + " " + noun + " BC";
        }

        /** "20–11 BC": a BC decade by its first and last years. */
        private static String bcRange(int first, int last) {
            return (1 - first) + "–" + (1 - last) + " BC";
        }

        static String ordinal(int n) {
            int lastTwo = n % 100;
            String suffix = lastTwo >= 11 && lastTwo <= 13
                    ? "th"
                    : switch (n % 10) {
                        case 1 -> "st";
                        case 2 -> "nd";
                        case 3 -> "rd";
                        default -> "th";
                    };
            return n + suffix;
        }
    }
}
