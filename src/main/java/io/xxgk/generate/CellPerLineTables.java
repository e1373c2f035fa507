package io.xxgk.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * The three tables in the one-cell-per-line form shared by seeds 000, 002, 003 and 004: every cell on its own
 * tab-prefixed line, a blank line after each row, rowspan positions as empty cells. The layouts differ in how
 * they break header cells and label cells, which they pass in.
 */
final class CellPerLineTables {

    private static final List<String> BREAK_AFTER = List.of(
            "本年新", "上一年", "采购项目", "本年制发", "本年废止", "现行有效", "本年处理决定", "本年收费金额", "对外公开");

    private CellPerLineTables() {
    }

    /** One T1 block: its header row, its 信息内容 row (header cells as {@code headerCell} breaks them), its rows. */
    static void t1Block(ReportText out, TableRows.T1Block block, LabelStyle style, UnaryOperator<String> headerCell) {
        out.cellRow(List.of(block.header()));
        List<String> header = new ArrayList<>();
        header.add(style.infoContent());
        block.columns().forEach(c -> header.add(headerCell.apply(c)));
        out.cellRow(header);
        for (TableRows.T1Row row : block.rows()) {
            out.cellRow(join(List.of(row.label()), TableRows.raw(row.values())));
        }
    }

    /** The three header rows of T2: the note cell and 申请人情况, then the applicant columns over two rows. */
    static void t2Header(ReportText out, LabelStyle style) {
        out.cellRow(List.of(style.t2Note(), "申请人情况"));
        out.cellRow(List.of("", "自然人", "法人或其他组织", "总计"));
        out.cellRow(List.of("", "", style.t2Column("商业企业"), style.t2Column("科研机构"),
                style.t2Column("社会公益组织"), "法律服务机构", "其他", ""));
    }

    static void t2Row(ReportText out, List<String> labels, TableRows.T2Row row) {
        out.cellRow(join(labels, TableRows.raw(row.values())));
    }

    /** T3: procedures, outcomes with the two litigation groups, the five empty rowspan cells, then 15 values. */
    static void t3(ReportText out, ReportContent report, SplittableRandom r) {
        LabelStyle style = report.style();
        out.cellRow(List.of("行政复议", "行政诉讼"));
        List<String> outcomes = new ArrayList<>();
        TableRows.T3_OUTCOMES.forEach(o -> outcomes.add(style.t3Outcome(o, r)));
        outcomes.add("未经复议直接起诉");
        outcomes.add("复议后起诉");
        out.cellRow(outcomes);
        List<String> litigation = new ArrayList<>(List.of("", "", "", "", ""));
        for (int i = 0; i < 2; i++) {
            TableRows.T3_OUTCOMES.forEach(o -> litigation.add(style.t3Outcome(o, r)));
        }
        out.cellRow(litigation);
        out.cellRow(TableRows.raw(TableRows.t3(report.truth())));
    }

    /** {@code 本年新制作数量} → {@code 本年新\n制作数量}: a header cell broken after {@code at} characters. */
    static String broken(String label, int at, int blankLines) {
        if (label.length() <= at) {
            return label;
        }
        return label.substring(0, at) + "\n".repeat(blankLines + 1) + label.substring(at);
    }

    /** Where a printed header cell is usually broken ({@code 本年新|制作数量}, {@code 采购项目|数量}); -1 if nowhere. */
    static int naturalBreak(String label) {
        for (String head : BREAK_AFTER) {
            if (label.startsWith(head) && label.length() > head.length()) {
                return head.length();
            }
        }
        return -1;
    }

    static List<String> join(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
