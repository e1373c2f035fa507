package io.xxgk.core.validate;

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
    private static final String DISCLOSURE = "信息公开";
    /**
     * Every figure comes from a sentence with 信息公开 in it, so a line without 信 is not normalised and split at all
     * (most lines of a report). No other character becomes 信 under NFKC (checked over all code points), so the
     * test on the raw text skips nothing the normalised text would have matched.
     */
    private static final char DISCLOSURE_FIRST_CHARACTER = '信';
    /*
     * Sentences end at 。!? and clauses at ,;: (after NFKC). Each figure pattern comes with words every match of it
     * contains, and a clause without any of them is not searched: most clauses of a report state no figure, and a
     * plain search for a word costs a fraction of a regex search. Pure alternations of words are plain searches.
     */
    private static final List<String> OTHER_SERVICES = List.of("办件", "政务服务", "行政许可", "议案", "提案", "建议");

    private static final List<String> RECEIVING = List.of("收到", "受理", "接到", "接收");
    private static final List<String> NEGATIONS = List.of("未", "没有");
    /** (未|没有)(收到|受理|接到|接收). */
    private static final List<String> RECEIVED_NONE = joined(NEGATIONS, RECEIVING);
    /** (未|没有)(发生|出现|收到|被). */
    private static final List<String> NONE_OCCURRED = joined(NEGATIONS, List.of("发生", "出现", "收到", "被"));

    private static final FigurePattern RECEIVED = new FigurePattern(
            "(?:收到|受理|接到|接收)[^\\d]{0,25}?(\\d+)(?:件|条|个|份)", RECEIVING);
    private static final FigurePattern NATURAL_PERSONS = new FigurePattern(
            "自然人(?:提出)?(?:申请)?(\\d+)件", List.of("自然人"));
    private static final FigurePattern CONCLUDED = new FigurePattern(
            "(?:办结|办理)[^\\d]{0,12}?(\\d+)件", List.of("办结", "办理"));
    private static final FigurePattern CARRIED_OVER = new FigurePattern(
            "结转(?:至|到)?下一?年度?(?:继续办理)?[^\\d]{0,8}?(\\d+)件|(\\d+)件[^\\d]{0,6}?结转(?:至|到)?下一?年",
            List.of("结转"));
    private static final String RECONSIDERATION = "行政复议";
    private static final String LAWSUIT = "行政诉讼";
    private static final FigurePattern RECONSIDERATIONS = new FigurePattern(
            "行政复议(?:案件|申请)?[^\\d]{0,4}?(\\d+)(?:件|起)", List.of(RECONSIDERATION));
    private static final FigurePattern LAWSUITS = new FigurePattern(
            "行政诉讼(?:案件)?[^\\d]{0,4}?(\\d+)(?:件|起)", List.of(LAWSUIT));

    /** A figure's pattern (the figure in group 1, or 2 where 1 did not take part) and words every match contains. */
    private record FigurePattern(Pattern pattern, List<String> wordsOfEveryMatch) {

        FigurePattern(String regex, List<String> wordsOfEveryMatch) {
            this(Pattern.compile(regex), wordsOfEveryMatch);
        }

        /** The figure's digits in the clause, or null when the pattern does not find one. */
        String find(String clause) {
            if (!containsAny(clause, wordsOfEveryMatch)) {
                return null;
            }
            Matcher m = pattern.matcher(clause);
            if (!m.find()) {
                return null;
            }
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
    }

    public List<NarrativeFigure> read(List<TextLine> narrative) {
        List<NarrativeFigure> figures = new ArrayList<>();
        for (TextLine line : narrative) {
            if (line.text().indexOf(DISCLOSURE_FIRST_CHARACTER) < 0) {
                continue;
            }
            String text = normalize(line.text());
            if (!text.contains(DISCLOSURE)) { // then no sentence of it does: a sentence end is not in the word
                continue;
            }
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || isSentenceEnd(text.charAt(i))) {
                    readSentence(text.substring(start, i), line, figures);
                    start = i + 1;
                }
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
        boolean aboutDisclosure = sentence.contains(DISCLOSURE);
        if (!aboutDisclosure) { // implied by aboutApplications: 政府信息公开申请 contains 信息公开
            return;
        }
        boolean receivedStated = false;
        int start = 0;
        for (int i = 0; i <= sentence.length(); i++) {
            if (i < sentence.length() && !isClauseEnd(sentence.charAt(i))) {
                continue;
            }
            String clause = sentence.substring(start, i);
            start = i + 1;
            if (clause.isEmpty() || containsAny(clause, OTHER_SERVICES)) {
                continue;
            }
            if (aboutApplications) {
                receivedStated |= readApplications(clause, receivedStated, line, out);
            }
            readCases(clause, line, out);
        }
    }

    /** Reads at most one application figure from the clause; true when it is the received count. */
    private static boolean readApplications(String clause, boolean receivedStated, TextLine line,
                                            List<NarrativeFigure> out) {
        if (clause.contains(APPLICATION)) {
            if (containsAny(clause, RECEIVED_NONE)) {
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
        boolean aboutReconsideration = clause.contains(RECONSIDERATION);
        boolean aboutLawsuit = clause.contains(LAWSUIT);
        if (!aboutReconsideration && !aboutLawsuit) { // every case figure, 0 included, needs one of them
            return;
        }
        boolean none = containsAny(clause, NONE_OCCURRED);
        if (!add(RECONSIDERATIONS, NarrativeFigure.Kind.RECONSIDERATIONS, clause, line, out)
                && none && aboutReconsideration) {
            out.add(figure(NarrativeFigure.Kind.RECONSIDERATIONS, BigDecimal.ZERO, clause, line));
        }
        if (!add(LAWSUITS, NarrativeFigure.Kind.LAWSUITS, clause, line, out)
                && none && aboutLawsuit) {
            out.add(figure(NarrativeFigure.Kind.LAWSUITS, BigDecimal.ZERO, clause, line));
        }
    }

    /** Adds the first figure the pattern finds in the clause; true when it found one. */
    private static boolean add(FigurePattern pattern, NarrativeFigure.Kind kind, String clause, TextLine line,
                               List<NarrativeFigure> out) {
        String digits = pattern.find(clause);
        if (digits == null) {
            return false;
        }
        out.add(figure(kind, new BigDecimal(digits), clause, line));
        return true;
    }

    private static NarrativeFigure figure(NarrativeFigure.Kind kind, BigDecimal value, String clause, TextLine line) {
        return new NarrativeFigure(kind, value, clause, line.source());
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '!' || c == '?';
    }

    private static boolean isClauseEnd(char c) {
        return c == ',' || c == ';' || c == ':';
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Every word of {@code first} followed by every word of {@code second}. */
    private static List<String> joined(List<String> first, List<String> second) {
        List<String> words = new ArrayList<>();
        for (String a : first) {
            for (String b : second) {
                words.add(a + b);
            }
        }
        return List.copyOf(words);
    }
}
