package io.xxgk.core.source;

import io.xxgk.core.extract.LabelNormalizer;

import java.util.List;

/** The report's section headings (spec §2.2, §7.2), recognised in any of their printed variants. */
public final class SectionHeadings {

    private static final List<String> KEYS = List.of(
            "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "存在的主要问题", "其他需要报告的事项");

    private SectionHeadings() {
    }

    /** True for a section heading line or a 注 line; table row labels such as 三、本年度办理结果 are not headings. */
    public static boolean isHeading(String line) {
        String s = LabelNormalizer.normalize(line);
        if (s.startsWith("注:") || s.startsWith("注1") || s.equals("注")) {
            return true;
        }
        if (s.length() > 40) {
            return false;
        }
        for (String key : KEYS) {
            if (s.contains(key)) {
                return true;
            }
        }
        return s.contains("行政复议") && s.contains("行政诉讼") && s.endsWith("情况");
    }
}
