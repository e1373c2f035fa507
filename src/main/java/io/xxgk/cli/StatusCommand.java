package io.xxgk.cli;

import io.xxgk.batch.RunLock;
import io.xxgk.ops.ExecutionHistory;
import io.xxgk.ops.ScheduleEvents;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code xxgk status [ID]}: what ran in a warehouse and how it ended, newest first per job, with the step and error
 * of what did not complete and the outcome of scheduled firings; with an id, that run's steps. Reads only, and
 * works while a load runs (in another process too).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show recent loads per job: id, start, end, status, files loaded and quarantined, facts; "
                + "for a load that did not complete, the step and the error. Then the latest scheduled firings, "
                + "missed ones included.",
                "With ID: that load's parameters and steps (read, write, skip counts, duration)."},
        footer = {"", "Exit codes: 0 shown, 64 unknown id, no warehouse there, or usage error."})
public class StatusCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", arity = "0..1", description = "a job execution id: show its steps")
    Long executionId;

    @ArgGroup(multiplicity = "1")
    WarehouseOptions where;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "executions shown per job. Default: ${DEFAULT-VALUE}")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return where.withExisting("Status", spec.commandLine().getErr(), (context, warehouse) -> {
            ExecutionHistory history = new ExecutionHistory(context.getBean(JobRepository.class),
                    context.getBean(JdbcTemplate.class));
            StatusView view = new StatusView(out, warehouse, RunLock.isHeld(warehouse), RunLock.holder(warehouse));
            if (executionId != null) {
                view.printRun(history.run(executionId), history.parameters(executionId), history.steps(executionId));
            } else {
                view.printRecent(history.recentByJob(Math.max(1, limit)), new ScheduleEvents(warehouse).last(limit));
            }
            out.flush();
            return ExitCodes.OK;
        });
    }
}
