package io.xxgk.core.validate;

import io.xxgk.core.model.TableCode;

import java.util.ArrayList;
import java.util.List;

/**
 * R11: the application figures the narrative states (read by {@link NarrativeFigureReader}) agree with T2.
 * <ul>
 *   <li>共收到/受理/接到 N件 and 其中自然人 N件: agencies use 收到/受理 in two meanings (spec §8 R11): new
 *       applications only (SH2019: 859 = NEW) or new plus carried in (SY2025: 749 = 713 + 36). Either reading
 *       passes; a failure reports NEW as expected and names both sums.</li>
 *   <li>办结/办理 N件 = RESULT.TOTAL (总计 column); 结转下年度 N件 = CARRY_OUT (总计 column).</li>
 * </ul>
 * A report that states no such figure has nothing to compare and produces no finding.
 */
public final class NarrativeApplicationFiguresRule implements ReportRule {

    public static final String ID = "R11";

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
                case RECEIVED -> received(cells, figure, "TOTAL", "本年新收 总计", "本年新收 + 上年结转 总计");
                case RECEIVED_FROM_NATURAL_PERSONS ->
                        received(cells, figure, "NP", "本年新收 自然人", "本年新收 + 上年结转 自然人");
                case CONCLUDED -> single(cells, figure, "RESULT.TOTAL", "办理结果总计");
                case CARRIED_OVER -> single(cells, figure, "CARRY_OUT", "结转下年度 总计");
                default -> null;
            };
            if (f != null) {
                findings.add(f);
            }
        }
        return findings;
    }

    private Finding received(ReportCells cells, NarrativeFigure figure, String col, String newWords,
                             String bothWords) {
        Operand newApps = cells.operand(TableCode.T2, "NEW", col);
        Operand carryIn = cells.operand(TableCode.T2, "CARRY_IN", col);
        return NarrativeComparison.compare(ID, severity(), TableCode.T2, "NEW|" + col, figure, List.of(
                new NarrativeComparison.Reading(newWords, List.of(newApps)),
                new NarrativeComparison.Reading(bothWords, List.of(newApps, carryIn))));
    }

    private Finding single(ReportCells cells, NarrativeFigure figure, String row, String words) {
        Operand cell = cells.operand(TableCode.T2, row, "TOTAL");
        return NarrativeComparison.compare(ID, severity(), TableCode.T2, row + "|TOTAL", figure,
                List.of(new NarrativeComparison.Reading(words, List.of(cell))));
    }
}
