package io.xxgk.publish;

import io.xxgk.jobs.OutputFormat;

import java.nio.file.Path;

/** Where each published file lives under the warehouse directory (output-contract.md, "Where outputs land"). */
public final class OutputLayout {

    private final Path warehouse;

    public OutputLayout(Path warehouse) {
        this.warehouse = warehouse;
    }

    public Path factsDir(OutputFormat format) {
        return root(format).resolve("facts");
    }

    public Path facts(OutputFormat format, int year) {
        return factsDir(format).resolve("year=" + year).resolve("facts" + extension(format));
    }

    public Path reports(OutputFormat format) {
        return format == OutputFormat.PARQUET ? root(format).resolve("reports").resolve("reports.parquet")
                : root(format).resolve("reports.csv");
    }

    public Path findings(OutputFormat format) {
        return format == OutputFormat.PARQUET ? root(format).resolve("findings").resolve("findings.parquet")
                : root(format).resolve("findings.csv");
    }

    /** {@code csv/}, {@code parquet/}, {@code csv-excel/}. */
    public Path root(OutputFormat format) {
        return warehouse.resolve(format.label());
    }

    /** Path relative to the warehouse, for logs and summaries. */
    public String describe(Path file) {
        return warehouse.relativize(file).toString().replace('\\', '/');
    }

    private static String extension(OutputFormat format) {
        return format == OutputFormat.PARQUET ? ".parquet" : ".csv";
    }
}
