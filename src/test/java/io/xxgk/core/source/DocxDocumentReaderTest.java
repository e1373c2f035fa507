package io.xxgk.core.source;

import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ExtractionFailure.Reason;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class DocxDocumentReaderTest {

    private static final String MARKER = "XXE-MARKER-7f3a";

    private final DocxDocumentReader reader = new DocxDocumentReader();

    @Test
    void expandsGridSpanAndVMergeIntoAFullGridOfCoveredCells() throws Exception {
        // given a 3-row table: A spans 2 columns and 2 rows (gridSpan + vMerge), C continues vertically in row 3
        byte[] docx = docx(doc -> {
            XWPFTable t = newTable(doc);
            XWPFTableRow r1 = t.insertNewTableRow(0);
            cell(r1, "A", 2, STMerge.RESTART);
            cell(r1, "B", 1, null);
            XWPFTableRow r2 = t.insertNewTableRow(1);
            cell(r2, "", 2, STMerge.CONTINUE);
            cell(r2, "C", 1, STMerge.RESTART);
            XWPFTableRow r3 = t.insertNewTableRow(2);
            cell(r3, "D", 1, null);
            cell(r3, "E", 1, null);
            XWPFTableCell c = cell(r3, "ignored", 1, null);
            c.getCTTc().getTcPr().addNewVMerge(); // vMerge without val continues too
        });

        // when
        List<DocBlock.Row> rows = rows(reader.read(docx));

        // then
        assertThat(rows.get(0).cells()).extracting(GridCell::text, GridCell::covered)
                .containsExactly(tuple("A", false), tuple("", true), tuple("B", false));
        assertThat(rows.get(1).cells()).extracting(GridCell::text, GridCell::covered)
                .containsExactly(tuple("", true), tuple("", true), tuple("C", false));
        assertThat(rows.get(2).cells()).extracting(GridCell::text, GridCell::covered)
                .containsExactly(tuple("D", false), tuple("E", false), tuple("", true));
        assertThat(rows.get(1).cells().get(1).source().location()).isEqualTo("table[1]/tr[1]/tc[1]");
        assertThat(rows.get(2).cells().get(2).source().location()).isEqualTo("table[1]/tr[2]/tc[2]");
    }

    @Test
    void readsBodyParagraphsAndTablesInDocumentOrder() throws Exception {
        // given a title with a line break, a table whose cell has two paragraphs, and a closing paragraph
        byte[] docx = docx(doc -> {
            XWPFRun title = doc.createParagraph().createRun();
            title.setText("吉林市船营区北极街道办事处");
            title.addBreak();
            title.setText("2020年政府信息公开工作年度报告");
            doc.createParagraph(); // an empty paragraph, as between sections
            XWPFTable t = newTable(doc);
            XWPFTableRow r = t.insertNewTableRow(0);
            XWPFTableCell c = cell(r, "本年新", 1, null);
            c.addParagraph().createRun().setText("制作数量");
            cell(r, "\u00A0", 1, null);
            doc.createParagraph().createRun().setText("五、存在的主要问题及改进情况");
        });

        // when
        ReportDocument doc = reader.read(docx);

        // then
        assertThat(doc.format()).isEqualTo("DOCX");
        assertThat(doc.blocks()).extracting(b -> b instanceof DocBlock.Paragraph p ? p.text()
                        : String.join("|", ((DocBlock.Row) b).cells().stream().map(GridCell::text).toList()))
                .containsExactly("吉林市船营区北极街道办事处", "2020年政府信息公开工作年度报告", "本年新\n制作数量|",
                        "五、存在的主要问题及改进情况");
        assertThat(doc.blocks()).extracting(b -> b.source().line()).containsExactly(1, 2, 3, 4);
        assertThat(doc.blocks().get(3).source().location()).isEqualTo("p[3]");
    }

    @Test
    void refusesExternalEntityWithoutFetchingIt() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            // given document.xml declaring an entity that points at a local listener
            byte[] docx = withEntity(simpleDocx(), "http://127.0.0.1:" + server.getLocalPort() + "/xxe");

            // when
            ExtractionFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> catchThrowableOfType(ExtractionFailure.class, () -> reader.read(docx)));

            // then refused with a reason, and nothing connected
            assertThat(failure.reason()).isEqualTo(Reason.UNSAFE_CONTENT);
            assertThat(failure.getMessage()).contains("word/document.xml").contains("XXE");
            assertNoConnection(server);
        }
    }

    @Test
    void poiRefusesTheDoctypeEvenPastTheArchiveCheck(@TempDir Path dir) throws Exception {
        // given a local file the entity names, holding a marker
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, MARKER);
        byte[] docx = withEntity(simpleDocx(), secret.toUri().toString());

        // when POI opens it directly, without the guard in front
        ExtractionFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> catchThrowableOfType(ExtractionFailure.class, () -> DocxDocumentReader.open(docx)));

        // then POI's parser refuses the DTD itself: the file's content appears nowhere
        assertThat(failure).isNotNull();
        assertThat(failure.reason()).isEqualTo(Reason.UNSAFE_CONTENT);
        assertThat(failure.getMessage()).doesNotContain(MARKER);
    }

    @Test
    void refusesZipBombBeforeInflatingIt() {
        // given a "document.xml" of 40 MB of spaces, about 40 KB compressed (ratio ~1/1000)
        byte[] bomb = zip(new Entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
                new Entry("word/document.xml", new byte[40 << 20], (byte) ' '));
        assertThat(bomb.length).isLessThan(200_000);

        // when
        ExtractionFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowableOfType(ExtractionFailure.class, () -> reader.read(bomb)));

        // then
        assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(failure.getMessage()).contains("word/document.xml").contains("expands more than 100 times");
    }

    @Test
    void poiLimitsStopTheZipBombEvenPastTheArchiveCheck() {
        // given the same kind of bomb handed straight to POI
        byte[] bomb = zip(new Entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
                new Entry("word/document.xml", new byte[40 << 20], (byte) ' '));

        // when
        ExtractionFailure failure = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowableOfType(ExtractionFailure.class, () -> DocxDocumentReader.open(bomb)));

        // then POI's ZipSecureFile settings made by the reader are in force
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(64L << 20);
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
        assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void refusesArchiveExpandingBeyondTheTotalLimit() throws Exception {
        // given a genuine document with 200 KB of incompressible media, and a reader allowing 128 KB in all
        byte[] docx = withExtraEntry(simpleDocx(), "word/media/image1.png", randomBytes(200 << 10));
        DocxDocumentReader small = new DocxDocumentReader(new DocxArchiveGuard.Limits(128 << 10, 64L << 20, 1000, 0.01,
                100 << 10));

        // when / then
        assertThatThrownBy(() -> small.read(docx)).isInstanceOfSatisfying(ExtractionFailure.class, f -> {
            assertThat(f.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(f.getMessage()).contains("more than 128 KiB together");
        });
        assertThat(reader.read(docx).blocks()).isNotEmpty(); // within the real limits it reads
    }

    @Test
    void refusesArchiveWithTooManyEntries() throws Exception {
        // given a genuine document and a reader allowing 3 entries
        DocxDocumentReader small = new DocxDocumentReader(new DocxArchiveGuard.Limits(256L << 20, 64L << 20, 3, 0.01,
                100 << 10));

        // when / then
        assertThatThrownBy(() -> small.read(simpleDocx())).isInstanceOfSatisfying(ExtractionFailure.class,
                f -> assertThat(f.getMessage()).contains("more than 3 entries"));
    }

    @Test
    void refusesZipThatIsAnExcelWorkbook() {
        // given an .xlsx-like archive
        byte[] xlsx = zip(new Entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
                new Entry("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)));

        // when / then
        assertThatThrownBy(() -> reader.read(xlsx)).isInstanceOfSatisfying(ExtractionFailure.class, f -> {
            assertThat(f.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
            assertThat(f.getMessage()).contains("Excel").contains(".docx");
        });
    }

    @Test
    void refusesTruncatedDocx() throws Exception {
        // given the first half of a genuine document
        byte[] docx = simpleDocx();
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);

        // when / then
        assertThatThrownBy(() -> reader.read(truncated)).isInstanceOfSatisfying(ExtractionFailure.class,
                f -> assertThat(f.reason()).isEqualTo(Reason.UNDECODABLE));
    }

    // ---- fixtures ------------------------------------------------------------------------------------------

    private interface DocBuilder {
        void build(XWPFDocument doc) throws Exception;
    }

    private static byte[] docx(DocBuilder builder) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            builder.build(doc);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] simpleDocx() throws Exception {
        return docx(doc -> doc.createParagraph().createRun().setText(MARKER.replace("XXE", "TEXT")));
    }

    private static XWPFTable newTable(XWPFDocument doc) {
        XWPFTable t = doc.createTable();
        t.removeRow(0);
        return t;
    }

    private static XWPFTableCell cell(XWPFTableRow row, String text, int span, STMerge.Enum vMerge) {
        XWPFTableCell c = row.addNewTableCell();
        var tcPr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
        if (span > 1) {
            tcPr.addNewGridSpan().setVal(java.math.BigInteger.valueOf(span));
        }
        if (vMerge != null) {
            tcPr.addNewVMerge().setVal(vMerge);
        }
        c.getParagraphs().get(0).createRun().setText(text);
        return c;
    }

    /** Puts a DOCTYPE with an external entity into document.xml and uses the entity in the text. */
    private static byte[] withEntity(byte[] docx, String systemId) throws IOException {
        String xml = new String(entry(docx, "word/document.xml"), StandardCharsets.UTF_8);
        int rootStart = xml.indexOf("<w:document");
        String evil = xml.substring(0, rootStart) + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + systemId + "\">]>"
                + xml.substring(rootStart).replace(MARKER.replace("XXE", "TEXT"), "&xxe;");
        return replaceEntry(docx, "word/document.xml", evil.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNoConnection(ServerSocket server) throws IOException {
        server.setSoTimeout(300);
        try (Socket s = server.accept()) {
            throw new AssertionError("the reader connected to the entity's URL from " + s.getRemoteSocketAddress());
        } catch (SocketTimeoutException expected) {
            // nobody came
        }
    }

    private record Entry(String name, byte[] content) {
        Entry(String name, byte[] content, byte fill) {
            this(name, fill(content, fill));
        }

        private static byte[] fill(byte[] b, byte fill) {
            java.util.Arrays.fill(b, fill);
            return b;
        }
    }

    private static byte[] zip(Entry... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] entry(byte[] zipBytes, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    private static byte[] replaceEntry(byte[] zipBytes, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(name) ? content : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] withExtraEntry(byte[] zipBytes, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content0 = in.readAllBytes();
                if (e.getName().equals("[Content_Types].xml")) { // the part needs a content type to be genuine
                    content0 = new String(content0, StandardCharsets.UTF_8).replace("<Default ",
                            "<Default Extension=\"png\" ContentType=\"image/png\"/><Default ")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.write(content0);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }

    private static List<DocBlock.Row> rows(ReportDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof DocBlock.Row).map(b -> (DocBlock.Row) b).toList();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
