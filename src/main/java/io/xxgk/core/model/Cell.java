package io.xxgk.core.model;

import java.math.BigDecimal;

/**
 * One extracted value cell: the template position it fills, what the report printed there and how it was read.
 *
 * @param template   template version of the table this cell was read from (a report may mix versions)
 * @param rawRowLabel the row label as printed (group labels joined by " > ")
 * @param rawColLabel the column label as printed, empty where the layout does not print one
 * @param valueRaw   the cell text exactly as found; empty for a blank or missing cell
 * @param value      the number, null unless status is REPORTED or DERIVED
 * @param unit       unit of the value (件 项 个 元 万元); empty when unknown
 */
public record Cell(
        CellDef def,
        TemplateVersion template,
        String rawRowLabel,
        String rawColLabel,
        String valueRaw,
        BigDecimal value,
        String unit,
        CellStatus status,
        SourceRef source) {

    public TableCode table() {
        return def.table();
    }

    public String category() {
        return def.category();
    }
}
