package io.xxgk.cli;

import io.xxgk.generate.AccuracyCheck;
import io.xxgk.generate.AccuracyResult;
import io.xxgk.generate.CorpusSummary;
import io.xxgk.generate.CorpusWriter;
import io.xxgk.generate.ReportGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code xxgk generate --reports N --seed S --out DIR}: a synthetic corpus with its ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate realistic report text files in the five seed layouts (both templates) with a ground "
                + "truth of every cell.", "Writes DIR/reports/*.txt, DIR/ground-truth.csv and DIR/reports.csv."})
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--reports", required = true, description = "number of reports")
    int reports;

    @Option(names = "--seed", defaultValue = "1",
            description = "random seed; the same seed gives the same files. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--out", required = true,
            description = "output directory (created; existing files are overwritten)")
    Path out;

    @Option(names = "--fault-rate", defaultValue = "" + ReportGenerator.DEFAULT_FAULT_RATE,
            description = "share of reports with one injected consistency fault. Default: ${DEFAULT-VALUE}")
    double faultRate;

    @Option(names = "--check", description = "then extract every file and compare it with the ground truth")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (reports < 1 || faultRate < 0 || faultRate > 1) {
            spec.commandLine().getErr().println("--reports must be at least 1 and --fault-rate between 0 and 1");
            return ExitCodes.USAGE;
        }
        Files.createDirectories(out);
        CorpusSummary summary = new CorpusWriter(new ReportGenerator(seed, faultRate)).write(out, reports);
        stdout.println(summary.line(out.toString()));
        if (check) {
            AccuracyResult result = AccuracyCheck.run(out, Runtime.getRuntime().availableProcessors());
            result.failed().forEach(f -> stdout.println("  refused: " + f));
            result.mismatches().forEach(m -> stdout.println("  mismatch: " + m));
            stdout.println(result.line());
            stdout.flush();
            return result.perfect() ? ExitCodes.OK : ExitCodes.QUARANTINED;
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
