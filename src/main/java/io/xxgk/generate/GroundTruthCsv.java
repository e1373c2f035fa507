package io.xxgk.generate;

import org.apache.commons.csv.CSVFormat;

/**
 * The two files a generated corpus carries beside {@code reports/}: {@code ground-truth.csv} (one row per template
 * value cell of every report, what a correct extraction must read) and {@code reports.csv} (one row per report: its
 * layout, encoding, agency, year, templates and injected faults). Column names are spelled here only.
 */
public final class GroundTruthCsv {

    public static final String REPORTS_DIR = "reports";
    public static final String TRUTH_FILE = "ground-truth.csv";
    public static final String MANIFEST_FILE = "reports.csv";

    /** Cell rows: file, template of the table, table, category, the text printed, the number, status, unit. */
    public static final String[] TRUTH_COLUMNS = {
            "file", "template", "table_code", "category", "value_raw", "value", "status", "unit", "injected_fault"};
    public static final String[] MANIFEST_COLUMNS = {
            "file", "report_id", "bytes", "layout", "encoding", "agency", "year", "template_t1", "template_t2", "faults"};

    static final CSVFormat WRITE_TRUTH = format(TRUTH_COLUMNS);
    static final CSVFormat WRITE_MANIFEST = format(MANIFEST_COLUMNS);
    static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private GroundTruthCsv() {
    }

    private static CSVFormat format(String[] header) {
        return CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get();
    }
}
