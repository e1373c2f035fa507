package io.xxgk.core.validate.legacy;

import io.xxgk.core.model.CellDef;

import java.math.BigDecimal;
import java.util.Map;

/** Short Chinese labels for messages, taken from the canonical label paths of codes.tsv. */
final class Labels {

    /** The four T2 rows of the template's own 勾稽 note, named as the note's reader knows them. */
    private static final Map<String, String> T2_BALANCE_ROWS = Map.of(
            "NEW", "本年新收",
            "CARRY_IN", "上年结转",
            "RESULT.TOTAL", "办理结果总计",
            "CARRY_OUT", "结转下年度");

    private static final String RESULT_GROUP = "三、本年度办理结果 > ";

    private Labels() {
    }

    /** T2 column: "自然人", "商业企业", "总计". */
    static String column(CellDef def) {
        return lastSegment(def.colLabel());
    }

    /** T2 column with its code: "自然人 (NP)". */
    static String columnWithCode(CellDef def) {
        return column(def) + " (" + def.colCode() + ")";
    }

    /**
     * T2 row: the balance rows by their short names, result rows by their path under 三、本年度办理结果 without the
     * （二） annotation: "（四）无法提供 > 1.本机关不掌握相关政府信息".
     */
    static String t2Row(CellDef def) {
        String shortName = T2_BALANCE_ROWS.get(def.rowCode());
        if (shortName != null) {
            return shortName;
        }
        String path = def.rowLabel();
        if (path.startsWith(RESULT_GROUP)) {
            path = path.substring(RESULT_GROUP.length());
        }
        return path.replace("（区分处理的，只计这一情形，不计其他情形）", "");
    }

    /** Any cell by its row and column labels: "第二十条第（五）项 > 行政许可 / 处理决定数量". */
    static String cell(CellDef def) {
        return def.rowLabel() + " / " + def.colLabel();
    }

    /** Any cell, briefly: "上年结转 总计", "行政复议 总计", T1 as {@link #cell}. */
    static String shortCell(CellDef def) {
        return switch (def.table()) {
            case T1 -> cell(def);
            case T2 -> t2Row(def) + " " + column(def);
            case T3 -> def.rowLabel() + " " + def.colLabel();
        };
    }

    /** A number as written, without exponent notation. */
    static String number(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }

    private static String lastSegment(String path) {
        int at = path.lastIndexOf(" > ");
        return at < 0 ? path : path.substring(at + 3);
    }
}
