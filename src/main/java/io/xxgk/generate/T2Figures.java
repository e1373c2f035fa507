package io.xxgk.generate;

import io.xxgk.core.model.CellDef;
import io.xxgk.core.model.CodeBook;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws T2 (依申请公开) figures that satisfy the template's own arithmetic: per applicant column the results add up
 * to （七）总计 (R3), received plus carried in equals handled plus carried out (R1), and the 总计 column is the sum
 * of the six applicant columns (R2). Applications are handled first and the received count derived from them, so
 * the rules hold by construction rather than by correction.
 */
final class T2Figures {

    static final List<String> APPLICANTS = List.of(
            "NP", "LP.COMMERCIAL", "LP.RESEARCH", "LP.NONPROFIT", "LP.LEGAL_SERVICE", "LP.OTHER");
    /** Share of each applicant column relative to natural persons. */
    private static final double[] APPLICANT_SHARE = {1, 0.12, 0.01, 0.015, 0.03, 0.04};
    /** Typical shares of outcomes; 予以公开 and 本机关不掌握 dominate real tables. */
    private static final Map<String, Double> RESULT_WEIGHT = Map.ofEntries(
            Map.entry("RESULT.GRANT", 40.0), Map.entry("RESULT.PARTIAL", 8.0),
            Map.entry("RESULT.DENY.STATE_SECRET", 0.3), Map.entry("RESULT.DENY.LAW_PROHIBITED", 0.5),
            Map.entry("RESULT.DENY.SECURITY_STABILITY", 0.4), Map.entry("RESULT.DENY.THIRD_PARTY", 2.0),
            Map.entry("RESULT.DENY.INTERNAL_AFFAIRS", 1.0), Map.entry("RESULT.DENY.PROCESS_INFO", 1.5),
            Map.entry("RESULT.DENY.ENFORCEMENT_FILE", 0.8), Map.entry("RESULT.DENY.ADMIN_QUERY", 1.0),
            Map.entry("RESULT.UNABLE.NOT_HELD", 20.0), Map.entry("RESULT.UNABLE.NEEDS_CREATION", 3.0),
            Map.entry("RESULT.UNABLE.UNCLEAR", 2.0), Map.entry("RESULT.NOT_PROCESSED.PETITION", 4.0),
            Map.entry("RESULT.NOT_PROCESSED.REPEAT", 3.0), Map.entry("RESULT.NOT_PROCESSED.PUBLICATION", 0.5),
            Map.entry("RESULT.NOT_PROCESSED.MASS_REPEAT", 0.8), Map.entry("RESULT.NOT_PROCESSED.CONFIRM_REISSUE", 0.7),
            Map.entry("RESULT.OTHER", 5.0), Map.entry("RESULT.OTHER.NO_CORRECTION", 3.0),
            Map.entry("RESULT.OTHER.FEE_UNPAID", 0.2), Map.entry("RESULT.OTHER.OTHER", 2.0));

    private T2Figures() {
    }

    /** One number per T2 value cell of the version, keyed by category. */
    static Map<String, BigDecimal> draw(TemplateVersion version, Scale scale, SplittableRandom r) {
        List<String> results = resultRows(version);
        double[] weights = results.stream().mapToDouble(RESULT_WEIGHT::get).toArray();
        double weightSum = 0;
        for (double w : weights) {
            weightSum += w;
        }
        Map<String, long[]> rows = new HashMap<>();
        for (String row : List.of("NEW", "CARRY_IN", "RESULT.TOTAL", "CARRY_OUT")) {
            rows.put(row, new long[7]);
        }
        results.forEach(row -> rows.put(row, new long[7]));
        for (int c = 0; c < APPLICANTS.size(); c++) {
            int handled = Draw.count(r, scale.applications() * APPLICANT_SHARE[c]);
            for (int i = 0; i < handled; i++) {
                rows.get(results.get(Draw.weighted(r, weights, weightSum)))[c]++;
            }
            int carryOut = Draw.count(r, 0.06 * handled);
            int carryIn = Math.min(Draw.count(r, 0.06 * handled + 0.02), handled + carryOut);
            rows.get("RESULT.TOTAL")[c] = handled;
            rows.get("CARRY_OUT")[c] = carryOut;
            rows.get("CARRY_IN")[c] = carryIn;
            rows.get("NEW")[c] = handled + carryOut - carryIn;
        }
        Map<String, BigDecimal> out = new HashMap<>();
        for (Map.Entry<String, long[]> e : rows.entrySet()) {
            long[] v = e.getValue();
            long total = 0;
            for (int c = 0; c < 6; c++) {
                total += v[c];
                out.put(e.getKey() + "|" + APPLICANTS.get(c), BigDecimal.valueOf(v[c]));
            }
            out.put(e.getKey() + "|TOTAL", BigDecimal.valueOf(total));
        }
        return out;
    }

    private static final Map<TemplateVersion, List<String>> RESULT_ROWS = new EnumMap<>(Map.of(
            TemplateVersion.V2019, readResultRows(TemplateVersion.V2019),
            TemplateVersion.V2021, readResultRows(TemplateVersion.V2021)));

    /** The outcome rows of the version, as codes.tsv lists them (V2019 （六） is a leaf, V2021 has three sub-rows). */
    static List<String> resultRows(TemplateVersion version) {
        return RESULT_ROWS.get(version);
    }

    private static List<String> readResultRows(TemplateVersion version) {
        Set<String> rows = new LinkedHashSet<>();
        for (CellDef d : CodeBook.standard().cells(version, TableCode.T2)) {
            if (d.rowCode().startsWith("RESULT.") && !d.rowCode().equals("RESULT.TOTAL")) {
                rows.add(d.rowCode());
            }
        }
        return List.copyOf(rows);
    }
}
