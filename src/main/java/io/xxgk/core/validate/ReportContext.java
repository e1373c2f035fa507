package io.xxgk.core.validate;

import io.xxgk.core.model.ExtractedReport;

import java.util.List;

/**
 * One report as the rules of one {@link Validator#validate} call see it: the report itself plus what several rules
 * read from it, worked out once, on first use. Six rules look cells up by template position and two compare the
 * narrative's figures, so building the cell index and reading the narrative per rule used to cost more than the
 * rules themselves.
 *
 * <p>Not thread-safe, and need not be: a context lives for one validation on one thread. The {@link Validator}
 * itself stays pure and shared.
 */
public final class ReportContext {

    private static final NarrativeFigureReader NARRATIVE_READER = new NarrativeFigureReader();

    private final ExtractedReport report;
    private ReportCells cells;
    private List<NarrativeFigure> narrativeFigures;

    public ReportContext(ExtractedReport report) {
        this.report = report;
    }

    public ExtractedReport report() {
        return report;
    }

    /** The report's cells by template position. */
    ReportCells cells() {
        if (cells == null) {
            cells = new ReportCells(report);
        }
        return cells;
    }

    /** Every figure the narrative states, of all kinds, in reading order. */
    List<NarrativeFigure> narrativeFigures() {
        if (narrativeFigures == null) {
            narrativeFigures = NARRATIVE_READER.read(report.narrative());
        }
        return narrativeFigures;
    }
}
