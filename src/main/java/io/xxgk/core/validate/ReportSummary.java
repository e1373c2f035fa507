package io.xxgk.core.validate;

import java.util.Objects;

/**
 * What DUPLICATE_REPORT needs to know of one loaded report, as the warehouse's {@code reports} table holds it.
 *
 * @param publicationDate yyyy-MM-dd, empty when the report prints none
 */
public record ReportSummary(String reportId, String sourceFile, String agency, int year, String publicationDate) {

    public ReportSummary {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(agency, "agency");
        publicationDate = publicationDate == null ? "" : publicationDate;
    }
}
