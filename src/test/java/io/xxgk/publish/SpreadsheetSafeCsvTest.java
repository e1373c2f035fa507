package io.xxgk.publish;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opt-in csv-excel dialect: text a spreadsheet would run as a formula gets a leading {@code '}; numbers, plain
 * text and the standard CSV are left exactly as they are.
 */
class SpreadsheetSafeCsvTest {

    @TempDir
    Path dir;

    @Test
    void of_WhenTextStartsWithAFormulaCharacter_ThenItIsPrefixedWithAQuote() {
        assertThat(SpreadsheetSafeText.of("=HYPERLINK(\"http://evil.example\",\"点击\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点击\")");
        assertThat(SpreadsheetSafeText.of("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(SpreadsheetSafeText.of("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(SpreadsheetSafeText.of("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetSafeText.of("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetSafeText.of("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(SpreadsheetSafeText.of("-")).isEqualTo("'-");
    }

    @Test
    void of_WhenTextIsAPlainNumberOrHarmless_ThenItIsLeftAlone() {
        for (String number : List.of("-5", "+2", "-0.5", "1,234", "8808257.32", "0")) {
            assertThat(SpreadsheetSafeText.of(number)).as(number).isEqualTo(number);
        }
        for (String text : List.of("", "8808257.32元", "'; DROP TABLE facts; --", "a=b", "江源区", "（六）其他处理")) {
            assertThat(SpreadsheetSafeText.of(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void publish_WhenSpreadsheetSafe_ThenBomFirstFormulasQuotedNumbersUntouched() throws Exception {
        OutputTable table = new OutputTable("t", List.of(new OutputTable.Column("text", OutputTable.Type.STRING),
                new OutputTable.Column("value", OutputTable.Type.DECIMAL)));
        Path standard = dir.resolve("standard.csv");
        Path excel = dir.resolve("excel.csv");
        Object[][] rows = {
                {"=HYPERLINK(\"http://evil.example\"),\n第二行", new BigDecimal("-5.000000")},
                {"-5", new BigDecimal("-5.000000")},
                {"青阳街道", new BigDecimal("71.000000")}};
        write(standard, table, CsvSink.Dialect.STANDARD, rows);
        write(excel, table, CsvSink.Dialect.SPREADSHEET_SAFE, rows);

        byte[] excelBytes = Files.readAllBytes(excel);
        assertThat(excelBytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readAllBytes(standard)).startsWith("text,".getBytes(StandardCharsets.UTF_8));
        String excelText = new String(excelBytes, 3, excelBytes.length - 3, StandardCharsets.UTF_8);
        assertThat(records(excelText)).containsExactly(
                List.of("text", "value"),
                List.of("'=HYPERLINK(\"http://evil.example\"),\n第二行", "-5"),
                List.of("-5", "-5"),
                List.of("青阳街道", "71"));
        assertThat(records(Files.readString(standard, StandardCharsets.UTF_8))).containsExactly(
                List.of("text", "value"),
                List.of("=HYPERLINK(\"http://evil.example\"),\n第二行", "-5"),
                List.of("-5", "-5"),
                List.of("青阳街道", "71"));
    }

    private static void write(Path target, OutputTable table, CsvSink.Dialect dialect, Object[][] rows)
            throws Exception {
        try (CsvSink sink = new CsvSink(target, table, dialect)) {
            for (Object[] row : rows) {
                sink.write(row);
            }
            sink.publish();
        }
    }

    private static List<List<String>> records(String csv) throws Exception {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }
}
