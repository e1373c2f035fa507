package io.xxgk.core.model;

import java.util.List;
import java.util.Map;

/**
 * Everything read from one report: its metadata, one cell per template value cell (198 for V2019, 200 for
 * V2021, in template order), the template of each table, and the narrative text for the text-versus-table rules.
 *
 * @param issues things noticed while reading that did not stop it (non-template rows skipped, a sentence in a value
 *               slot, a row printed with fewer cells than columns)
 */
public record ExtractedReport(
        ReportMetadata metadata,
        Map<TableCode, TemplateVersion> tableTemplates,
        List<Cell> cells,
        List<TextLine> narrative,
        List<String> issues) {

    public List<Cell> cells(TableCode table) {
        return cells.stream().filter(c -> c.table() == table).toList();
    }
}
