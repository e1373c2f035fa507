package io.xxgk.cli;

import io.xxgk.core.ReportIds;
import io.xxgk.core.ReportParser;
import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.Fact;
import io.xxgk.core.validate.Finding;
import io.xxgk.core.validate.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code xxgk extract FILE}: reads one report and prints its tables, metadata and findings; no warehouse involved. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract one report and print its three tables (or the long CSV rows).",
        footer = {"", "Exit codes: 0 extracted, 1 the file cannot be loaded (the reason is printed), 64 not a file "
                + "or usage error."})
public class ExtractCommand implements Callable<Integer> {

    enum OutputFormat { table, csv }

    @Parameters(paramLabel = "FILE", description = "report file (TXT, HTML or DOCX)")
    Path file;

    @Option(names = "--format", defaultValue = "table",
            description = "table (rows x columns, as a person reads them) or csv (one fact per row). Default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("not a file: " + file);
            return ExitCodes.USAGE;
        }
        byte[] bytes = Files.readAllBytes(file);
        ReportParser.Parsed parsed;
        try {
            parsed = new ReportParser().parse(bytes, file.getFileName().toString());
        } catch (ExtractionFailure e) {
            err.println(file + ": cannot be loaded (" + e.reason() + "): " + e.getMessage());
            return ExitCodes.QUARANTINED;
        }
        String reportId = ReportIds.of(bytes);
        if (format == OutputFormat.csv) {
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader(Fact.COLUMNS.toArray(String[]::new)).get())) { // CRLF, as the published CSV
                for (Fact f : Fact.of(reportId, file.getFileName().toString(), parsed.report())) {
                    csv.printRecord(f.values());
                }
            }
        } else {
            List<Finding> findings = Validator.standard().validate(parsed.report());
            new TableView(out).print(file.getFileName().toString(), reportId, parsed, findings);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
