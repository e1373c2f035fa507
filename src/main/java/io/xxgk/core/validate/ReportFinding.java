package io.xxgk.core.validate;

import java.util.List;

/** A finding with the report it belongs to, as cross-report rules return them. */
public record ReportFinding(String reportId, Finding finding) {

    /** Field values in {@link Finding#COLUMNS} order. */
    public List<Object> values() {
        return finding.values(reportId);
    }
}
