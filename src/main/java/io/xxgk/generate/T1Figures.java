package io.xxgk.generate;

import io.xxgk.core.model.TemplateVersion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws T1 (主动公开) figures. T1 has no arithmetic rule inside one report; the figures keep the relations real tables
 * show: no more published than made, a stock at least as large as this year's output, a matter list that does not
 * shrink below zero, and money only where there are projects. V2019 采购总金额 is drawn in 元; how it is printed
 * (元, 万元 or bare) is decided when the cell is written.
 */
final class T1Figures {

    private T1Figures() {
    }

    /**
     * @param quiet an agency with nothing to report in T1 (most 街道 in the seeds print zeros throughout)
     */
    static Map<String, BigDecimal> draw(TemplateVersion version, Scale s, boolean quiet, SplittableRandom r) {
        Map<String, BigDecimal> out = new HashMap<>();
        double k = quiet ? 0 : 1;
        boolean makesRegulations = !quiet && Draw.chance(r, 0.03);
        if (version == TemplateVersion.V2019) {
            documents19(out, "A20_1.REGULATION", makesRegulations ? 1.5 : 0, r);
            documents19(out, "A20_1.NORMATIVE_DOC", k * s.documents(), r);
            matters19(out, "A20_5.LICENSING", k * s.matters(), 40, r);
            matters19(out, "A20_5.OTHER_MGMT_SERVICE", k * s.matters() * 0.5, 10, r);
            matters19(out, "A20_6.PENALTY", k * s.matters() * 1.5, 5, r);
            matters19(out, "A20_6.COERCION", k * s.matters() * 0.15, 0.5, r);
            int feeItems = Draw.count(r, k * s.matters() * 0.08);
            put(out, "A20_8.ADMIN_FEE|PREV_YEAR_ITEMS", feeItems);
            put(out, "A20_8.ADMIN_FEE|YEAR_CHANGE", change(feeItems, r));
            int projects = Draw.count(r, k * s.procurements());
            put(out, "A20_9.CENTRAL_PROCUREMENT|PROJECT_COUNT", projects);
            out.put("A20_9.CENTRAL_PROCUREMENT|TOTAL_AMOUNT", projects == 0 ? BigDecimal.ZERO
                    : yuan(projects * 120_000 * Draw.spread(r, 1.0)));
        } else {
            documents21(out, "A20_1.REGULATION", makesRegulations ? 1.5 : 0, r);
            documents21(out, "A20_1.NORMATIVE_DOC", k * s.documents(), r);
            put(out, "A20_5.LICENSING|DECISIONS", Draw.count(r, k * s.matters() * 40 * Draw.spread(r, 0.7)));
            put(out, "A20_6.PENALTY|DECISIONS", Draw.count(r, k * s.matters() * 5 * Draw.spread(r, 0.9)));
            put(out, "A20_6.COERCION|DECISIONS", Draw.count(r, k * s.matters() * 0.08));
            out.put("A20_8.ADMIN_FEE|FEE_AMOUNT", quiet || Draw.chance(r, 0.4) ? BigDecimal.ZERO
                    : BigDecimal.valueOf(s.matters() * 2 * Draw.spread(r, 1.2))
                    .setScale(Draw.pick(r, 0, 2, 2, 3, 4), RoundingMode.HALF_UP));
        }
        return out;
    }

    private static void documents19(Map<String, BigDecimal> out, String row, double mean, SplittableRandom r) {
        int made = Draw.count(r, mean);
        int published = made - Math.min(made, Draw.count(r, made * 0.1));
        put(out, row + "|NEW_MADE", made);
        put(out, row + "|NEW_PUBLISHED", published);
        put(out, row + "|TOTAL_PUBLISHED", published + Draw.count(r, mean * 4));
    }

    private static void documents21(Map<String, BigDecimal> out, String row, double mean, SplittableRandom r) {
        int issued = Draw.count(r, mean);
        int stock = Draw.count(r, mean * 5);
        put(out, row + "|ISSUED", issued);
        put(out, row + "|REPEALED", Math.min(stock, Draw.count(r, mean * 0.3)));
        put(out, row + "|IN_FORCE", issued + stock);
    }

    private static void matters19(Map<String, BigDecimal> out, String row, double items, double decisionsPerItem,
                                  SplittableRandom r) {
        int prev = Draw.count(r, items);
        put(out, row + "|PREV_YEAR_ITEMS", prev);
        put(out, row + "|YEAR_CHANGE", change(prev, r));
        put(out, row + "|DECISIONS", Draw.count(r, prev * decisionsPerItem * Draw.spread(r, 0.8)));
    }

    /** 本年增/减: mostly 0, otherwise a few matters added or dropped, never more dropped than listed. */
    private static int change(int prev, SplittableRandom r) {
        if (prev == 0 || Draw.chance(r, 0.5)) {
            return Draw.chance(r, 0.1) ? Draw.count(r, 2) : 0;
        }
        int delta = 1 + Draw.count(r, Math.max(1, prev * 0.05));
        return Draw.chance(r, 0.6) ? delta : -Math.min(prev, delta);
    }

    private static BigDecimal yuan(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    private static void put(Map<String, BigDecimal> out, String category, long value) {
        out.put(category, BigDecimal.valueOf(value));
    }
}
