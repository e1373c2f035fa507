package io.xxgk.cli;

import io.xxgk.batch.NoWarehouseException;
import io.xxgk.batch.WarehouseApplication;
import io.xxgk.jobs.InvalidJobFileException;
import io.xxgk.ops.FindingsQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/** {@code xxgk findings}: the consistency findings in the warehouse, by report, with the report's file and agency. */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = {"List the findings of the loaded reports (rules that do not hold, cells that could not be "
                + "checked, notes), most severe first, grouped by report with its agency, year and file.",
                "Findings never change a value; they say which numbers to look at before using them."},
        footer = {"", "Exit codes: 0 listed (none found is not an error), 64 no warehouse there or usage error."})
public class FindingsCommand implements Callable<Integer> {

    enum Level { ERROR, WARN, INFO }

    @ArgGroup(multiplicity = "1")
    WarehouseOptions where;

    @Option(names = "--report", paramLabel = "ID", description = "a report id (or its first characters)")
    String reportId;

    @Option(names = "--agency", paramLabel = "NAME", description = "agencies whose name contains NAME")
    String agency;

    @Option(names = "--rule", paramLabel = "RULE", description = "one rule, e.g. R3 or PARSE_NOTE")
    String rule;

    @Option(names = "--severity", paramLabel = "LEVEL", description = "ERROR, WARN or INFO")
    Level severity;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200",
            description = "findings shown at most. Default: ${DEFAULT-VALUE}")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (var context = WarehouseApplication.openExisting(where.warehouse())) {
            FindingsQuery query = new FindingsQuery(context.getBean(JdbcTemplate.class));
            FindingsQuery.Filter filter = new FindingsQuery.Filter(reportId, agency, rule,
                    severity == null ? null : severity.name());
            print(query.countBySeverity(filter), query.find(filter, Math.max(1, limit)), out);
            return ExitCodes.OK;
        } catch (InvalidJobFileException | NoWarehouseException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private static void print(Map<String, Integer> counts, List<FindingsQuery.Finding> findings, PrintWriter out) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            out.println("No findings match.");
            out.flush();
            return;
        }
        List<String> bySeverity = new ArrayList<>();
        counts.forEach((severity, n) -> bySeverity.add(n + " " + severity));
        out.printf("%d finding%s: %s%n", total, total == 1 ? "" : "s", String.join(", ", bySeverity));
        FindingsQuery.Finding previous = null;
        for (FindingsQuery.Finding f : findings) {
            if (previous == null || !Objects.equals(previous.sourceFile(), f.sourceFile())
                    || !previous.reportId().equals(f.reportId())) {
                out.printf("%n%s %s  %s  (report %s)%n", f.agency().isEmpty() ? "(agency unknown)" : f.agency(),
                        f.year() == null ? "" : f.year(), f.sourceFile(), f.reportId());
            }
            String where = String.join(" ", List.of(f.tableCode(), f.scope())).strip();
            out.printf("  %-5s  %-17s %-14s %s%n", f.severity(), f.rule(), where, f.message());
            previous = f;
        }
        if (total > findings.size()) {
            out.printf("%n... and %d more (narrow with --report, --agency, --rule, --severity or raise --limit)%n",
                    total - findings.size());
        }
        out.flush();
    }
}
