package io.xxgk.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code xxgk extract FILE} as a person uses it: the tables as printed, the long rows, and a clear refusal. */
class ExtractCommandTest {

    private static final String SEED_002 = "data/samples/002_1cb59e66f00bcffe.txt";

    private record Result(int exit, String out, String err) {
    }

    @Test
    void extract_WhenGivenASeed_ThenPrintsMetadataTablesWithVisibleBlanksAndFindings() {
        Result r = run("extract", SEED_002);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("agency:    江源区", "year:      2020  (from the title)",
                "template:  V2019 detected, V2019 expected for 2020", "发布总数量: 4267");
        // the row 行政许可 of T1 block （五）: 384, +2, 36756 as printed
        assertThat(r.out().lines().filter(l -> l.contains("行政许可")).findFirst().orElseThrow())
                .contains("384", "+2", "36756");
        // 政府集中采购 has no values in the report: shown as blanks, never as 0
        assertThat(r.out().lines().filter(l -> l.strip().startsWith("政府集中采购")).findFirst().orElseThrow())
                .contains("□").doesNotContain("0");
        assertThat(r.out()).contains("WARN  R13");
    }

    @Test
    void extract_WithFormatCsv_ThenPrintsOneContractRowPerTemplateCell() throws Exception {
        Result r = run("extract", SEED_002, "--format", "csv");

        assertThat(r.exit()).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
        assertThat(rows).hasSize(198);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("report_id", "agency", "year",
                "template", "table_code", "category", "block_code", "row_code", "col_code", "row_label", "col_label",
                "value", "value_raw", "unit", "status", "source_file", "source_line");
        CSVRecord change = rows.stream().filter(x -> x.get("category").equals("A20_5.LICENSING|YEAR_CHANGE"))
                .findFirst().orElseThrow();
        assertThat(change.get("value_raw")).isEqualTo("+2");
        assertThat(change.get("value")).isEqualTo("2");
        assertThat(change.get("source_line")).isEqualTo("41");
        CSVRecord amount = rows.stream().filter(x -> x.get("category").equals("A20_9.CENTRAL_PROCUREMENT|TOTAL_AMOUNT"))
                .findFirst().orElseThrow();
        assertThat(amount.get("status")).isEqualTo("BLANK");
        assertThat(amount.get("value")).isEmpty();
    }

    @Test
    void extract_WhenTheFileCannotBeRead_ThenSaysWhyInWordsAndExitsOne(@TempDir Path tmp) throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));

        Result r = run("extract", empty.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.QUARANTINED);
        assertThat(r.err()).contains("cannot be loaded (EMPTY): the file is empty (0 bytes)")
                .doesNotContain("Exception");
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }
}
