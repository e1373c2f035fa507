package io.xxgk.core.extract;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.CellDef;
import io.xxgk.core.model.CellStatus;
import io.xxgk.core.model.SourceRef;
import io.xxgk.core.model.TemplateVersion;
import io.xxgk.core.source.GridCell;

/** Builds output cells from what was read, keeping the raw text and the source position. */
final class CellFactory {

    private CellFactory() {
    }

    static Cell read(CellDef def, TemplateVersion template, String rawRow, String rawCol, GridCell cell) {
        String raw = cell.text().strip();
        ParsedValue parsed = ValueParser.parse(raw);
        String unit = def.unit();
        if (!parsed.writtenUnit().isEmpty()) {
            unit = parsed.writtenUnit();
        }
        return new Cell(def, template, rawRow, rawCol, raw, parsed.value(), unit, parsed.status(), cell.source());
    }

    /** A template cell with no cell in the report at all (a row printed without its values). */
    static Cell missing(CellDef def, TemplateVersion template, String rawRow, String rawCol, SourceRef where) {
        return new Cell(def, template, rawRow, rawCol, "", null, def.unit(), CellStatus.BLANK, where);
    }
}
