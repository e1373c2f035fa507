package io.xxgk.generate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws T3 (行政复议、行政诉讼) figures: for each procedure the four outcomes add up to 总计 (R4). Most agencies
 * have no cases at all, so most tables are fifteen zeros, as in every seed.
 */
final class T3Figures {

    static final List<String> PROCEDURES = List.of("RECON", "LIT.DIRECT", "LIT.AFTER_RECON");
    static final List<String> OUTCOMES = List.of("UPHELD", "CORRECTED", "OTHER", "PENDING");
    private static final double[] PROCEDURE_SHARE = {1, 0.5, 0.3};
    private static final double[] OUTCOME_WEIGHT = {55, 10, 15, 20};

    private T3Figures() {
    }

    static Map<String, BigDecimal> draw(Scale scale, SplittableRandom r) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (int p = 0; p < PROCEDURES.size(); p++) {
            long[] counts = new long[OUTCOMES.size()];
            int cases = Draw.count(r, scale.cases() * PROCEDURE_SHARE[p]);
            for (int i = 0; i < cases; i++) {
                counts[Draw.weighted(r, OUTCOME_WEIGHT, 100)]++;
            }
            for (int o = 0; o < OUTCOMES.size(); o++) {
                out.put(PROCEDURES.get(p) + "|" + OUTCOMES.get(o), BigDecimal.valueOf(counts[o]));
            }
            out.put(PROCEDURES.get(p) + "|TOTAL", BigDecimal.valueOf(cases));
        }
        return out;
    }
}
