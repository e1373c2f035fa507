package io.xxgk.core.source;

import io.xxgk.core.model.SourceRef;

/**
 * One cell of a table row as a reader found it. Merged cells are expanded: the positions a span covers appear as
 * empty cells, as they do in text dumps of the same tables.
 *
 * @param source  where the text was read; for a covered position, the source of the cell that covers it, so a
 *                parser can tell a label's own colspan from a rowspan reaching down from another row
 * @param covered true for a position covered by another cell's rowspan/colspan (structured formats only); such a
 *                cell is never a value slot of its own
 */
public record GridCell(String text, SourceRef source, boolean covered) {

    public GridCell(String text, SourceRef source) {
        this(text, source, false);
    }

    public boolean isEmpty() {
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        // a digit, letter or Chinese character first (almost every cell) is not blank, no lookup needed
        if (first > ' ' && first < 0x7F || first >= '\u4E00' && first <= '\u9FFF') {
            return false;
        }
        return text.isBlank();
    }
}
