package io.xxgk.generate;

/**
 * One generated report: its content (with the ground truth) and the file it is written as.
 *
 * @param fileName {@code 000123_<report id>.txt}, numbered like the seeds
 * @param reportId first 16 hex characters of the sha256 of the bytes, as the output contract defines report_id
 */
public record GeneratedReport(ReportContent content, String fileName, byte[] bytes, String reportId) {
}
