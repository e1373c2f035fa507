package io.xxgk.core.validate;

import io.xxgk.core.model.TableCode;

import java.util.ArrayList;
import java.util.List;

/**
 * R12: the case figures the narrative states agree with T3: 行政复议 N件 = RECON 总计; 行政诉讼 N件 =
 * 未经复议直接起诉 总计 + 复议后起诉 总计 (the template has no litigation grand total). "未发生…行政复议/行政诉讼"
 * counts as 0. A report that states no such figure produces no finding.
 */
public final class NarrativeCaseFiguresRule implements ReportRule {

    public static final String ID = "R12";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.WARN;
    }

    @Override
    public List<Finding> check(ReportContext context) {
        ReportCells cells = context.cells();
        List<Finding> findings = new ArrayList<>();
        for (NarrativeFigure figure : context.narrativeFigures()) {
            Finding f = switch (figure.kind()) {
                case RECONSIDERATIONS -> NarrativeComparison.compare(ID, severity(), TableCode.T3, "RECON|TOTAL",
                        figure, List.of(new NarrativeComparison.Reading("行政复议 总计",
                                List.of(cells.operand(TableCode.T3, "RECON", "TOTAL")))));
                case LAWSUITS -> NarrativeComparison.compare(ID, severity(), TableCode.T3,
                        "LIT.DIRECT|TOTAL+LIT.AFTER_RECON|TOTAL", figure, List.of(new NarrativeComparison.Reading(
                                "行政诉讼 未经复议直接起诉 总计 + 复议后起诉 总计",
                                List.of(cells.operand(TableCode.T3, "LIT.DIRECT", "TOTAL"),
                                        cells.operand(TableCode.T3, "LIT.AFTER_RECON", "TOTAL")))));
                default -> null;
            };
            if (f != null) {
                findings.add(f);
            }
        }
        return findings;
    }
}
