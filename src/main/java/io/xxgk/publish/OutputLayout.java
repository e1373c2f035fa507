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
        return format == OutputFormat.CSV ? root(format).resolve("reports.csv")
                : root(format).resolve("reports").resolve("reports.parquet");
    }

    public Path findings(OutputFormat format) {
        return format == OutputFormat.CSV ? root(format).resolve("findings.csv")
                : root(format).resolve("findings").resolve("findings.parquet");
    }

    public Path root(OutputFormat format) {
        return warehouse.resolve(format == OutputFormat.CSV ? "csv" : "parquet");
    }

    /** Path relative to the warehouse, for logs and summaries. */
    public String describe(Path file) {
        return warehouse.relativize(file).toString().replace('\\', '/');
    }

    private static String extension(OutputFormat format) {
        return format == OutputFormat.CSV ? ".csv" : ".parquet";
    }
}
