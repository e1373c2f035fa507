package io.xxgk.core.extract;

/**
 * The label vocabulary of both templates: canonical labels (normalised, numbering removed) and the variants
 * observed in real reports (spec §7). Codes are those of codes.tsv.
 */
public final class TemplateLabels {

    private TemplateLabels() {
    }

    /** T1 block headers 第二十条第（X）项 → block code. */
    public static String t1Block(String normalized) {
        if (normalized.isEmpty() || normalized.charAt(0) != '第') {
            return null; // spares the replacements on every other cell
        }
        String s = normalized.replace("（", "(").replace("）", ")");
        if (!s.startsWith("第二十条第(") || !s.contains(")项")) {
            return null;
        }
        String item = s.substring("第二十条第(".length(), s.indexOf(')'));
        return switch (item) {
            case "一" -> "A20_1";
            case "五" -> "A20_5";
            case "六" -> "A20_6";
            case "八" -> "A20_8";
            case "九" -> "A20_9";
            default -> null;
        };
    }

    /** T1 data rows. 规范性文件 and 行政规范性文件 are one concept (row NORMATIVE_DOC) in both versions. */
    public static final LabelDictionary<String> T1_ROWS = new LabelDictionary<String>()
            .add("REGULATION", "规章")
            .add("NORMATIVE_DOC", "规范性文件", "行政规范性文件")
            .add("LICENSING", "行政许可")
            .add("OTHER_MGMT_SERVICE", "其他对外管理服务事项")
            .add("PENALTY", "行政处罚")
            .add("COERCION", "行政强制")
            .add("ADMIN_FEE", "行政事业性收费")
            .add("CENTRAL_PROCUREMENT", "政府集中采购");

    /** Hubei's non-template T1 row (spec §6): recognised so it is reported, not mistaken for data. */
    public static final String T1_EXTRA_ROW_PREFIX = "其他主动公开文件";

    /** T1 column headers; V2019 and V2021 measures keep distinct codes (spec §10). */
    public static final LabelDictionary<String> T1_COLUMNS = new LabelDictionary<String>()
            .add("NEW_MADE", "本年新制作数量")
            .add("NEW_PUBLISHED", "本年新公开数量")
            .add("TOTAL_PUBLISHED", "对外公开总数量")
            .add("PREV_YEAR_ITEMS", "上一年项目数量")
            .add("YEAR_CHANGE", "本年增/减", "本年增减", "本年增(减)")
            .add("DECISIONS_V2019", "处理决定数量")
            .add("PROJECT_COUNT", "采购项目数量")
            .add("TOTAL_AMOUNT", "采购总金额")
            .add("ISSUED", "本年制发件数")
            .add("REPEALED", "本年废止件数")
            .add("IN_FORCE", "现行有效件数")
            .add("DECISIONS_V2021", "本年处理决定数量")
            .addPrefix("FEE_AMOUNT", "本年收费金额");

    /** T2 rows, including the group rows (which carry no values). Row codes as in codes.tsv. */
    public static final LabelDictionary<String> T2_ROWS = new LabelDictionary<String>()
            .add("NEW", "本年新收政府信息公开申请数量")
            .add("CARRY_IN", "上年结转政府信息公开申请数量")
            .add("RESULT", "本年度办理结果")
            .add("RESULT.GRANT", "予以公开")
            .addPrefix("RESULT.PARTIAL", "部分公开")
            .add("RESULT.DENY", "不予公开")
            .add("RESULT.DENY.STATE_SECRET", "属于国家秘密", "国家秘密")
            .add("RESULT.DENY.LAW_PROHIBITED", "其他法律行政法规禁止公开")
            .add("RESULT.DENY.SECURITY_STABILITY", "危及三安全一稳定")
            .add("RESULT.DENY.THIRD_PARTY", "保护第三方合法权益")
            .add("RESULT.DENY.INTERNAL_AFFAIRS", "属于三类内部事务信息", "三类内部事务信息")
            .add("RESULT.DENY.PROCESS_INFO", "属于四类过程性信息", "四类过程性信息")
            .add("RESULT.DENY.ENFORCEMENT_FILE", "属于行政执法案卷", "行政执法案卷")
            .add("RESULT.DENY.ADMIN_QUERY", "属于行政查询事项", "行政查询事项")
            .add("RESULT.UNABLE", "无法提供")
            .add("RESULT.UNABLE.NOT_HELD", "本机关不掌握相关政府信息")
            .add("RESULT.UNABLE.NEEDS_CREATION", "没有现成信息需要另行制作")
            .add("RESULT.UNABLE.UNCLEAR", "补正后申请内容仍不明确")
            .add("RESULT.NOT_PROCESSED", "不予处理")
            .add("RESULT.NOT_PROCESSED.PETITION", "信访举报投诉类申请", "信访举报投诉诉求类申请")
            .add("RESULT.NOT_PROCESSED.REPEAT", "重复申请")
            .add("RESULT.NOT_PROCESSED.PUBLICATION", "要求提供公开出版物")
            .add("RESULT.NOT_PROCESSED.MASS_REPEAT", "无正当理由大量反复申请")
            .add("RESULT.NOT_PROCESSED.CONFIRM_REISSUE", "要求行政机关确认或重新出具已获取信息")
            .add("RESULT.OTHER", "其他处理")
            .add("RESULT.OTHER.NO_CORRECTION", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")
            .add("RESULT.OTHER.FEE_UNPAID", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")
            .add("RESULT.TOTAL", "总计", "合计")
            .add("CARRY_OUT", "结转下年度继续办理");

    /** Label cells of the T2 header (they are checked, the seven value columns keep template order). */
    public static final LabelDictionary<String> T2_COLUMNS = new LabelDictionary<String>()
            .add("NP", "自然人")
            .add("LP", "法人或其他组织")
            .add("LP.COMMERCIAL", "商业企业", "商业机构")
            .add("LP.RESEARCH", "科研机构")
            .add("LP.NONPROFIT", "社会公益组织", "社会组织", "社会公益", "公益组织")
            .add("LP.LEGAL_SERVICE", "法律服务机构", "法律服务")
            .add("LP.OTHER", "其他", "其他组织")
            .add("TOTAL", "总计", "合计");

    /** T3 header cells. */
    public static final LabelDictionary<String> T3_LABELS = new LabelDictionary<String>()
            .add("RECON", "行政复议")
            .add("LIT", "行政诉讼")
            .add("LIT.DIRECT", "未经复议直接起诉")
            .add("LIT.AFTER_RECON", "复议后起诉")
            .add("UPHELD", "结果维持")
            .add("CORRECTED", "结果纠正")
            .add("OTHER", "其他结果")
            .add("PENDING", "尚未审结")
            .add("TOTAL", "总计", "合计");
}
