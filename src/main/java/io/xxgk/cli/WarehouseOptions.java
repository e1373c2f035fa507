package io.xxgk.cli;

import io.xxgk.batch.NoWarehouseException;
import io.xxgk.batch.WarehouseApplication;
import io.xxgk.jobs.InvalidJobFileException;
import io.xxgk.jobs.JobDefinition;
import io.xxgk.jobs.JobDefinitions;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * How a command names its warehouse: {@code --job JOB.yml} (the job file's {@code warehouse:}) or
 * {@code --warehouse DIR}, the same option {@code run} takes. Used as an exclusive, required picocli ArgGroup:
 * {@code @ArgGroup(multiplicity = "1") WarehouseOptions where;}.
 */
public class WarehouseOptions {

    @Option(names = "--job", paramLabel = "JOB.yml", description = "the job file naming the warehouse")
    Path jobFile;

    @Option(names = "--warehouse", paramLabel = "DIR", description = "the warehouse directory")
    Path dir;

    /**
     * The warehouse directory, absolute; relative paths resolve against the working directory as in {@code run}.
     *
     * @throws io.xxgk.jobs.InvalidJobFileException when the job file cannot be used
     */
    Path warehouse() {
        return dir != null ? here().resolve(dir).normalize() : job().warehouse();
    }

    /** What a command does with the open warehouse; returns its exit code. */
    @FunctionalInterface
    interface WarehouseWork {
        int run(ConfigurableApplicationContext context, Path warehouse) throws Exception;
    }

    /**
     * Opens the existing warehouse, runs {@code work} on it and closes it. A warehouse that cannot be named or does
     * not exist, or an argument it refuses, is a usage error (64) in words; anything else is "{@code what} failed"
     * (2).
     */
    int withExisting(String what, PrintWriter err, WarehouseWork work) {
        try {
            Path warehouse = warehouse();
            try (var context = WarehouseApplication.openExisting(warehouse)) {
                return work.run(context, warehouse);
            }
        } catch (InvalidJobFileException | NoWarehouseException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        } catch (Exception e) {
            err.println(what + " failed: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /** Extraction threads for a load started by this command: the job file's, or the default. */
    int threads() {
        return jobFile == null ? JobDefinition.DEFAULT_THREADS : job().threads();
    }

    /** The job file's definition, or null when the warehouse was given as a directory. */
    JobDefinition jobOrNull() {
        return jobFile == null ? null : job();
    }

    private JobDefinition job() {
        return JobDefinitions.load(here().resolve(jobFile), here());
    }

    private static Path here() {
        return Path.of("").toAbsolutePath();
    }
}
