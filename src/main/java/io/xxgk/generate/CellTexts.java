package io.xxgk.generate;

import io.xxgk.core.model.CellDef;
import io.xxgk.core.model.CellStatus;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Turns a drawn number into the text a report prints in the cell, with the report's habits (blank zeros,
 * placeholders, signs, units), and records what a correct reader must make of that text.
 */
final class CellTexts {

    /** T2 rows whose 总计 is printed even by reports that leave the 总计 column empty elsewhere [C:SH2019]. */
    private static final Set<String> TOTALLED_ROWS = Set.of("NEW", "CARRY_IN", "RESULT.TOTAL", "CARRY_OUT");

    private final ValueHabits habits;
    private final SplittableRandom r;

    CellTexts(ValueHabits habits, SplittableRandom r) {
        this.habits = habits;
        this.r = r;
    }

    TruthCell write(CellDef def, TemplateVersion template, BigDecimal value) {
        if (def.table() == TableCode.T1 && def.rowCode().equals("CENTRAL_PROCUREMENT") && habits.procurementSentence()) {
            return blank(def, template);
        }
        if (def.table() == TableCode.T2 && habits.totalColumnBlank() && def.colCode().equals("TOTAL")
                && !TOTALLED_ROWS.contains(def.rowCode())) {
            return blank(def, template);
        }
        if (value.signum() == 0) {
            if (Draw.chance(r, habits.blankZeroRate())) {
                return blank(def, template);
            }
            if (habits.placeholder() != null && Draw.chance(r, habits.placeholderRate())) {
                return new TruthCell(def, template, habits.placeholder(), null, CellStatus.PLACEHOLDER, def.unit(), false);
            }
        }
        if (def.colCode().equals("YEAR_CHANGE")) {
            String raw = value.signum() > 0 && habits.plusSign() ? "+" + value.toPlainString() : value.toPlainString();
            return reported(def, template, raw, value, def.unit());
        }
        if (def.colCode().equals("TOTAL_AMOUNT") && value.signum() != 0) {
            return amount(def, template, value);
        }
        return reported(def, template, value.toPlainString(), value, def.unit());
    }

    /** 采购总金额 drawn in 元: printed as {@code 8808257.32元} [S:004], in 万元, or as a bare number. */
    private TruthCell amount(CellDef def, TemplateVersion template, BigDecimal yuan) {
        return switch (habits.amountUnit()) {
            case "元" -> reported(def, template, yuan.toPlainString() + "元", yuan, "元");
            case "万元" -> {
                BigDecimal wan = yuan.movePointLeft(4).setScale(Draw.pick(r, 2, 4), RoundingMode.HALF_UP);
                yield reported(def, template, wan.toPlainString() + "万元", wan, "万元");
            }
            default -> reported(def, template, yuan.toPlainString(), yuan, def.unit());
        };
    }

    static TruthCell reported(CellDef def, TemplateVersion template, String raw, BigDecimal value, String unit) {
        return new TruthCell(def, template, raw, value, CellStatus.REPORTED, unit, false);
    }

    private static TruthCell blank(CellDef def, TemplateVersion template) {
        return new TruthCell(def, template, "", null, CellStatus.BLANK, def.unit(), false);
    }
}
