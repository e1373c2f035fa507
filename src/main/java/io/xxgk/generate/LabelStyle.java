package io.xxgk.generate;

import java.util.SplittableRandom;

/**
 * The label variants one report prints (spec §7.3–§7.5), chosen once per report: each layout leans to the variants
 * its seed shows (001: half-width brackets, 商业机构, 社会组织; 000: 䃼正, 信访举报投诉诉求类申请, spaced T3 labels),
 * and any report may carry the others now and then. Canonical labels come from codes.tsv; this class only varies them.
 */
record LabelStyle(boolean halfWidth, boolean halfWidthBlocks, String commercial, String research, String nonprofit,
                  boolean buTypo, boolean petitionVariant, String securityQuotes, boolean spaceAfterDot,
                  String otherSeparator, boolean spacedOutcomes, boolean infoContentSpace, boolean oldNormativeLabel,
                  boolean spacedResultGroup) {

    static LabelStyle of(Layout layout, SplittableRandom r) {
        boolean tab = layout == Layout.TAB_ROWS;
        boolean jilin = layout == Layout.JILIN_CELL_PER_LINE;
        return new LabelStyle(
                Draw.chance(r, tab ? 0.9 : 0.05),
                Draw.chance(r, 0.08),
                Draw.chance(r, tab ? 0.8 : 0.04) ? "商业机构" : Draw.chance(r, 0.05) ? "商业 企业" : "商业企业",
                Draw.chance(r, 0.05) ? "科研 机构" : "科研机构",
                Draw.chance(r, tab ? 0.8 : 0.04) ? "社会组织" : "社会公益组织",
                Draw.chance(r, jilin ? 0.7 : 0.03),
                Draw.chance(r, jilin ? 0.7 : 0.03),
                Draw.chance(r, 0.9) ? "“”" : Draw.pick(r, "\"\"", ""),
                Draw.chance(r, 0.05),
                Draw.chance(r, 0.85) ? "、" : Draw.pick(r, "，", ", "),
                Draw.chance(r, jilin ? 0.8 : 0.03),
                Draw.chance(r, jilin ? 0.5 : 0.05),
                Draw.chance(r, 0.05),
                Draw.chance(r, tab ? 0.7 : 0.02));
    }

    /** A T2 row label as this report prints it. */
    String t2Row(String canonical) {
        String s = canonical;
        if (buTypo) {
            s = s.replace("补正后", "\u40FC正后"); // 䃼, the typo of [S:000]
        }
        if (petitionVariant) {
            s = s.replace("信访举报投诉类申请", "信访举报投诉诉求类申请");
        }
        if (!securityQuotes.equals("“”")) {
            String open = securityQuotes.isEmpty() ? "" : securityQuotes.substring(0, 1);
            String close = securityQuotes.isEmpty() ? "" : securityQuotes.substring(1);
            s = s.replace("“三安全一稳定”", open + "三安全一稳定" + close);
        }
        if (!otherSeparator.equals("、")) {
            s = s.replace("、行政机关不再处理", otherSeparator + "行政机关不再处理");
        }
        if (spaceAfterDot && s.matches("^\\d\\..*")) {
            s = s.charAt(0) + ". " + s.substring(2);
        }
        if (spacedResultGroup && s.equals("三、本年度办理结果")) {
            s = "三、本 年度办 理结果";
        }
        return halfWidth ? halfWidth(s) : s;
    }

    /** A T2 applicant column label (商业企业 may read 商业机构 or 商业 企业 …). */
    String t2Column(String canonical) {
        return switch (canonical) {
            case "商业企业" -> commercial;
            case "科研机构" -> research;
            case "社会公益组织" -> nonprofit;
            default -> canonical;
        };
    }

    String t2Note() {
        String note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
        return halfWidth ? "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)" : note;
    }

    String t1Block(String canonical) {
        return halfWidthBlocks ? canonical.replace('（', '(').replace('）', ')') : canonical;
    }

    String t1Row(String canonical) {
        return oldNormativeLabel && canonical.equals("行政规范性文件") ? "规范性文件" : canonical;
    }

    String t1Column(String canonical) {
        return halfWidth ? canonical.replace('（', '(').replace('）', ')').replace('：', ':') : canonical;
    }

    String infoContent() {
        return infoContentSpace ? "信息内容 " : "信息内容";
    }

    /** A T3 outcome label, with the runs of spaces of [S:000] inside it when the report has them. */
    String t3Outcome(String canonical, SplittableRandom r) {
        if (!spacedOutcomes || canonical.length() != 4) {
            return canonical;
        }
        return canonical.substring(0, 2) + " ".repeat(2 + r.nextInt(4)) + canonical.substring(2);
    }

    /** {@code （一）予以公开} → {@code (一) 予以公开}, inner brackets and commas half-width as in [S:001]. */
    static String halfWidth(String s) {
        String out = s;
        if (out.startsWith("（")) {
            int close = out.indexOf('）');
            out = "(" + out.substring(1, close) + ") " + out.substring(close + 1);
        }
        return out.replace('（', '(').replace('）', ')').replace("，", ", ");
    }
}
