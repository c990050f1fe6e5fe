package dev.timelineexplorer.io.csv;

/**
 * Keeps spreadsheets from running exported text as formulas (OWASP's "CSV injection"), in a way the app's own CSV
 * reader undoes. A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return; such a text cell is written with an apostrophe in front, and so is a cell that already starts with
 * one, so that reading drops exactly one leading apostrophe and gets the text back whatever it was. Dates are not
 * text cells: a BC date keeps its leading {@code -} in the date columns, where a reader expects a date.
 */
public final class CsvCells {
    /** What goes in front of a cell a spreadsheet would run. */
    public static final char GUARD = '\'';

    private CsvCells() {}

    /** A text as written in a text cell. */
    public static String guard(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky || first == GUARD ? GUARD + text : text;
    }

    /** The text of a text cell, without the apostrophe {@link #guard} put in front. */
    public static String unguard(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == GUARD ? cell.substring(1) : cell;
    }
}
