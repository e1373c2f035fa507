package io.xxgk.core.source;

import io.xxgk.core.source.SpanTable.Kind;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes a laid-out report ({@link SeedLayout}) as a Word document with POI, merged cells as Word stores them:
 * {@code w:gridSpan} for columns, {@code w:vMerge restart} on the first cell of a vertical merge and a continuing
 * {@code w:vMerge} cell in each row below (header cells carry an explicit {@code continue}, others the bare
 * element; Word writes both). The title is one paragraph with line breaks, as authors type it.
 */
final class DocxFixtureWriter {

    private static final int MAX_TITLE_LINES = 8;

    private DocxFixtureWriter() {
    }

    static byte[] write(List<SeedLayout.Item> items) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int i = 0;
            int titleEnd = titleEnd(items);
            if (titleEnd > 0) {
                XWPFRun run = doc.createParagraph().createRun();
                for (; i < titleEnd; i++) {
                    if (i > 0) {
                        run.addBreak();
                    }
                    run.setText(((SeedLayout.Text) items.get(i)).text());
                }
            }
            for (; i < items.size(); i++) {
                if (items.get(i) instanceof SeedLayout.Text t) {
                    doc.createParagraph().createRun().setText(t.text());
                } else {
                    table(doc, ((SeedLayout.Table) items.get(i)).table());
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int titleEnd(List<SeedLayout.Item> items) {
        for (int i = 0; i < Math.min(items.size(), MAX_TITLE_LINES); i++) {
            if (!(items.get(i) instanceof SeedLayout.Text t)) {
                return 0;
            }
            if (t.text().contains("报告")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static void table(XWPFDocument doc, SpanTable t) {
        XWPFTable table = doc.createTable();
        table.removeRow(0); // createTable() starts with one row of one cell
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < t.width(); c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(900));
        }
        for (int r = 0; r < t.rows(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            for (int c = 0; c < t.width(); c++) {
                SpanTable.Cell cell = t.at(r, c);
                if (cell == null) {
                    row.addNewTableCell();
                    continue;
                }
                if (cell.left != c) {
                    continue; // inside the cell's gridSpan
                }
                XWPFTableCell tc = row.addNewTableCell();
                CTTcPr tcPr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
                if (cell.colspan > 1) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colspan));
                }
                if (cell.top == r) {
                    if (cell.rowspan > 1) {
                        tcPr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    text(tc, cell.text);
                } else if (cell.kind == Kind.HEADER) {
                    tcPr.addNewVMerge().setVal(STMerge.CONTINUE);
                } else {
                    tcPr.addNewVMerge();
                }
            }
        }
    }

    /** One paragraph per line of the cell text, as Word stores a cell with line breaks typed as Enter. */
    private static void text(XWPFTableCell tc, String text) {
        String[] lines = text.split("\n", -1);
        List<XWPFParagraph> paragraphs = tc.getParagraphs();
        XWPFParagraph p = paragraphs.isEmpty() ? tc.addParagraph() : paragraphs.get(0);
        p.createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            tc.addParagraph().createRun().setText(lines[i]);
        }
    }
}
