package io.xxgk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.xxgk.cli.CliFixture.xxgk;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line itself: every command documents its exit codes, and a bad command line exits 64. */
class CommandLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"extract", "run", "status", "quarantine", "findings", "requeue", "restart", "stop",
            "abandon", "schedule"})
    void help_ThenEveryCommandDocumentsItsExitCodes(String command) {
        CliFixture.Result help = xxgk(command, "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: xxgk " + command).contains("Exit codes:");
    }

    @Test
    void operatorCommands_WhenNoWarehouseIsNamed_ThenUsageErrorExit64() {
        CliFixture.Result status = xxgk("status");
        CliFixture.Result both = xxgk("stop", "1", "--job", "jobs/sample.yml", "--warehouse", "x");

        assertThat(status.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(status.err()).contains("Missing required argument").contains("--job=JOB.yml | --warehouse=DIR");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void restart_WhenGivenAnIdAndLastFailed_ThenUsageErrorExit64() {
        CliFixture.Result restart = xxgk("restart", "3", "--last-failed", "--warehouse", "x");

        assertThat(restart.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(restart.err()).contains("mutually exclusive");
    }
}
