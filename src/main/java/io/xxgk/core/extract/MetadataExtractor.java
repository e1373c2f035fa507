package io.xxgk.core.extract;

import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ExtractionFailure.Reason;
import io.xxgk.core.source.DocBlock;
import io.xxgk.core.source.GridCell;
import io.xxgk.core.source.SectionHeadings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report metadata from the title block and the statement of the statistics period (spec §11). The year comes
 * from the title or the 统计期限 sentence only: body text can carry a stale year (seed 000).
 */
final class MetadataExtractor {

    /** Title, agency and year as read, before the template is known. */
    record TitleFacts(String agencyRaw, String agency, int year, String yearSource, BigDecimal disclosureTotal,
                      List<String> notes, String publicationDate, String adminLevel) {
    }

    private static final Pattern TITLE = Pattern.compile(
            "^(?<pre>.*?)(?<year>(?:19|20)\\d{2})年度?(?<post>.*?)政府信息公开(?:工作)?(?:年度)?(?:工作)?报告");
    private static final Pattern PERIOD = Pattern.compile(
            "统计(?:期限|时限|时间|区间)[^0-9]{0,12}((?:19|20)\\d{2})年1月1日");
    private static final Pattern DATE_LINE = Pattern.compile("^((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern LEADING_NOISE = Pattern.compile("^[·•\\-—\\s]+");
    private static final Pattern NUMBERED_LINE = Pattern.compile("^\\d+[.、].*");
    private static final int MAX_TITLE_LINES = 8;

    private MetadataExtractor() {
    }

    static TitleFacts extract(List<DocBlock> all, List<DocBlock> outside) throws ExtractionFailure {
        List<String> titleLines = titleLines(all);
        String redHead = "";
        StringBuilder joined = new StringBuilder();
        for (String line : titleLines) {
            String s = LabelNormalizer.normalize(line);
            if (s.endsWith("文件") && !s.contains("报告")) {
                redHead = s.substring(0, s.length() - 2); // 红头 "…办事处文件": issuing body, not the title
                continue;
            }
            joined.append(s);
        }
        String agencyRaw = "";
        int year = 0;
        String yearSource = "";
        Matcher m = TITLE.matcher(joined);
        if (m.find()) {
            year = Integer.parseInt(m.group("year"));
            yearSource = "title";
            String pre = LEADING_NOISE.matcher(m.group("pre")).replaceFirst("");
            agencyRaw = !pre.isEmpty() ? pre : m.group("post");
        }
        if (year == 0) {
            year = periodYear(all);
            yearSource = "统计期限";
        }
        if (year == 0) {
            throw new ExtractionFailure(Reason.NO_YEAR, "no reporting year in the title or in a 统计期限 sentence; "
                    + "the title should read like 'XX2020年政府信息公开工作年度报告'");
        }
        if (year < 2019) {
            throw new ExtractionFailure(Reason.PRE_2019_FORMAT, "the report is for " + year
                    + ", before the 2019 template; only reports for 2019 and later can be loaded");
        }
        String agency = redHead.endsWith(agencyRaw) && redHead.length() > agencyRaw.length() ? redHead : agencyRaw;
        List<NormalizedParagraph> paragraphs = normalizedParagraphs(outside);
        return new TitleFacts(agencyRaw, agency, year, yearSource, disclosureTotal(all), notes(paragraphs),
                publicationDate(paragraphs), AdminLevel.of(agency));
    }

    /** Leading paragraphs up to the one that ends the title (…年度报告), or the first one alone. */
    private static List<String> titleLines(List<DocBlock> blocks) {
        List<String> lines = new ArrayList<>();
        for (DocBlock b : blocks) {
            if (!(b instanceof DocBlock.Paragraph p)) {
                break;
            }
            String s = p.text().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (SectionHeadings.isHeading(s) || lines.size() == MAX_TITLE_LINES) {
                break;
            }
            lines.add(s);
            if (LabelNormalizer.normalize(s).contains("报告")) {
                return lines;
            }
        }
        return lines.isEmpty() ? lines : lines.subList(0, 1);
    }

    private static int periodYear(List<DocBlock> blocks) {
        for (DocBlock b : blocks) {
            if (b instanceof DocBlock.Paragraph p) {
                Matcher m = PERIOD.matcher(LabelNormalizer.normalize(p.text()));
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        return 0;
    }

    private static BigDecimal disclosureTotal(List<DocBlock> blocks) {
        for (DocBlock b : blocks) {
            if (b instanceof DocBlock.Row row) {
                for (GridCell cell : row.cells()) {
                    BigDecimal v = disclosureTotal(cell.text());
                    if (v != null) {
                        return v;
                    }
                }
            } else {
                BigDecimal v = disclosureTotal(((DocBlock.Paragraph) b).text());
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static BigDecimal disclosureTotal(String text) {
        return text.contains("发布总数量") ? MetadataSentences.disclosureTotal(text) : null;
    }

    /**
     * A paragraph outside the tables, normalised once for the searches below: stripped and normalised, and normalised
     * as it stands (the same string unless stripping removed something normalising keeps).
     */
    private record NormalizedParagraph(String stripped, String normalizedStripped, String normalized) {
    }

    private static List<NormalizedParagraph> normalizedParagraphs(List<DocBlock> outside) {
        List<NormalizedParagraph> out = new ArrayList<>();
        for (DocBlock b : outside) {
            if (b instanceof DocBlock.Paragraph p) {
                String s = p.text().strip();
                String n = LabelNormalizer.normalize(s);
                out.add(new NormalizedParagraph(s, n, s.length() == p.text().length() ? n
                        : LabelNormalizer.normalize(p.text())));
            }
        }
        return out;
    }

    /** 注 lines: a paragraph starting with 注 and the numbered lines right after it. */
    private static List<String> notes(List<NormalizedParagraph> paragraphs) {
        List<String> notes = new ArrayList<>();
        boolean inNote = false;
        for (NormalizedParagraph p : paragraphs) {
            String s = p.stripped();
            String n = p.normalizedStripped();
            if (n.startsWith("注:") || n.startsWith("注1")) {
                inNote = true;
                notes.add(s);
            } else if (inNote && NUMBERED_LINE.matcher(n).matches()) {
                notes.add(s);
            } else {
                inNote = false;
            }
        }
        return notes;
    }

    /** A month or day of one or two digits as {@code %02d} prints it. */
    private static String twoDigits(String digits) {
        int n = Integer.parseInt(digits);
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** The last line that is nothing but a date: the signature block's date. */
    private static String publicationDate(List<NormalizedParagraph> paragraphs) {
        String date = "";
        for (NormalizedParagraph p : paragraphs) {
            if (!p.normalized().endsWith("日")) {
                continue; // every date line does; the regex need not look at the others
            }
            Matcher m = DATE_LINE.matcher(p.normalized());
            if (m.matches()) {
                date = m.group(1) + "-" + twoDigits(m.group(2)) + "-" + twoDigits(m.group(3));
            }
        }
        return date;
    }
}
