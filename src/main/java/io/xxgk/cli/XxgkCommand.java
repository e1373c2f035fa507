package io.xxgk.cli;

import picocli.CommandLine.Command;

/** The top-level command; each subcommand is one class in this package. */
@Command(name = "xxgk", mixinStandardHelpOptions = true, version = "xxgk-warehouse 0.1.0",
        description = "Loads 政府信息公开工作年度报告 statistical tables into CSV, Parquet and H2.",
        subcommands = {ExtractCommand.class, RunCommand.class, StatusCommand.class, RestartCommand.class,
                StopCommand.class, AbandonCommand.class, QuarantineCommand.class, RequeueCommand.class,
                FindingsCommand.class, ScheduleCommand.class, GenerateCommand.class, BenchCommand.class},
        footer = {"", "Exit codes: 0 success, 1 completed with quarantined files, 2 failed, 3 already running, "
                + "64 usage error."})
public class XxgkCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "name a command");
    }
}
