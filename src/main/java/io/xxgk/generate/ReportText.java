package io.xxgk.generate;

import java.util.List;

/**
 * The lines of one report being written, in the two table forms of the seeds: one cell per line (tab-prefixed,
 * a blank line ends the row, a cell's own line breaks continue on lines without the tab) and tab-separated rows.
 * Lines end with LF here; the file's line ending is chosen when it is encoded.
 */
final class ReportText {

    private final StringBuilder text = new StringBuilder(16_384);

    void line(String s) {
        text.append(s).append('\n');
    }

    void blank() {
        text.append('\n');
    }

    void blanks(int n) {
        for (int i = 0; i < n; i++) {
            blank();
        }
    }

    /** Paragraphs, each followed by a blank line when {@code spaced} (as [S:000]) or packed (as [S:002]). */
    void paragraphs(List<String> paragraphs, boolean spaced) {
        for (String p : paragraphs) {
            line(p);
            if (spaced) {
                blank();
            }
        }
    }

    /** One row, one cell per line, closed by a blank line. */
    void cellRow(List<String> cells) {
        cells(cells);
        blank();
    }

    /** Cells of a row without closing it (the row goes on with lines the caller writes). */
    void cells(List<String> cells) {
        for (String cell : cells) {
            String[] parts = cell.split("\n", -1);
            line("\t" + parts[0]);
            for (int i = 1; i < parts.length; i++) {
                line(parts[i]);
            }
        }
    }

    /** One physical line per row, cells between tabs. */
    void tabRow(List<String> cells) {
        line(String.join("\t", cells));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
