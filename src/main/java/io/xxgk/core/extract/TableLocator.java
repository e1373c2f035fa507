package io.xxgk.core.extract;

import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ExtractionFailure.Reason;
import io.xxgk.core.source.DocBlock;
import io.xxgk.core.source.GridCell;
import io.xxgk.core.source.SectionHeadings;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the rows of each table by the anchors of spec §7.7: T1 starts at the first 第二十条第（X）项 block, T2 at
 * the 本列数据的勾稽关系 note or the 申请人情况 header, T3 at the header cell 行政复议. A table runs to the next
 * table's start; T3 runs to the next section heading.
 */
final class TableLocator {

    /** The rows of the three tables, and the blocks outside them (narrative). */
    record Located(List<DocBlock.Row> t1, List<DocBlock.Row> t2, List<DocBlock.Row> t3, List<DocBlock> outside) {
    }

    private TableLocator() {
    }

    static Located locate(List<DocBlock> blocks) throws ExtractionFailure {
        int t1 = -1;
        int t2 = -1;
        int t3 = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof DocBlock.Row row)) {
                continue;
            }
            if (t1 < 0 && t2 < 0 && anyCell(row, s -> TemplateLabels.t1Block(s) != null)) {
                t1 = i;
            } else if (t2 < 0 && anyCell(row, s -> s.contains("本列数据的勾稽关系") || s.equals("申请人情况"))) {
                t2 = i;
            } else if (t3 < 0 && t2 >= 0 && anyCell(row, s -> s.equals("行政复议"))) {
                t3 = i;
            }
        }
        requirePresent(blocks, t1, t2, t3);
        int t3End = blocks.size();
        for (int i = t3 + 1; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof DocBlock.Paragraph p && SectionHeadings.isHeading(p.text())) {
                t3End = i;
                break;
            }
        }
        List<DocBlock> outside = new ArrayList<>(blocks.subList(0, t1));
        blocks.subList(t1, t3End).stream().filter(b -> b instanceof DocBlock.Paragraph).forEach(outside::add);
        outside.addAll(blocks.subList(t3End, blocks.size()));
        return new Located(rows(blocks, t1, t2), rows(blocks, t2, t3), rows(blocks, t3, t3End), outside);
    }

    private static void requirePresent(List<DocBlock> blocks, int t1, int t2, int t3) throws ExtractionFailure {
        if (t1 >= 0 && t2 >= 0 && t3 >= 0) {
            return;
        }
        if (looksPre2019(blocks)) {
            throw new ExtractionFailure(Reason.PRE_2019_FORMAT, "this is a pre-2019 report (old 指标名称/计量单位 "
                    + "statistics table); only the 2019 and 2021 templates can be loaded");
        }
        List<String> missing = new ArrayList<>();
        if (t1 < 0) {
            missing.add("T1 (主动公开政府信息情况, no 第二十条第（一）项 block)");
        }
        if (t2 < 0) {
            missing.add("T2 (收到和处理政府信息公开申请情况, no 申请人情况 header)");
        }
        if (t3 < 0) {
            missing.add("T3 (行政复议、行政诉讼情况, no 行政复议 header after T2)");
        }
        String which = String.join("; ", missing);
        if (missing.size() == 3) {
            throw new ExtractionFailure(Reason.TABLES_MISSING, "none of the three statistical tables was found: "
                    + which + "; is this an annual report with its tables?");
        }
        String message = "table not found: " + which;
        int lastFound = Math.max(t1, t2);
        int endLine = lastFound >= 0 && (t2 < 0 || t3 < 0) ? truncatedAt(blocks, lastFound) : -1;
        if (endLine > 0) {
            message += "; the file ends inside " + (t2 >= 0 ? "T2" : "T1") + " at line " + endLine
                    + ", so it looks truncated: requeue the complete file";
        }
        throw new ExtractionFailure(Reason.TABLES_MISSING, message);
    }

    /**
     * The last line of the file when it ends in the rows of the table starting at {@code from}, with no section
     * heading after that table's start (a cut-off download); -1 when a heading follows or text ends the file.
     */
    private static int truncatedAt(List<DocBlock> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof DocBlock.Paragraph p && SectionHeadings.isHeading(p.text())) {
                return -1;
            }
        }
        if (!(blocks.get(blocks.size() - 1) instanceof DocBlock.Row last) || last.cells().isEmpty()) {
            return -1;
        }
        return last.cells().get(last.cells().size() - 1).source().line();
    }

    private static boolean looksPre2019(List<DocBlock> blocks) {
        boolean indicator = false;
        boolean unit = false;
        for (DocBlock b : blocks) {
            String text = b instanceof DocBlock.Row row
                    ? String.join("", row.cells().stream().map(GridCell::text).toList())
                    : ((DocBlock.Paragraph) b).text();
            String s = LabelNormalizer.normalize(text);
            indicator |= s.contains("指标名称") || s.contains("统计指标");
            unit |= s.contains("计量单位") || s.contains("单位");
        }
        return indicator && unit;
    }

    private static boolean anyCell(DocBlock.Row row, java.util.function.Predicate<String> test) {
        for (GridCell c : row.cells()) {
            if (!c.isEmpty() && test.test(LabelNormalizer.normalize(c.text()))) {
                return true;
            }
        }
        return false;
    }

    private static List<DocBlock.Row> rows(List<DocBlock> blocks, int from, int to) {
        List<DocBlock.Row> rows = new ArrayList<>();
        for (int i = from; i < to && i < blocks.size(); i++) {
            if (blocks.get(i) instanceof DocBlock.Row r) {
                rows.add(r);
            }
        }
        return rows;
    }
}
