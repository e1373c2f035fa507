package io.xxgk.core.model;

/**
 * One template value cell as listed in {@code codes.tsv} (spec §9.3).
 *
 * @param unit canonical unit of the output contract (件 项 个 万元), or empty when the template leaves it
 *             to the report (V2019 采购总金额, where the cell text says 元 or 万元)
 */
public record CellDef(
        TemplateVersion version,
        TableCode table,
        String block,
        String rowCode,
        String colCode,
        String category,
        String rowLabel,
        String colLabel,
        String unit,
        String pos) {

    /** {@code table.category}, the cell_key of spec §9.1. */
    public String cellKey() {
        return table + "." + category;
    }

    /** True for the one cell whose unit is written in the value (V2019 采购总金额). */
    public boolean unitAsWritten() {
        return unit.isEmpty();
    }
}
