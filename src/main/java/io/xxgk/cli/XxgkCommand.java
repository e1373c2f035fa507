package io.xxgk.cli;

import picocli.CommandLine.Command;

/**
 * The top-level command; each subcommand is one class in this package. Operating commands are listed in the order
 * an operator needs them (what ran, what failed and why, fix, resume, stop, give up, schedule), tools last.
 */
@Command(name = "xxgk", mixinStandardHelpOptions = true, version = "xxgk-warehouse 0.1.0",
        description = "Loads 政府信息公开工作年度报告 statistical tables into CSV, Parquet and H2.",
        subcommands = {
                ExtractCommand.class,
                RunCommand.class,
                StatusCommand.class,
                QuarantineCommand.class,
                FindingsCommand.class,
                RequeueCommand.class,
                RestartCommand.class,
                StopCommand.class,
                AbandonCommand.class,
                ScheduleCommand.class,
                GenerateCommand.class,
                BenchCommand.class},
        footer = {"", "Every command but extract, schedule, generate and bench names its warehouse with --job JOB.yml "
                + "or --warehouse DIR; run takes JOB.yml and may override --warehouse.",
                "", "Exit codes: 0 success, 1 completed with quarantined files, 2 failed or stopped (run again or "
                + "restart to resume), 3 already running (another load holds the warehouse), 64 usage error. "
                + "Each command's --help says which apply."})
public class XxgkCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "name a command");
    }
}
