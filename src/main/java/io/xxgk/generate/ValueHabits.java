package io.xxgk.generate;

import java.util.SplittableRandom;

/**
 * How one report writes its value cells: most print every zero, some leave zeros blank or print a placeholder
 * (spec §7.8, §8.1), a few leave the 总计 column empty on detail rows (SH2019), and money is written with or
 * without its unit. Decided once per report so a report is consistent in its own habits, as real ones are.
 *
 * @param blankZeroRate       chance that a zero cell is left blank
 * @param placeholder         the placeholder this report uses for zero ({@code - / — 无}), or null
 * @param placeholderRate     chance that a zero cell shows the placeholder
 * @param totalColumnBlank    T2 总计 column left empty except on rows 一, 二, （七） and 四
 * @param plusSign            positive 本年增/减 written with {@code +}
 * @param amountUnit          unit written after 采购总金额: 元, 万元 or nothing
 * @param procurementSentence the Jilin 发布总数量 sentence stands where the 政府集中采购 values should be [S:002]
 */
record ValueHabits(double blankZeroRate, String placeholder, double placeholderRate, boolean totalColumnBlank,
                   boolean plusSign, String amountUnit, boolean procurementSentence) {

    static ValueHabits of(Layout layout, SplittableRandom r) {
        int kind = r.nextInt(100);
        double blankRate = 0;
        String placeholder = null;
        double placeholderRate = 0;
        if (kind < 8) {
            blankRate = 0.3 + 0.7 * r.nextDouble();
        } else if (kind < 16) {
            placeholder = Draw.pick(r, "-", "/", "—", "无");
            placeholderRate = 0.5 + 0.5 * r.nextDouble();
        } else if (kind < 20) {
            blankRate = 0.2;
            placeholder = Draw.pick(r, "-", "/");
            placeholderRate = 0.2;
        }
        boolean totalBlank = Draw.chance(r, 0.03);
        boolean plus = Draw.chance(r, layout == Layout.CONTINUED_HEADERS ? 0.9 : 0.5);
        String unit = layout == Layout.PAGE_BREAKS && Draw.chance(r, 0.8) ? "元"
                : Draw.pick(r, "元", "元", "万元", "", "", "");
        boolean sentence = layout == Layout.CONTINUED_HEADERS && Draw.chance(r, 0.5);
        return new ValueHabits(blankRate, placeholder, placeholderRate, totalBlank, plus, unit, sentence);
    }
}
