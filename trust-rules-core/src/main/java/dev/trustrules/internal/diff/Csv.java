package dev.trustrules.internal.diff;

import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 cells: quoted when they hold a comma, quote or line break. A cell a spreadsheet would run as a
 * formula (starting with {@code = + - @}, a tab or a carriage return, and not a plain number) is written
 * with a leading apostrophe: rule names and reason codes come from rule files, and a report opened by a
 * manager must not run what an analyst typed.
 */
public final class Csv {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private Csv() {}

    /** One CSV record of {@code cells}, without the line break. */
    public static String row(List<?> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(String.valueOf(cells.get(i))));
        }
        return out.toString();
    }

    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
