package io.xxgk.validation;

import io.xxgk.core.model.ExtractedReport;

import java.util.List;

/**
 * The rules run on every extracted report before it is staged: the seam where {@code core.validate} plugs into the
 * load job. Implementations are pure and thread-safe (extraction partitions call them concurrently) and report
 * problems as findings, never by throwing: a finding never stops a report from loading.
 */
@FunctionalInterface
public interface ReportChecks {

    /** Findings for one report, in a stable order (the order they are published in). */
    List<FindingRow> check(String reportId, ExtractedReport report);
}
