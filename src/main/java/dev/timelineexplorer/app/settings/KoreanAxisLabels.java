package dev.timelineexplorer.app.settings;

import dev.timelineexplorer.view.AxisLabels;
import dev.timelineexplorer.view.TickUnit;
import java.time.LocalDate;

/**
 * The axis in Korean: "22일", "6월", "1965년", "기원전 44년" at the ticks, and "1965년 6월", "1960년대", "20세기",
 * "기원전 1천년기" along the major row.
 */
public final class KoreanAxisLabels implements AxisLabels {
    public static final KoreanAxisLabels INSTANCE = new KoreanAxisLabels();

    private KoreanAxisLabels() {}

    /** A year: "1965년", or "기원전 44년" for astronomical year -43 (there is no year 0). */
    public static String year(int astronomicalYear) {
        return astronomicalYear > 0 ? astronomicalYear + "년" : "기원전 " + (1 - astronomicalYear) + "년";
    }

    @Override
    public String minor(TickUnit unit, LocalDate tick) {
        return switch (unit.chronoUnit()) {
            case DAYS -> unit == TickUnit.HALF_MONTH ? monthAndDay(tick) : tick.getDayOfMonth() + "일";
            case WEEKS -> monthAndDay(tick);
            case MONTHS -> tick.getMonthValue() + "월";
            default -> unit.amount() > 1 && tick.getYear() == 1 ? "서기 1년" : year(tick.getYear());
        };
    }

    private static String monthAndDay(LocalDate tick) {
        return tick.getMonthValue() + "월 " + tick.getDayOfMonth() + "일";
    }

    @Override
    public String major(TickUnit period, LocalDate start, LocalDate next) {
        int year = start.getYear();
        int lastYear = next.getYear() - 1;
        return switch (period) {
            case MONTH -> year(year) + " " + start.getMonthValue() + "월";
            case YEAR -> year(year);
            case DECADE ->
                year == 1
                        ? "서기 1–" + lastYear + "년"
                        : year > 0 ? year + "년대" : "기원전 " + (1 - year) + "–" + (1 - lastYear) + "년";
            case CENTURY -> numbered(year, 100, "세기");
            case MILLENNIUM -> numbered(year, 1000, "천년기");
            default -> throw new IllegalArgumentException(period + " is not a named period");
        };
    }

    /** "20세기", "기원전 3세기", "1천년기": the numbered period a tick year starts. */
    private static String numbered(int year, int length, String noun) {
        return year > 0 ? (year / length + 1) + noun : "기원전 " + ((1 - year) / length) + noun;
    }
}
