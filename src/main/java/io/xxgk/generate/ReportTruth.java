package io.xxgk.generate;

import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every value cell of one generated report, in template order (T1, T2, T3 as in codes.tsv), with the template each
 * table is printed in. Written once by the generator; fault injection replaces single cells.
 */
public final class ReportTruth {

    private final Map<TableCode, TemplateVersion> templates;
    private final List<TruthCell> cells = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    ReportTruth(Map<TableCode, TemplateVersion> templates) {
        this.templates = new EnumMap<>(templates);
    }

    void add(TruthCell cell) {
        index.put(cell.def().cellKey(), cells.size());
        cells.add(cell);
    }

    void replace(TruthCell cell) {
        cells.set(index.get(cell.def().cellKey()), cell);
    }

    public TemplateVersion template(TableCode table) {
        return templates.get(table);
    }

    public List<TruthCell> cells() {
        return Collections.unmodifiableList(cells);
    }

    public List<TruthCell> cells(TableCode table) {
        return cells.stream().filter(c -> c.def().table() == table).toList();
    }

    /** The cell of this table and category (spec §9.1), or null when the table's template has no such cell. */
    public TruthCell cell(TableCode table, String category) {
        Integer i = index.get(table + "." + category);
        return i == null ? null : cells.get(i);
    }
}
