package io.xxgk.warehouse;

import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.Fact;
import io.xxgk.discovery.ManifestEntry;
import io.xxgk.validation.FindingRow;

import java.util.List;

/** The outcome of reading one manifest file: what the warehouse stages for it, in one transaction. */
public sealed interface ReportLoad {

    ManifestEntry entry();

    String reportId();

    /** A report read completely: its facts (blanks included) and findings are staged, its status is LOADED. */
    record Loaded(ManifestEntry entry, String reportId, String format, ExtractedReport report, List<Fact> facts,
                  List<FindingRow> findings) implements ReportLoad {
    }

    /**
     * A file that is not published: no facts, a stable {@code code} for scripts and a {@code reason} an operator
     * can act on.
     */
    record Quarantined(ManifestEntry entry, String reportId, String code, String reason) implements ReportLoad {
    }

    /** The report id of a manifest entry: first 16 hex of its digest, empty for a file that was never opened. */
    static String reportIdOf(ManifestEntry entry) {
        return entry.sha256().length() >= 16 ? entry.sha256().substring(0, 16) : "";
    }
}
