package io.xxgk.generate;

import io.xxgk.core.model.CellDef;
import io.xxgk.core.model.CellStatus;
import io.xxgk.core.model.TemplateVersion;

import java.math.BigDecimal;

/**
 * What a generated report prints in one template value cell, and so what a correct extraction must read there.
 *
 * @param template the template of the table as printed (a mixed report prints T1 and T2 in different templates)
 * @param valueRaw the cell text exactly as written (the extractor keeps it stripped); empty for a blank cell
 * @param value    the number, null unless status is REPORTED
 * @param unit     the unit a reader must record: the cell's written unit (元, 万元) or the template's
 * @param injected true where a consistency fault was injected on purpose into this cell
 */
public record TruthCell(CellDef def, TemplateVersion template, String valueRaw, BigDecimal value, CellStatus status,
                        String unit, boolean injected) {

    public String category() {
        return def.category();
    }
}
