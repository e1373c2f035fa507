package io.xxgk.core;

import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ExtractionFailure.Reason;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Formats are told by content first; the name only decides when the content does not. */
class ReportParserFormatsTest {

    private final ReportParser parser = new ReportParser();

    @Test
    void readsHtmlSavedWithTxtExtension() throws Exception {
        // given a report page saved as .txt
        byte[] page = resource("/html/v2019-blank-totals.html");

        // when
        ReportParser.Parsed parsed = parser.parse(page, "report.txt");

        // then
        assertThat(parsed.format()).isEqualTo("HTML");
        assertThat(parsed.report().metadata().year()).isEqualTo(2020);
        assertThat(parsed.report().cells()).hasSize(198);
    }

    @Test
    void readsUtf16HtmlWithBomAsHtml() throws Exception {
        // given the same page saved as UTF-16LE with a byte-order mark (Windows "Unicode")
        String html = new String(resource("/html/v2021-blank-totals.html"), StandardCharsets.UTF_8);
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, html.getBytes(StandardCharsets.UTF_16LE));

        // when
        ReportParser.Parsed parsed = parser.parse(utf16, "report.dat");

        // then
        assertThat(parsed.format()).isEqualTo("HTML");
        assertThat(parsed.charset()).isEqualTo("UTF-16LE");
        assertThat(parsed.report().metadata().year()).isEqualTo(2023);
    }

    @Test
    void refusesLegacyWordDocWithAdviceEvenWhenNamedDocx() {
        // given an OLE2 compound file (the header of a Word 97-2003 .doc) named .docx
        byte[] doc = concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, new byte[504]);

        // when / then
        assertThatThrownBy(() -> parser.parse(doc, "report.docx")).isInstanceOfSatisfying(ExtractionFailure.class,
                f -> {
                    assertThat(f.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
                    assertThat(f.getMessage()).contains("Word 97-2003 .doc").contains("save it as .docx")
                            .contains("requeue");
                });
    }

    @Test
    void refusesPdfWithAdviceEvenWhenNamedHtml() {
        // given a PDF named .html
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);

        // when / then
        assertThatThrownBy(() -> parser.parse(pdf, "report.html")).isInstanceOfSatisfying(ExtractionFailure.class,
                f -> {
                    assertThat(f.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
                    assertThat(f.getMessage()).contains("PDF").contains(".html").contains(".docx").contains("requeue");
                });
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
