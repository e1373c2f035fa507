package io.xxgk.publish;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvSinkTest {

    @TempDir
    Path dir;

    @Test
    void publish_WhenTextHoldsCommasQuotesAndLineBreaks_ThenTheyComeBackAsWritten() throws Exception {
        OutputTable table = new OutputTable("t", List.of(new OutputTable.Column("text", OutputTable.Type.STRING),
                new OutputTable.Column("n", OutputTable.Type.DECIMAL)));
        Path target = dir.resolve("t.csv");
        String hostile = "a,\"b\"\r\nc=1+2";
        try (CsvSink sink = new CsvSink(target, table)) {
            sink.write(new Object[] {hostile, new BigDecimal("8808257.320000")});
            sink.write(new Object[] {"", null});
            sink.publish();
        }

        try (CSVParser parser = CSVParser.parse(target, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records.get(0).values()).containsExactly("text", "n");
            assertThat(records.get(1).values()).containsExactly(hostile, "8808257.32");
            assertThat(records.get(2).values()).containsExactly("", "");
        }
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void text_PrintsDecimalsPlainlyAndTimesAsUtc() {
        assertThat(CsvSink.text(new BigDecimal("36756.000000"))).isEqualTo("36756");
        assertThat(CsvSink.text(new BigDecimal("0.000000"))).isEqualTo("0");
        assertThat(CsvSink.text(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CsvSink.text(Instant.parse("2026-11-25T02:30:00Z"))).isEqualTo("2026-11-25T02:30:00Z");
        assertThat(CsvSink.text(null)).isEmpty();
    }

    @Test
    void close_WithoutPublish_LeavesNeitherTheTargetNorATemporaryFile() throws Exception {
        Path target = dir.resolve("t.csv");
        try (CsvSink sink = new CsvSink(target, OutputTable.FINDINGS)) {
            sink.write(new Object[] {"r", "R1", "WARN", "T1", "", "", "", "m"});
        }
        assertThat(Files.list(dir)).isEmpty();
    }
}
