package io.xxgk.cli;

import io.xxgk.batch.NoWarehouseException;
import io.xxgk.batch.WarehouseApplication;
import io.xxgk.jobs.InvalidJobFileException;
import io.xxgk.ops.QuarantinedFiles;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code xxgk requeue FILE…|--all}: the next run reads these quarantined files again although they did not change
 * (a file that changed is read again anyway). The next run is then a new load even if nothing else changed.
 */
@Command(name = "requeue", mixinStandardHelpOptions = true,
        description = {"Make the next run read quarantined files again although they did not change, e.g. after "
                + "a loader bug was fixed. (A file that was replaced or edited is read again without this.)",
                "FILE is a name as xxgk quarantine shows it (relative to the inbox) or a path to the file."},
        footer = {"", "Exit codes: 0 requeued, 64 a FILE that is not quarantined (nothing requeued), no warehouse "
                + "there or usage error."})
public class RequeueCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    Which which;

    static class Which {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "quarantined file(s) to read again")
        List<String> files;

        @Option(names = "--all", description = "every quarantined file")
        boolean all;
    }

    @ArgGroup(multiplicity = "1")
    WarehouseOptions where;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (var context = WarehouseApplication.openExisting(where.warehouse())) {
            QuarantinedFiles quarantined = new QuarantinedFiles(context.getBean(JdbcTemplate.class),
                    context.getBean(JobRepository.class));
            List<String> requeued = which.all ? quarantined.requeueAll()
                    : quarantined.requeue(which.files, Path.of("").toAbsolutePath());
            if (requeued.isEmpty()) {
                out.println("No quarantined files: nothing to requeue.");
            } else {
                out.printf("Requeued %d file%s: %s%nThe next run reads %s again.%n", requeued.size(),
                        requeued.size() == 1 ? "" : "s", String.join(", ", requeued),
                        requeued.size() == 1 ? "it" : "them");
            }
            out.flush();
            return ExitCodes.OK;
        } catch (InvalidJobFileException | NoWarehouseException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
