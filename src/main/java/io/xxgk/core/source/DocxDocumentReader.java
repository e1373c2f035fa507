package io.xxgk.core.source;

import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ExtractionFailure.Reason;
import io.xxgk.core.model.SourceRef;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a report saved as a Word .docx with Apache POI: the body's paragraphs and tables in document order (headers,
 * footers and text boxes are page furniture and are left out). Paragraphs give the title and the narrative, one
 * paragraph per line as in a text dump; tables are expanded into full grid rows ({@link DocxTableGrid}). Sources are
 * the block ordinal as line and a path such as {@code table[2]/tr[5]/tc[3]} or {@code p[12]}.
 *
 * <p>Safety: the archive is checked by {@link DocxArchiveGuard} before POI sees it (zip bombs, DTDs), and POI's
 * own {@link ZipSecureFile} limits are set as a second line. POI's XML parsing disallows DOCTYPE declarations, so
 * no external entity is ever resolved.
 */
public final class DocxDocumentReader implements DocumentReader {

    static {
        // JVM-wide POI settings (POI offers no per-document ones); values match DocxArchiveGuard.Limits.DEFAULT.
        ZipSecureFile.setMinInflateRatio(DocxArchiveGuard.Limits.DEFAULT.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(DocxArchiveGuard.Limits.DEFAULT.maxEntryBytes());
        ZipSecureFile.setMaxFileCount(DocxArchiveGuard.Limits.DEFAULT.maxEntries());
    }

    private final DocxArchiveGuard guard;

    public DocxDocumentReader() {
        this(DocxArchiveGuard.Limits.DEFAULT);
    }

    DocxDocumentReader(DocxArchiveGuard.Limits limits) {
        this.guard = new DocxArchiveGuard(limits);
    }

    @Override
    public ReportDocument read(byte[] bytes) throws ExtractionFailure {
        guard.check(bytes);
        try (XWPFDocument doc = open(bytes)) {
            return new ReportDocument("DOCX", "UTF-8", blocks(doc));
        } catch (IOException e) {
            throw refused(e); // from close(); nothing was written, so this cannot lose data
        }
    }

    /** Opens the document with POI, turning its failures into reasons an operator can act on. */
    static XWPFDocument open(byte[] bytes) throws ExtractionFailure {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw refused(e);
        }
    }

    private static ExtractionFailure refused(Exception e) {
        String chain = messages(e);
        String lower = chain.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb") || lower.contains("max. ratio") || lower.contains("exceed")) {
            return new ExtractionFailure(Reason.TOO_LARGE, "the Word .docx archive expands beyond the reader's "
                    + "limits (" + chain + "); a report is far smaller");
        }
        if (lower.contains("doctype") || lower.contains("entity")) {
            return new ExtractionFailure(Reason.UNSAFE_CONTENT, "the Word document declares a DTD or entities, "
                    + "which Word never writes; refused so no external entity is fetched (" + chain + ")");
        }
        return new ExtractionFailure(Reason.UNDECODABLE, "the Word .docx cannot be read (" + chain
                + "); it is damaged or not a Word document: re-save it in Word as .docx and requeue it");
    }

    /** First lines of the distinct messages along the cause chain: one line an operator can read in a listing. */
    private static String messages(Throwable e) {
        java.util.LinkedHashSet<String> lines = new java.util.LinkedHashSet<>();
        for (Throwable t = e; t != null && lines.size() < 3; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                lines.add(t.getMessage().strip().lines().findFirst().orElse(""));
            }
        }
        return lines.isEmpty() ? e.getClass().getSimpleName() : String.join("; ", lines);
    }

    private static List<DocBlock> blocks(XWPFDocument doc) {
        List<DocBlock> blocks = new ArrayList<>();
        int[] ordinal = {0};
        int paragraphs = 0;
        int tables = 0;
        for (IBodyElement element : doc.getBodyElements()) {
            String text = null;
            if (element instanceof XWPFParagraph p) {
                paragraphs++;
                text = p.getText();
            } else if (element instanceof XWPFSDT sdt) {
                paragraphs++;
                text = sdt.getContent().getText(); // a content control around text, e.g. a title field
            } else if (element instanceof XWPFTable t) {
                blocks.addAll(DocxTableGrid.expand(t, ++tables, () -> ++ordinal[0]));
            }
            if (text != null) {
                // a line break inside a paragraph (w:br) starts a new line, as in the text dumps
                for (String line : CellText.lines(text)) {
                    blocks.add(new DocBlock.Paragraph(line, new SourceRef(++ordinal[0], "p[" + paragraphs + "]")));
                }
            }
        }
        return blocks;
    }
}
