package io.xxgk.core.source;

import io.xxgk.core.model.SourceRef;

import java.util.List;

/** A report document is a sequence of paragraphs and table rows, in reading order. */
public sealed interface DocBlock {

    SourceRef source();

    /** A line of running text outside any table. */
    record Paragraph(String text, SourceRef source) implements DocBlock {
    }

    /** One physical table row. */
    record Row(List<GridCell> cells) implements DocBlock {
        @Override
        public SourceRef source() {
            return cells.isEmpty() ? SourceRef.line(0) : cells.get(0).source();
        }
    }
}
