package io.xxgk.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Layout of seed 004 (a Fujian 街道): a red-head title ({@code …办事处文件}), header cells broken across blank lines
 * ({@code ⇥上一年 / (blank) / 项目数量}), money with its unit ({@code 8808257.32元}), and a page break inside T2
 * after which the group label 三、本年度办理结果 is printed again on the continuation row.
 */
final class PageBreaksWriter implements LayoutWriter {

    @Override
    public Layout layout() {
        return Layout.PAGE_BREAKS;
    }

    @Override
    public String write(ReportContent report, SplittableRandom r) {
        ReportText out = new ReportText();
        Narrative n = report.narrative();
        Agency agency = report.agency();
        String name = agency.kind() == Agency.Kind.STREET_OFFICE ? agency.shortName() + "办事处" : agency.fullName();
        out.line((agency.parent().isEmpty() ? agency.fullName() : agency.parent() + name) + "文件  ");
        out.blank();
        out.line(name);
        out.blank();
        out.line(report.year() + "年政府信息公开工作年度报告");
        out.blank();
        out.line("引 言");
        out.paragraphs(n.intro(), false);
        out.line("一、总体情况");
        out.blank();
        out.paragraphs(n.overall(), false);
        out.line("二、主动公开政府信息情况");
        for (TableRows.T1Block block : TableRows.t1(report.truth(), report.style())) {
            CellPerLineTables.t1Block(out, block, report.style(), PageBreaksWriter::brokenAcrossBlankLine);
        }
        out.blank();
        out.line("三、收到和处理政府信息公开申请情况");
        CellPerLineTables.t2Header(out, report.style());
        List<TableRows.T2Row> rows = TableRows.t2(report.truth(), report.style());
        int pageBreak = 4 + r.nextInt(rows.size() - 5); // a continuation row inside 三、本年度办理结果
        boolean repeatGroup = Draw.chance(r, 0.3);
        String resultLabel = rows.stream().filter(row -> row.rowCode().equals("RESULT.GRANT")).findFirst()
                .orElseThrow().labels().get(0);
        for (int i = 0; i < rows.size(); i++) {
            TableRows.T2Row row = rows.get(i);
            List<String> labels = new ArrayList<>(row.labels());
            if (i == pageBreak && row.level() > 0) {
                labels.set(0, resultLabel);
                if (repeatGroup && row.level() == 2 && labels.get(1).isEmpty()) {
                    labels.set(1, groupLabel(rows, i));
                }
            }
            CellPerLineTables.t2Row(out, labels, row);
        }
        out.blank();
        out.line("四、政府信息公开行政复议及行政诉讼情况");
        CellPerLineTables.t3(out, report, r);
        out.blanks(2);
        out.line("五、存在的主要问题及改进情况");
        out.blank();
        out.line("（一）工作中存在的主要问题和困难");
        out.blank();
        out.line(n.problems().get(0));
        out.line("（二）具体解决办法和改进措施");
        out.blank();
        out.paragraphs(n.problems().subList(1, n.problems().size()), false);
        out.blank();
        out.line("六、其他需要报告的事项");
        out.paragraphs(n.other(), false);
        out.line(Signature.name(agency) + "        ");
        out.line(n.signatureDate() + "        ");
        out.blank();
        out.line("\t" + agency.shortName() + "党政办                             " + n.signatureDate() + "印发");
        return out.toString();
    }

    /** {@code 上一年项目数量} → {@code 上一年\n\n项目数量}: a cell broken by a blank line [S:004]. */
    private static String brokenAcrossBlankLine(String header) {
        int at = CellPerLineTables.naturalBreak(header);
        if (at < 0) {
            return header;
        }
        return CellPerLineTables.broken(header, at, header.startsWith("本年新") ? 0 : 1);
    }

    /** The label of the group the row at {@code i} belongs to (the last printed level-1 label above it). */
    private static String groupLabel(List<TableRows.T2Row> rows, int i) {
        for (int j = i; j >= 0; j--) {
            List<String> labels = rows.get(j).labels();
            if (labels.size() > 1 && !labels.get(1).isEmpty()) {
                return labels.get(1);
            }
        }
        return "";
    }
}
