package io.xxgk.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans the text of a cell or paragraph read from a structured format so it looks the way the text dumps show it:
 * one line per printed line, no blank lines, and a cell holding only {@code &nbsp;} / ideographic spaces becomes
 * empty. Empty matters: {@link GridCell#isEmpty()} and the value parser both treat it as BLANK, never 0.
 */
final class CellText {

    /** Spaces that layout tools put into cells to keep them from collapsing: NBSP, ideographic, en/em and thin. */
    private static final Pattern SPACES = Pattern.compile("[ \\t\\f\\r\\u000B\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");

    private CellText() {
    }

    /** Lines stripped, runs of spaces collapsed to one, empty lines dropped, lines joined with {@code \n}. */
    static String clean(String raw) {
        return String.join("\n", lines(raw));
    }

    /** The non-empty cleaned lines of a text. */
    static List<String> lines(String raw) {
        List<String> lines = new ArrayList<>();
        for (String line : raw.split("\n", -1)) {
            String s = SPACES.matcher(INVISIBLE.matcher(line).replaceAll("")).replaceAll(" ").strip();
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        return lines;
    }
}
