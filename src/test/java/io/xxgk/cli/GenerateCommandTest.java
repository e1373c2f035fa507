package io.xxgk.cli;

import io.xxgk.generate.GroundTruthCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void generateWritesReportsGroundTruthAndManifestAndPrintsOneSummaryLine() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new XxgkCommand()).setOut(new PrintWriter(out));

        int code = cli.execute("generate", "--reports", "20", "--seed", "5", "--out", dir.toString(), "--check");

        assertThat(code).isEqualTo(ExitCodes.OK);
        try (Stream<Path> files = Files.list(dir.resolve(GroundTruthCsv.REPORTS_DIR))) {
            assertThat(files.filter(p -> p.toString().endsWith(".txt")).count()).isEqualTo(20);
        }
        assertThat(Files.readAllLines(dir.resolve(GroundTruthCsv.MANIFEST_FILE))).hasSize(21);
        long truthRows = Files.readAllLines(dir.resolve(GroundTruthCsv.TRUTH_FILE)).size() - 1;
        assertThat(truthRows).isBetween(20L * 186, 20L * 200);
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).startsWith("generated 20 reports (").contains("cells", "layouts", "templates");
        assertThat(lines[lines.length - 1]).isEqualTo("accuracy: " + truthRows + "/" + truthRows + " cells");
    }

    @Test
    void sameSeedWritesTheSameFiles(@TempDir Path other) throws Exception {
        new CommandLine(new XxgkCommand()).execute("generate", "--reports", "8", "--seed", "9", "--out", dir.toString());
        new CommandLine(new XxgkCommand()).execute("generate", "--reports", "8", "--seed", "9", "--out", other.toString());

        assertThat(Files.readString(other.resolve(GroundTruthCsv.TRUTH_FILE)))
                .isEqualTo(Files.readString(dir.resolve(GroundTruthCsv.TRUTH_FILE)));
        assertThat(Files.readString(other.resolve(GroundTruthCsv.MANIFEST_FILE)))
                .isEqualTo(Files.readString(dir.resolve(GroundTruthCsv.MANIFEST_FILE)));
    }
}
