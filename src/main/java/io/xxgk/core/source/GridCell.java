package io.xxgk.core.source;

import io.xxgk.core.model.SourceRef;

/**
 * One cell of a table row as a reader found it. Merged cells are expanded: the positions a span covers appear as
 * empty cells, as they do in text dumps of the same tables.
 */
public record GridCell(String text, SourceRef source) {

    public boolean isEmpty() {
        return text.isBlank();
    }
}
