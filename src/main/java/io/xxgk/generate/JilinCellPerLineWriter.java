package io.xxgk.generate;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Layout of seed 000 (a Jilin 街道): title over three lines, paragraphs separated by blank lines, one cell per line,
 * the Jilin 发布总数量 sentence as a row of its own after T1, T2 and T3 headings without their numbers, the local
 * 注 lines under T3, and a signature block.
 */
final class JilinCellPerLineWriter implements LayoutWriter {

    @Override
    public Layout layout() {
        return Layout.JILIN_CELL_PER_LINE;
    }

    @Override
    public String write(ReportContent report, SplittableRandom r) {
        ReportText out = new ReportText();
        Narrative n = report.narrative();
        out.blank();
        out.line(report.agency().fullName());
        out.blank();
        out.line(report.year() + "年政府信息公开工作");
        out.blank();
        out.line("年度报告");
        out.paragraphs(n.intro(), true);
        out.line("一、总体情况");
        out.blank();
        out.paragraphs(n.overall(), true);
        out.line("二、主动公开政府信息情况");
        out.blank();
        for (TableRows.T1Block block : TableRows.t1(report.truth(), report.style())) {
            CellPerLineTables.t1Block(out, block, report.style(), UnaryOperator.identity());
        }
        out.cellRow(List.of(report.year() + " 年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）："
                + n.disclosureTotal() + "个。"));
        out.blank();
        out.line("收到和处理政府信息公开申请情况");
        out.blank();
        CellPerLineTables.t2Header(out, report.style());
        for (TableRows.T2Row row : TableRows.t2(report.truth(), report.style())) {
            CellPerLineTables.t2Row(out, row.labels(), row);
        }
        out.blank();
        out.line("政府信息公开行政复议、行政诉讼情况");
        out.blank();
        CellPerLineTables.t3(out, report, r);
        out.blank();
        out.line("注: 1.如统计数据表格中的对应项当年没有事项发生，则直接在表格对应处填“0”。 ");
        out.line("2.三类内部事务信息指：人事管理、后勤管理、内部工作流程等方面信息。 ");
        out.line("3.四类过程性信息指：行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等方面信息。");
        out.line("五、存在的主要问题及改进情况");
        out.paragraphs(n.problems(), true);
        out.line("六、其他需要报告的事项");
        out.paragraphs(n.other(), true);
        out.line(Signature.name(report.agency()));
        out.blank();
        out.line(n.signatureDate());
        out.blank();
        return out.toString();
    }
}
