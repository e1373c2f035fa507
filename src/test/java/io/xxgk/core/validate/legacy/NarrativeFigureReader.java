package io.xxgk.core.validate.legacy;

import io.xxgk.core.extract.Nfkc;
import io.xxgk.core.model.TextLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures R11 and R12 compare with the tables from the narrative, conservatively: a figure is taken
 * only from a sentence that clearly speaks of 政府信息公开申请 (R11) or of 信息公开 (R12), only from a clause whose
 * verb says what is counted, and only as Arabic digits directly followed by a unit. Anything less clear is left
 * alone, because a wrong reading would be a false alarm about a report that is right. Sentences end at 。！？;
 * clauses at commas, semicolons and colons (after NFKC, which folds their full-width forms).
 *
 * <p>Not read on purpose: 依申请公开事项 without the word 申请 after 政府信息公开 (seed 003: "没有依申请公开事项发生"),
 * 答复 figures (SH2019's "答复…805件（含上年度结转申请18件…）" mixes three quantities), counts of other services
 * (办件, 政务服务, 行政许可, 议案, 提案, 建议), Chinese-numeral counts (两件).
 */
public final class NarrativeFigureReader {

    private static final String APPLICATION = "政府信息公开申请";
    /**
     * Every figure comes from a sentence with 信息公开 in it, so a line without 信 is not normalised and split at all
     * (most lines of a report). No other character becomes 信 under NFKC (checked over all code points), so the
     * test on the raw text skips nothing the normalised text would have matched.
     */
    private static final char DISCLOSURE_FIRST_CHARACTER = '信';
    private static final Pattern SENTENCE_END = Pattern.compile("[。!?]");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]");
    private static final Pattern OTHER_SERVICES = Pattern.compile("办件|政务服务|行政许可|议案|提案|建议");

    private static final Pattern RECEIVED = Pattern.compile("(?:收到|受理|接到|接收)[^\\d]{0,25}?(\\d+)(?:件|条|个|份)");
    private static final Pattern RECEIVED_NONE = Pattern.compile("(?:未|没有)(?:收到|受理|接到|接收)");
    private static final Pattern NATURAL_PERSONS = Pattern.compile("自然人(?:提出)?(?:申请)?(\\d+)件");
    private static final Pattern CONCLUDED = Pattern.compile("(?:办结|办理)[^\\d]{0,12}?(\\d+)件");
    private static final Pattern CARRIED_OVER = Pattern.compile(
            "结转(?:至|到)?下一?年度?(?:继续办理)?[^\\d]{0,8}?(\\d+)件|(\\d+)件[^\\d]{0,6}?结转(?:至|到)?下一?年");
    private static final Pattern RECONSIDERATIONS = Pattern.compile("行政复议(?:案件|申请)?[^\\d]{0,4}?(\\d+)(?:件|起)");
    private static final Pattern LAWSUITS = Pattern.compile("行政诉讼(?:案件)?[^\\d]{0,4}?(\\d+)(?:件|起)");
    private static final Pattern NONE_OCCURRED = Pattern.compile("(?:未|没有)(?:发生|出现|收到|被)");

    public List<NarrativeFigure> read(List<TextLine> narrative) {
        List<NarrativeFigure> figures = new ArrayList<>();
        for (TextLine line : narrative) {
            if (line.text().indexOf(DISCLOSURE_FIRST_CHARACTER) < 0) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(normalize(line.text()))) {
                readSentence(sentence, line, figures);
            }
        }
        return figures;
    }

    /** NFKC, then without the whitespace {@code \\s} matches ({@code [ \\t\\n\\x0B\\f\\r]}). */
    static String normalize(String text) {
        String folded = Nfkc.normalize(text);
        StringBuilder out = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && out == null) {
                out = new StringBuilder(folded.length()).append(folded, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? folded : out.toString();
    }

    private static void readSentence(String sentence, TextLine line, List<NarrativeFigure> out) {
        boolean aboutApplications = sentence.contains(APPLICATION);
        boolean aboutDisclosure = sentence.contains("信息公开");
        boolean receivedStated = false;
        for (String clause : CLAUSE_END.split(sentence)) {
            if (clause.isEmpty() || OTHER_SERVICES.matcher(clause).find()) {
                continue;
            }
            if (aboutApplications) {
                receivedStated |= readApplications(clause, receivedStated, line, out);
            }
            if (aboutDisclosure) {
                readCases(clause, line, out);
            }
        }
    }

    /** Reads at most one application figure from the clause; true when it is the received count. */
    private static boolean readApplications(String clause, boolean receivedStated, TextLine line,
                                            List<NarrativeFigure> out) {
        if (clause.contains(APPLICATION)) {
            if (RECEIVED_NONE.matcher(clause).find()) {
                out.add(figure(NarrativeFigure.Kind.RECEIVED, BigDecimal.ZERO, clause, line));
                return true;
            }
            if (add(RECEIVED, NarrativeFigure.Kind.RECEIVED, clause, line, out)) {
                return true;
            }
        }
        // 其中自然人 only means "of the received" right after a received count.
        if (receivedStated && add(NATURAL_PERSONS, NarrativeFigure.Kind.RECEIVED_FROM_NATURAL_PERSONS, clause, line, out)) {
            return false;
        }
        // Carried over first: "结转下年度继续办理3件" also contains 办理.
        if (!add(CARRIED_OVER, NarrativeFigure.Kind.CARRIED_OVER, clause, line, out)) {
            add(CONCLUDED, NarrativeFigure.Kind.CONCLUDED, clause, line, out);
        }
        return false;
    }

    private static void readCases(String clause, TextLine line, List<NarrativeFigure> out) {
        boolean none = NONE_OCCURRED.matcher(clause).find();
        if (!add(RECONSIDERATIONS, NarrativeFigure.Kind.RECONSIDERATIONS, clause, line, out)
                && none && clause.contains("行政复议")) {
            out.add(figure(NarrativeFigure.Kind.RECONSIDERATIONS, BigDecimal.ZERO, clause, line));
        }
        if (!add(LAWSUITS, NarrativeFigure.Kind.LAWSUITS, clause, line, out)
                && none && clause.contains("行政诉讼")) {
            out.add(figure(NarrativeFigure.Kind.LAWSUITS, BigDecimal.ZERO, clause, line));
        }
    }

    /** Adds the first figure the pattern finds in the clause; true when it found one. */
    private static boolean add(Pattern pattern, NarrativeFigure.Kind kind, String clause, TextLine line,
                               List<NarrativeFigure> out) {
        Matcher m = pattern.matcher(clause);
        if (!m.find()) {
            return false;
        }
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        out.add(figure(kind, new BigDecimal(digits), clause, line));
        return true;
    }

    private static NarrativeFigure figure(NarrativeFigure.Kind kind, BigDecimal value, String clause, TextLine line) {
        return new NarrativeFigure(kind, value, clause, line.source());
    }
}
