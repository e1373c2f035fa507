package io.xxgk.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Report-level facts (spec §11).
 *
 * @param agencyRaw        the agency as printed in the title
 * @param agency           the normalised full name (longest qualified name among title lines)
 * @param year             reporting year, from the title or the 统计期限 sentence, never from body text
 * @param yearSource       where the year was found ("title" or "统计期限")
 * @param template         template detected from the table labels (V2021 if any table is V2021-only)
 * @param templateExpected template expected for the year
 * @param templateEvidence the label signals that decided the template, in words
 * @param disclosureTotalCount the Jilin "发布总数量" figure, null where absent
 * @param notes            local 注 lines printed under the tables
 * @param publicationDate  date of the signature block (yyyy-MM-dd), empty where absent
 * @param adminLevel       PROVINCE, PREFECTURE, COUNTY, TOWNSHIP or empty, from the name's suffix
 */
public record ReportMetadata(
        String agencyRaw,
        String agency,
        int year,
        String yearSource,
        TemplateVersion template,
        TemplateVersion templateExpected,
        List<String> templateEvidence,
        BigDecimal disclosureTotalCount,
        List<String> notes,
        String publicationDate,
        String adminLevel) {
}
