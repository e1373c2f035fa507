package io.xxgk.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Layout of seed 003 (a Changchun 街道, the V2021 seed): year-first title, packed paragraphs, Word auto-numbered
 * headings {@code 3、 收到和处理…} and {@code 4、 政府信息公开…}, one cell per line, and the T2 label cell
 * 三、本年度办理结果 printed as an empty cell, twelve blank lines, then the label on a line without the tab.
 */
final class BlankRunWriter implements LayoutWriter {

    /** Blank lines inside the label cell, as in [S:003]. */
    private static final int BLANK_RUN = 12;

    @Override
    public Layout layout() {
        return Layout.BLANK_RUN;
    }

    @Override
    public String write(ReportContent report, SplittableRandom r) {
        ReportText out = new ReportText();
        Narrative n = report.narrative();
        Agency agency = report.agency();
        out.line(agency.kind() == Agency.Kind.STREET_OFFICE
                ? report.year() + "年" + agency.fullName().replace("办事处", "") + "政府信息公开工作年度报告"
                : agency.fullName() + report.year() + "年政府信息公开工作年度报告");
        out.blank();
        out.paragraphs(n.intro(), false);
        out.line("一、总体情况");
        out.paragraphs(n.overall(), false);
        out.line("二、主动公开政府信息情况");
        for (TableRows.T1Block block : TableRows.t1(report.truth(), report.style())) {
            CellPerLineTables.t1Block(out, block, report.style(), UnaryOperator.identity());
        }
        out.blank();
        out.line("3、 收到和处理政府信息公开申请情况");
        CellPerLineTables.t2Header(out, report.style());
        boolean blankRun = Draw.chance(r, 0.8);
        for (TableRows.T2Row row : TableRows.t2(report.truth(), report.style())) {
            List<String> labels = new ArrayList<>(row.labels());
            if (blankRun && row.rowCode().equals("RESULT.GRANT")) {
                labels.set(0, "\n".repeat(BLANK_RUN + 1) + labels.get(0));
            }
            CellPerLineTables.t2Row(out, labels, row);
        }
        out.blank();
        out.line("4、 政府信息公开行政复议、行政诉讼情况");
        CellPerLineTables.t3(out, report, r);
        out.blank();
        out.line("五、存在的主要问题及改进情况");
        out.paragraphs(n.problems(), false);
        out.line("六、其他需要报告的事项");
        List<String> other = new ArrayList<>(n.other());
        other.set(0, "[bookmark: _GoBack]" + other.get(0));
        out.paragraphs(other, false);
        out.line(" ");
        return out.toString();
    }
}
