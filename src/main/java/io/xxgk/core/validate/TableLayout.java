package io.xxgk.core.validate;

import io.xxgk.core.model.CellDef;
import io.xxgk.core.model.CodeBook;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of one template as the rules read it: its value cells in template order, each at a fixed slot, and
 * its row codes. Built once per template and table from the standard code book, so a report's cells can be put
 * in an array by slot instead of a map per report, and rules look cells up without building keys.
 */
final class TableLayout {

    private static final Map<TemplateVersion, Map<TableCode, TableLayout>> STANDARD = standardLayouts();

    private final List<CellDef> defs;
    private final Map<String, Integer> slotByCategory = new HashMap<>();
    private final Map<String, Map<String, Integer>> slotByRowAndColumn = new HashMap<>();
    private final List<String> rows;

    private TableLayout(List<CellDef> defs) {
        this.defs = defs;
        for (int slot = 0; slot < defs.size(); slot++) {
            CellDef def = defs.get(slot);
            slotByCategory.put(def.category(), slot);
            // Keyed by the category's halves, not by rowCode/colCode: T1 categories carry the block in front of
            // the row code ("A20_1.REGULATION|NEW_MADE"), and a lookup means "the category row|col".
            int bar = def.category().indexOf('|');
            slotByRowAndColumn.computeIfAbsent(def.category().substring(0, bar), r -> new HashMap<>())
                    .put(def.category().substring(bar + 1), slot);
        }
        this.rows = defs.stream().map(CellDef::rowCode).distinct().toList();
    }

    static TableLayout of(TemplateVersion version, TableCode table) {
        return STANDARD.get(version).get(table);
    }

    /** The template cells, in template order; a cell's slot is its index here. */
    List<CellDef> defs() {
        return defs;
    }

    int size() {
        return defs.size();
    }

    /** The slot of the cell with this category, or -1 when the template has none. */
    int slot(String category) {
        Integer slot = slotByCategory.get(category);
        return slot == null ? -1 : slot;
    }

    /**
     * The slot of the cell whose category is {@code rowCode|colCode}, or -1 when the template has none. Every
     * category has exactly one '|', so this finds exactly what a lookup of the joined category would.
     */
    int slot(String rowCode, String colCode) {
        Map<String, Integer> columns = slotByRowAndColumn.get(rowCode);
        Integer slot = columns == null ? null : columns.get(colCode);
        return slot == null ? -1 : slot;
    }

    /** Row codes in template order, each once. */
    List<String> rows() {
        return rows;
    }

    private static Map<TemplateVersion, Map<TableCode, TableLayout>> standardLayouts() {
        CodeBook codes = CodeBook.standard();
        Map<TemplateVersion, Map<TableCode, TableLayout>> layouts = new EnumMap<>(TemplateVersion.class);
        for (TemplateVersion version : TemplateVersion.values()) {
            Map<TableCode, TableLayout> tables = new EnumMap<>(TableCode.class);
            for (TableCode table : TableCode.values()) {
                tables.put(table, new TableLayout(codes.cells(version, table)));
            }
            layouts.put(version, tables);
        }
        return layouts;
    }
}
