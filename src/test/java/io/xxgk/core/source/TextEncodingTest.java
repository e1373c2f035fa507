package io.xxgk.core.source;

import io.xxgk.core.ReportParser;
import io.xxgk.core.model.Cell;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ExtractionFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inboxes fill from crawlers and e-mail: the same report arrives in every encoding Chinese sites use. Whatever the
 * bytes, a decodable report yields exactly the cells of its UTF-8 copy; undecodable bytes are refused by name.
 */
class TextEncodingTest {

    private static final Path SEED = Path.of("data/samples/004_2008f0193b0e469e.txt");
    private static String text;
    private static List<String> expected;

    @BeforeAll
    static void readUtf8Copy() throws Exception {
        text = Files.readString(SEED, StandardCharsets.UTF_8);
        expected = describe(parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8 with BOM", "UTF-16LE with BOM", "UTF-16BE with BOM", "GB18030", "GBK", "CRLF", "CR"})
    void readsTheSameCellsWhateverTheEncodingOrLineEnds(String variant) throws Exception {
        byte[] bytes = switch (variant) {
            case "UTF-8 with BOM" -> concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text));
            case "UTF-16LE with BOM" -> concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case "UTF-16BE with BOM" -> concat(new byte[]{(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
            case "GB18030" -> text.getBytes(Charset.forName("GB18030"));
            case "GBK" -> text.getBytes(Charset.forName("GBK"));
            case "CRLF" -> utf8(text.replace("\n", "\r\n"));
            case "CR" -> utf8(text.replace("\n", "\r"));
            default -> throw new IllegalArgumentException(variant);
        };

        ExtractedReport report = parse(bytes);

        assertThat(describe(report)).isEqualTo(expected);
        assertThat(report.metadata().agency()).isEqualTo("晋江市人民政府青阳街道办事处");
    }

    @Test
    void gbkBytesAreDecodedAsGb18030NotAsBrokenUtf8() throws Exception {
        DecodedText decoded = TextDecoder.decode(text.getBytes(Charset.forName("GBK")));

        assertThat(decoded.charset()).isEqualTo("GB18030");
        assertThat(decoded.text()).contains("青阳街道办事处");
    }

    @Test
    void bytesNoCharsetCanDecodeAreRefusedAsUndecodable() {
        byte[] bytes = concat(utf8("2020年政府信息公开工作年度报告\n"), new byte[]{(byte) 0xFF, (byte) 0xFE - 1, (byte) 0x80, 0x41});

        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(ExtractionFailure.class)
                .hasMessageContaining("neither UTF-8")
                .extracting(e -> ((ExtractionFailure) e).reason())
                .isEqualTo(ExtractionFailure.Reason.UNDECODABLE);
    }

    @Test
    void utf8BomFollowedByInvalidBytesNamesTheBom() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 0x41, (byte) 0xC3, 0x28};

        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .hasMessageContaining("UTF-8 byte-order mark");
    }

    @Test
    void binaryContentIsRefusedAsBinary() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0 : 'a' + i % 26);
        }

        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .extracting(e -> ((ExtractionFailure) e).reason())
                .isEqualTo(ExtractionFailure.Reason.BINARY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030"})
    void aFileCutInsideACharacterIsReadAsTruncatedNotAsAnotherEncoding(String charset) {
        // given the seed cut one byte into the （ of T2's row （二）部分公开 (line 163), as a download cut short
        byte[] whole = text.getBytes(Charset.forName(charset));
        int lineStart = text.indexOf("\n\t（二）部分公开") + 2;
        int cut = text.substring(0, lineStart).getBytes(Charset.forName(charset)).length + 1;
        byte[] truncated = java.util.Arrays.copyOf(whole, cut);

        assertThatThrownBy(() -> parse(truncated)).isInstanceOfSatisfying(ExtractionFailure.class, f -> {
            assertThat(f.reason()).isEqualTo(ExtractionFailure.Reason.TABLES_MISSING);
            assertThat(f.getMessage()).contains("so it looks truncated");
        });
    }

    @Test
    void anImageNoCharsetCanDecodeIsRefusedAsBinaryNotAsTextToResave() {
        byte[] png = new byte[4096];
        new java.util.Random(3).nextBytes(png);
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);

        assertThatThrownBy(() -> TextDecoder.decode(png))
                .hasMessageContaining("binary data")
                .hasMessageNotContaining("save the file as UTF-8")
                .extracting(e -> ((ExtractionFailure) e).reason())
                .isEqualTo(ExtractionFailure.Reason.BINARY);
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreRefusedAsEmpty() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0]))
                .extracting(e -> ((ExtractionFailure) e).reason()).isEqualTo(ExtractionFailure.Reason.EMPTY);
        assertThatThrownBy(() -> TextDecoder.decode(utf8(" \n\t\r\n")))
                .extracting(e -> ((ExtractionFailure) e).reason()).isEqualTo(ExtractionFailure.Reason.EMPTY);
    }

    private static ExtractedReport parse(byte[] bytes) throws ExtractionFailure {
        return new ReportParser().parse(bytes, "report.txt").report();
    }

    /** Everything a cell says, source line included: CR and CRLF must not shift line numbers. */
    private static List<String> describe(ExtractedReport report) {
        return report.cells().stream().map(TextEncodingTest::describe).toList();
    }

    private static String describe(Cell c) {
        return c.def().cellKey() + "=" + c.valueRaw() + "/" + c.status() + "/" + c.value() + "/" + c.unit()
                + "@" + c.source().line();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
