package dev.timelineexplorer.app.settings;

import dev.timelineexplorer.model.DurationText;
import dev.timelineexplorer.model.Event;
import dev.timelineexplorer.model.HistoricalDate;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Dates and durations written for people in the interface's language, at their own precision: "25 June 1950",
 * "June 1965", "44 BC" in English; "1950년 6월 25일", "1965년 6월", "기원전 44년" in Korean. Durations show at most the
 * two largest units the dates' precision allows: "3 years, 1 month", "3년 1개월".
 */
public abstract class DateTexts {
    private static final DateTexts ENGLISH = new English();
    private static final DateTexts KOREAN = new Korean();

    /** The date texts of the interface's language. */
    public static DateTexts of(I18n i18n) {
        return of(i18n.getLocale());
    }

    /** The date texts of a language: Korean for Korean, else English. */
    public static DateTexts of(Locale locale) {
        return locale.getLanguage().equals("ko") ? KOREAN : ENGLISH;
    }

    /** A year: "1965" or "44 BC"; "1965년" or "기원전 44년". */
    public abstract String year(int astronomicalYear);

    /** A date at its precision. */
    public abstract String date(HistoricalDate date);

    /** A duration's parts. */
    public abstract String duration(DurationText.Parts parts);

    /** The dates of an event: one date, or "start – end". */
    public String range(Event event) {
        return event.end() == null || event.end().equals(event.start())
                ? date(event.start())
                : date(event.start()) + " – " + date(event.end());
    }

    /** How long an event lasted, or empty for a point event. */
    public String duration(Event event) {
        if (event.end() == null) {
            return "";
        }
        DurationText.Parts parts = DurationText.parts(event.start(), event.end());
        return parts == null ? "" : duration(parts);
    }

    /** A year of an epoch day (days since 1970-01-01). */
    public String yearOfDay(long epochDay) {
        return year(LocalDate.ofEpochDay(epochDay).getYear());
    }

    private static final class English extends DateTexts {
        @Override
        public String year(int astronomicalYear) {
            return HistoricalDate.yearText(astronomicalYear);
        }

        @Override
        public String date(HistoricalDate date) {
            return date.toDisplayString();
        }

        @Override
        public String duration(DurationText.Parts parts) {
            return DurationText.between(parts);
        }
    }

    private static final class Korean extends DateTexts {
        @Override
        public String year(int astronomicalYear) {
            return astronomicalYear > 0 ? astronomicalYear + "년" : "기원전 " + (1 - astronomicalYear) + "년";
        }

        @Override
        public String date(HistoricalDate date) {
            return switch (date.precision()) {
                case YEAR -> year(date.year());
                case MONTH -> year(date.year()) + " " + date.month() + "월";
                case DAY -> year(date.year()) + " " + date.month() + "월 " + date.day() + "일";
            };
        }

        @Override
        public String duration(DurationText.Parts parts) {
            StringBuilder text = new StringBuilder();
            append(text, parts.years(), "년");
            append(text, parts.months(), "개월");
            append(text, parts.days(), "일");
            return text.toString();
        }

        private static void append(StringBuilder text, int amount, String unit) {
            if (amount > 0) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(amount).append(unit);
            }
        }
    }
}
