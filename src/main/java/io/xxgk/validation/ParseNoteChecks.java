package io.xxgk.validation;

import io.xxgk.core.model.ExtractedReport;

import java.util.List;

/**
 * Stand-in until the consistency rules of {@code core.validate} are wired in: every note the extractor made while
 * reading (a label typo folded, stray text skipped) becomes an INFO finding with rule {@value #RULE}, so it is
 * visible to analysts next to the facts it concerns.
 */
public final class ParseNoteChecks implements ReportChecks {

    public static final String RULE = "PARSE_NOTE";

    @Override
    public List<FindingRow> check(String reportId, ExtractedReport report) {
        return report.issues().stream()
                .map(note -> new FindingRow(reportId, RULE, "INFO", "", "", "", "", note))
                .toList();
    }
}
