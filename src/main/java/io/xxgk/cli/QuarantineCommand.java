package io.xxgk.cli;

import io.xxgk.batch.NoWarehouseException;
import io.xxgk.batch.WarehouseApplication;
import io.xxgk.discovery.Sizes;
import io.xxgk.jobs.InvalidJobFileException;
import io.xxgk.ops.QuarantinedFiles;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code xxgk quarantine}: the files the warehouse did not load, why, and where they are. */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
        description = {"List the files that were not loaded (their latest version is QUARANTINED): reason, "
                + "file path, size, and when.",
                "Fix or replace a file in the inbox and run again; when the cause was outside the file (a loader "
                        + "bug since fixed), requeue it."},
        footer = {"", "Exit codes: 0 listed (none is not an error), 64 no warehouse there or usage error."})
public class QuarantineCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ArgGroup(multiplicity = "1")
    WarehouseOptions where;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (var context = WarehouseApplication.openExisting(where.warehouse())) {
            List<QuarantinedFiles.File> files = new QuarantinedFiles(context.getBean(JdbcTemplate.class),
                    context.getBean(JobRepository.class)).list();
            print(files, out);
            return ExitCodes.OK;
        } catch (InvalidJobFileException | NoWarehouseException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private static void print(List<QuarantinedFiles.File> files, PrintWriter out) {
        if (files.isEmpty()) {
            out.println("No quarantined files: every file in the warehouse was loaded.");
            out.flush();
            return;
        }
        out.printf("%d file%s not loaded (quarantined), newest first:%n", files.size(), files.size() == 1 ? "" : "s");
        for (QuarantinedFiles.File f : files) {
            out.printf("%n  %s%n", f.sourceFile());
            out.printf("    reason   %s: %s%n", f.code(), f.reason());
            out.printf("    file     %s%s, %s%n", f.path() == null ? "(inbox unknown)" : f.path(),
                    f.path() != null && !f.inInbox() ? " (no longer there)" : "", Sizes.human(f.bytes()));
            out.printf("    when     %s (execution %d)%s%n", WHEN.format(f.when()), f.executionId(),
                    f.requeued() ? "; requeued: the next run reads it again" : "");
        }
        out.printf("%nFix or replace a file in the inbox and run again (a changed file is read again by itself); "
                + "if the cause was outside the file, e.g. a loader bug since fixed: xxgk requeue FILE (or --all).%n");
        out.flush();
    }
}
