package io.xxgk.generate;

import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Layout of seed 001 (a Ningxia 街道): one physical line per table row with cells between tabs, merged cells as
 * empty cells, trailing tabs, a T1 header split over two physical rows ({@code 上一年} … {@code 项目数量}), the
 * T2 row numbers in their own cell ({@code 一、⇥本年新收…}), and V2021 single-value blocks padded to three cells.
 */
final class TabRowsWriter implements LayoutWriter {

    @Override
    public Layout layout() {
        return Layout.TAB_ROWS;
    }

    @Override
    public String write(ReportContent report, SplittableRandom r) {
        ReportText out = new ReportText();
        Narrative n = report.narrative();
        out.blanks(2);
        out.line(report.agency().fullName() + " " + report.year() + " 年 政府信息公开工作年度报告");
        out.blank();
        out.paragraphs(n.intro(), true);
        out.line("一、总体情况");
        out.blank();
        out.paragraphs(n.overall(), true);
        out.line("二、主动公开政府信息情况");
        out.blank();
        t1(out, report, r);
        out.blank();
        out.line("三、收到和处理政府信息公开申请情况");
        out.blank();
        t2(out, report, r);
        out.blank();
        out.line("四、政府信息公开行政复议、行政诉讼情况");
        out.blank();
        t3(out, report, r);
        out.blank();
        out.line("五、存在的主要问题及改进情况");
        out.blank();
        out.paragraphs(n.problems(), true);
        out.line("六、其他需要报告的事项");
        out.blank();
        out.paragraphs(n.other(), false);
        return out.toString();
    }

    private static void t1(ReportText out, ReportContent report, SplittableRandom r) {
        boolean v2021 = report.truth().template(TableCode.T1) == TemplateVersion.V2021;
        List<TableRows.T1Block> blocks = TableRows.t1(report.truth(), report.style());
        int split = blocks.size() - 1 - (v2021 ? 0 : 1); // A20_8 in the seed
        for (int b = 0; b < blocks.size(); b++) {
            TableRows.T1Block block = blocks.get(b);
            int width = v2021 ? 3 : block.columns().size(); // V2021 single values are colspan=3 cells
            out.tabRow(padded(List.of(block.header()), width + 1));
            List<String> header = new ArrayList<>(List.of(report.style().infoContent()));
            header.addAll(block.columns());
            String first = block.columns().get(0);
            if (b == split && first.length() > 4 && Draw.chance(r, 0.7)) {
                int at = first.startsWith("上一年") ? 3 : first.indexOf('（') > 0 ? first.indexOf('（')
                        : first.indexOf('(') > 0 ? first.indexOf('(') : 4;
                header.set(1, first.substring(0, at));
                out.tabRow(padded(header, width + 2));
                out.blank();
                out.tabRow(padded(List.of("", first.substring(at)), width + 1));
            } else {
                out.tabRow(v2021 ? padded(header, width + 1) : header);
            }
            for (TableRows.T1Row row : block.rows()) {
                List<String> cells = CellPerLineTables.join(List.of(row.label()), TableRows.raw(row.values()));
                out.tabRow(v2021 ? padded(cells, width + 1) : cells);
            }
        }
    }

    private static void t2(ReportText out, ReportContent report, SplittableRandom r) {
        LabelStyle style = report.style();
        out.tabRow(padded(List.of(style.t2Note(), "", "申请人情况"), 10));
        out.tabRow(List.of("", "", "自然人", "法人或其他组织", "", "", "", "", "总计", ""));
        out.tabRow(List.of("", "", "", style.t2Column("商业企业"), style.t2Column("科研机构"),
                style.t2Column("社会公益组织"), "法律服务机构", "其他", "", ""));
        List<TableRows.T2Row> rows = TableRows.t2(report.truth(), style);
        int pageBreak = 5 + r.nextInt(rows.size() - 6);
        for (int i = 0; i < rows.size(); i++) {
            TableRows.T2Row row = rows.get(i);
            List<String> labels = new ArrayList<>(row.labels());
            boolean trailingTab = row.level() < 2;
            if (row.rowCode().equals("NEW") || row.rowCode().equals("CARRY_IN")) {
                String label = labels.get(0);
                labels = List.of(label.substring(0, 2), label.substring(2)); // 一、⇥本年新收… [S:001]
            } else if (row.rowCode().equals("CARRY_OUT") && !lastValueBlank(row)) {
                // the label spans the three label columns [S:001]; not when the last value is blank: padding
                // after the label and an empty last cell cannot be told from blank first values (docs/benchmarks.md)
                labels = List.of(labels.get(0), "", "");
                trailingTab = false;
            }
            List<String> cells = CellPerLineTables.join(labels, TableRows.raw(row.values()));
            if (trailingTab) {
                cells = CellPerLineTables.join(cells, List.of(""));
            }
            out.tabRow(cells);
            if (i == pageBreak) {
                out.blank();
            }
        }
    }

    private static void t3(ReportText out, ReportContent report, SplittableRandom r) {
        LabelStyle style = report.style();
        out.tabRow(padded(CellPerLineTables.join(padded(List.of("行政复议"), 5), List.of("行政诉讼")), 15));
        List<String> second = new ArrayList<>();
        TableRows.T3_OUTCOMES.forEach(o -> second.add(style.t3Outcome(o, r)));
        second.addAll(padded(List.of("未经复议直接起诉"), 5));
        second.addAll(padded(List.of("复议后起诉"), 5));
        out.tabRow(second);
        List<String> third = new ArrayList<>(Collections.nCopies(5, ""));
        for (int i = 0; i < 2; i++) {
            TableRows.T3_OUTCOMES.forEach(o -> third.add(style.t3Outcome(o, r)));
        }
        out.tabRow(third);
        out.tabRow(TableRows.raw(TableRows.t3(report.truth())));
    }

    private static boolean lastValueBlank(TableRows.T2Row row) {
        return row.values().get(row.values().size() - 1).valueRaw().isEmpty();
    }

    private static List<String> padded(List<String> cells, int width) {
        List<String> out = new ArrayList<>(cells);
        while (out.size() < width) {
            out.add("");
        }
        return out;
    }
}
