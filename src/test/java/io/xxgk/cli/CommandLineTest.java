package io.xxgk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static io.xxgk.cli.CliFixture.xxgk;
import static java.nio.charset.StandardCharsets.UTF_8;
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

    /** Help texts are format strings: a bare % makes picocli warn on stderr and print the raw text. */
    @ParameterizedTest
    @ValueSource(strings = {"extract", "run", "status", "quarantine", "findings", "requeue", "restart", "stop",
            "abandon", "schedule", "generate", "bench"})
    void help_ThenPicocliRendersItWithoutWarnings(String command) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, UTF_8));
        try {
            assertThat(xxgk(command, "--help").exitCode()).isZero();
        } finally {
            System.setErr(stderr);
        }

        assertThat(captured.toString(UTF_8)).doesNotContain("picocli WARN");
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
