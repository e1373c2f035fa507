package io.xxgk.generate;

import java.util.List;

/**
 * The outcome of comparing every extracted cell of a corpus with its ground truth.
 *
 * @param correct    cells read exactly as the ground truth says (text, status, number, unit and template)
 * @param total      cells in the ground truth
 * @param failed     reports the extractor refused, with the reason (their cells count as wrong)
 * @param mismatches the first mismatching cells, for the report (the count is {@code total - correct})
 */
public record AccuracyResult(long correct, long total, int reports, List<String> failed, List<CellMismatch> mismatches) {

    public boolean perfect() {
        return correct == total && failed.isEmpty();
    }

    /** {@code accuracy: R/T cells}, the line scripts track. */
    public String line() {
        return "accuracy: " + correct + "/" + total + " cells";
    }
}
