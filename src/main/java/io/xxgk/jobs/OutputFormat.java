package io.xxgk.jobs;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A published file format. H2 is not one of them: it is always written, it is what the files are published from. */
public enum OutputFormat {
    /** {@code csv/}: RFC 4180, UTF-8 without BOM, every value exactly as in H2 (output-contract.md). */
    CSV,
    /** {@code parquet/}: Hive-partitioned facts, reports and findings. */
    PARQUET,
    /**
     * {@code csv-excel/}, opt-in: the CSV files made safe to double-click into a spreadsheet. UTF-8 with a BOM (so
     * Excel reads the Chinese text) and text cells a spreadsheet would run as a formula prefixed with {@code '}
     * (see {@code publish.SpreadsheetSafeText}). Not for programs: they should read {@code csv/}.
     */
    CSV_EXCEL;

    /** The name in job files and summaries: {@code csv}, {@code parquet}, {@code csv-excel}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The format a job file names, case-insensitively ({@code csv-excel} or {@code csv_excel}). */
    public static OutputFormat ofLabel(String label) {
        String name = label.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("outputs: unknown format '" + label + "' (known: "
                        + Arrays.stream(values()).map(OutputFormat::label).collect(Collectors.joining(", ")) + ")"));
    }
}
