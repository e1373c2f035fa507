package io.xxgk.core.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label normalisation of spec §7.1, applied before any label is matched (the raw label is always kept).
 * NFKC, no whitespace, no quotes, known typos folded, trailing annotations stripped, numbering split off.
 */
public final class LabelNormalizer {

    /** A label reduced for matching: its numbering ({@code 一}, {@code 3}) and its core text. */
    public record Label(String number, String core) {
        public boolean isNumberOnly() {
            return core.isEmpty() && !number.isEmpty();
        }
    }

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:\\(([一二三四五六七八九十]{1,3})\\)|([一二三四五六七八九十]{1,3})[、.]|(\\d{1,2})[、.)](?!\\d))");
    private static final Pattern TRAILING_ANNOTATION = Pattern.compile("\\([^()]*\\)$");

    private LabelNormalizer() {
    }

    /** Steps 1–3 and 6–7: NFKC, whitespace and quotes removed, typos folded, separators unified. */
    public static String normalize(String raw) {
        return foldVariants(Nfkc.normalize(raw));
    }

    /** {@link #normalize} plus the numbering split off and a trailing parenthetical annotation stripped. */
    public static Label label(String raw) {
        String s = normalize(raw);
        String number = "";
        Matcher m = NUMBERING.matcher(s);
        if (m.find()) {
            number = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            s = s.substring(m.end());
        }
        return new Label(number, stripAnnotation(s));
    }

    /**
     * Removes one trailing {@code (…)} unless the label is nothing but it. The template's own parentheses
     * (部分公开(区分处理的…), 本年收费金额(单位:万元)) go too; those labels are matched by prefix anyway.
     */
    static String stripAnnotation(String s) {
        Matcher m = TRAILING_ANNOTATION.matcher(s);
        if (m.find() && m.start() > 0) {
            return s.substring(0, m.start());
        }
        return s;
    }

    /** Characters {@link #fold} changes or drops; text without any is returned as it is. */
    private static final boolean[] FOLDED = foldedCharacters();

    /**
     * One pass over the NFKC text: whitespace (regex {@code \s}, U+3000, U+00A0, U+200B, U+FEFF) and quotes
     * ({@code “”‘’"'「」『』}) dropped, typos and variant characters folded.
     */
    private static String foldVariants(String s) {
        int i = 0;
        while (i < s.length() && !FOLDED[s.charAt(i)]) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            int c = fold(s.charAt(i));
            if (c >= 0) {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** The character a label character folds to, or -1 when it is dropped. */
    private static int fold(char c) {
        return switch (c) {
            // whitespace (spec §7.1 step 2) and quotes (step 3) are dropped
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u3000', '\u00A0', '\u200B', '\uFEFF' -> -1;
            case '“', '”', '‘', '’', '"', '\'', '「', '」', '『', '』' -> -1;
            case '\u40FC' -> '补'; // 䃼, a typo for 补 seen in 补正 [S:000]
            case '，', ',' -> '、'; // V2021 （六） sub-labels use 、 ， , interchangeably
            case '規' -> '规';
            case '範' -> '范';
            case '檔' -> '档';
            case '開' -> '开';
            case '資' -> '资';
            case '訊' -> '讯';
            case '處' -> '处';
            case '製' -> '制';
            case '數' -> '数';
            case '態' -> '态';
            case '許' -> '许';
            case '務' -> '务';
            case '項' -> '项';
            case '請' -> '请';
            case '結' -> '结';
            case '轉' -> '转';
            case '訴' -> '诉';
            case '議' -> '议';
            case '維' -> '维';
            case '糾' -> '纠';
            case '審' -> '审';
            case '總' -> '总';
            case '計' -> '计';
            case '費' -> '费';
            case '額' -> '额';
            default -> c;
        };
    }

    private static boolean[] foldedCharacters() {
        boolean[] folded = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            folded[c] = fold((char) c) != c;
        }
        return folded;
    }
}
