package io.xxgk.generate;

import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Layout of seed 002 (a Jilin 区 government): packed paragraphs, one cell per line, header cells continued on a
 * line without the tab ({@code ⇥本年新 / 制作数量}), signed 本年增/减 values, and in some reports the Jilin
 * 发布总数量 sentence standing in the value slot of 政府集中采购, behind a stray space ({@code ␠⇥2020年…：4267}).
 */
final class ContinuedHeadersWriter implements LayoutWriter {

    @Override
    public Layout layout() {
        return Layout.CONTINUED_HEADERS;
    }

    @Override
    public String write(ReportContent report, SplittableRandom r) {
        ReportText out = new ReportText();
        Narrative n = report.narrative();
        out.line(report.agency().fullName() + report.year() + "年度政府信息公开工作年度报告");
        out.blank();
        n.intro().forEach(p -> out.line("· " + p));
        out.line("一、总体情况");
        out.paragraphs(n.overall(), false);
        out.line("二、主动公开政府信息情况");
        String sentence = report.year() + "年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）："
                + n.disclosureTotal();
        boolean breakHeaders = Draw.chance(r, 0.85);
        for (TableRows.T1Block block : TableRows.t1(report.truth(), report.style())) {
            if (block.code().equals("A20_9") && report.habits().procurementSentence()) {
                CellPerLineTables.t1Block(out, withoutRows(block), report.style(), h -> continued(h, breakHeaders));
                out.cells(List.of(block.rows().get(0).label()));
                out.line(" \t" + sentence);
                out.blanks(3);
            } else {
                CellPerLineTables.t1Block(out, block, report.style(), h -> continued(h, breakHeaders));
            }
        }
        if (report.habits().procurementSentence()
                && report.truth().template(TableCode.T1) == TemplateVersion.V2021) {
            out.cellRow(List.of(sentence));
        }
        out.blanks(2);
        out.line("三、收到和处理政府信息公开申请情况");
        CellPerLineTables.t2Header(out, report.style());
        for (TableRows.T2Row row : TableRows.t2(report.truth(), report.style())) {
            CellPerLineTables.t2Row(out, row.labels(), row);
        }
        out.blanks(2);
        out.line("四、政府信息公开行政复议、行政诉讼情况");
        out.blank();
        CellPerLineTables.t3(out, report, r);
        out.blanks(2);
        out.line("五、存在的主要问题及改进情况");
        out.paragraphs(n.problems(), false);
        out.line("六、其他需要报告的事项");
        out.paragraphs(n.other(), false);
        out.blank();
        return out.toString();
    }

    /** {@code 本年新制作数量} → {@code 本年新\n制作数量}: the rest of the cell on a line without the tab [S:002]. */
    private static String continued(String header, boolean breakHeaders) {
        int at = CellPerLineTables.naturalBreak(header);
        return breakHeaders && at > 0 && header.startsWith("本年") ? CellPerLineTables.broken(header, at, 0) : header;
    }

    private static TableRows.T1Block withoutRows(TableRows.T1Block block) {
        return new TableRows.T1Block(block.code(), block.header(), block.columns(), List.of());
    }
}
