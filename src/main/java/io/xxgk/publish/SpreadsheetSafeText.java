package io.xxgk.publish;

import java.util.regex.Pattern;

/**
 * Text a spreadsheet would run instead of show. Excel, LibreOffice and Google Sheets read a cell that starts with
 * {@code = + - @} (or a tab or carriage return before one) as a formula, so report text such as
 * {@code =HYPERLINK("http://…")} or {@code +cmd|' /C calc'!A0} would turn into a live link or a command when an
 * analyst double-clicks the CSV (OWASP "CSV injection"). Prefixing {@code '} makes the spreadsheet show the text as
 * typed. A plain number ({@code -5}, {@code +2}, {@code -0.5}, {@code 1,234}) is no formula: a spreadsheet reads it
 * as the number it is, so it is left alone.
 */
public final class SpreadsheetSafeText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)*");

    private SpreadsheetSafeText() {
    }

    public static String of(String text) {
        if (text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
