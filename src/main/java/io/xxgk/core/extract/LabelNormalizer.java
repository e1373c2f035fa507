package io.xxgk.core.extract;


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

    /** The numerals of a Chinese numbering prefix ({@code 一、}, {@code （三）}). */
    private static final String CHINESE_NUMERALS = "一二三四五六七八九十";

    private LabelNormalizer() {
    }

    /** Steps 1–3 and 6–7: NFKC, whitespace and quotes removed, typos folded, separators unified. */
    public static String normalize(String raw) {
        int n = raw.length();
        int i = 0;
        while (i < n && MAPPED[raw.charAt(i)] == raw.charAt(i) && raw.charAt(i) != SLOW) { // SLOW maps to itself
            i++;
        }
        if (i == n) {
            return raw;
        }
        // NFKC and the fold in one pass, for text whose every character NFKC maps on its own (see Nfkc)
        char[] out = new char[n];
        raw.getChars(0, i, out, 0);
        int length = i;
        for (; i < n; i++) {
            char c = MAPPED[raw.charAt(i)];
            if (c == SLOW) {
                return foldVariants(Nfkc.normalize(raw)); // composition or expansion: NFKC of the whole text first
            }
            if (c != DROPPED) {
                out[length++] = c;
            }
        }
        return new String(out, 0, length);
    }

    /** {@link #normalize} plus the numbering split off and a trailing parenthetical annotation stripped. */
    public static Label label(String raw) {
        return labelOfNormalized(normalize(raw));
    }

    /** {@link #label} of a text already normalised (by {@link #normalize}), for callers that need both. */
    public static Label labelOfNormalized(String s) {
        int numberEnd = numberingEnd(s);
        if (numberEnd < 0) {
            return new Label("", stripAnnotation(s));
        }
        String number = s.substring(s.charAt(0) == '(' ? 1 : 0, numberEnd - 1);
        return new Label(number, stripAnnotation(s.substring(numberEnd)));
    }

    /**
     * Where the numbering at the start of a normalised label ends, or -1 without one. Numbering is {@code (一)} or
     * {@code 一、} / {@code 一.} with one to three Chinese numerals, or {@code 1、} / {@code 1.} / {@code 1)} with one
     * or two digits not followed by another digit (so {@code 12.5} and {@code 2019.} are not numbering).
     */
    static int numberingEnd(String s) {
        int n = s.length();
        if (n == 0) {
            return -1;
        }
        if (s.charAt(0) == '(') {
            int numerals = run(s, 1, true);
            int close = 1 + numerals;
            return numerals >= 1 && numerals <= 3 && close < n && s.charAt(close) == ')' ? close + 1 : -1;
        }
        int numerals = run(s, 0, true);
        if (numerals > 0) {
            return numerals <= 3 && numerals < n && isOneOf(s.charAt(numerals), "、.") ? numerals + 1 : -1;
        }
        int digits = run(s, 0, false);
        if (digits == 0 || digits > 2 || digits == n || !isOneOf(s.charAt(digits), "、.)")) {
            return -1;
        }
        return digits + 1 < n && isDigit(s.charAt(digits + 1)) ? -1 : digits + 1;
    }

    /** The length of the run of Chinese numerals (or ASCII digits) starting at {@code from}. */
    private static int run(String s, int from, boolean chineseNumerals) {
        int i = from;
        while (i < s.length() && (chineseNumerals ? CHINESE_NUMERALS.indexOf(s.charAt(i)) >= 0 : isDigit(s.charAt(i)))) {
            i++;
        }
        return i - from;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isOneOf(char c, String set) {
        return set.indexOf(c) >= 0;
    }

    /**
     * Removes one trailing {@code (…)} unless the label is nothing but it. The template's own parentheses
     * (部分公开(区分处理的…), 本年收费金额(单位:万元)) go too; those labels are matched by prefix anyway.
     */
    static String stripAnnotation(String s) {
        int close = s.length() - 1 - finalLineTerminatorLength(s);
        if (close < 1 || s.charAt(close) != ')') {
            return s;
        }
        int open = close - 1;
        while (open >= 0 && s.charAt(open) != '(' && s.charAt(open) != ')') {
            open--;
        }
        // the annotation holds no parentheses of its own: "a(b(c))" keeps its text, as it always did
        return open > 0 && s.charAt(open) == '(' ? s.substring(0, open) : s;
    }

    /**
     * The line terminator a regex {@code $} lets stand after the end of a match ({@code \r\n}, or one of
     * {@code \n \r U+0085 U+2028 U+2029}), kept so annotations end where they always did; normalised labels have
     * no {@code \r} or {@code \n}, but the other three survive normalising.
     */
    private static int finalLineTerminatorLength(String s) {
        int n = s.length();
        if (n >= 2 && s.charAt(n - 2) == '\r' && s.charAt(n - 1) == '\n') {
            return 2;
        }
        return n >= 1 && "\n\r\u0085\u2028\u2029".indexOf(s.charAt(n - 1)) >= 0 ? 1 : 0;
    }

    /** Marks a character {@link #normalize} drops. */
    private static final char DROPPED = '\uFFFF';
    /** Marks a character only {@link java.text.Normalizer} can map: text holding one takes the slow path. */
    private static final char SLOW = '\uFFFE';
    /** Per character, what NFKC and then {@link #fold} make of it on the fast path: a character, DROPPED or SLOW. */
    private static final char[] MAPPED = mappedCharacters();

    private static char[] mappedCharacters() {
        char[] mapped = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int nfkc = Nfkc.fastMapping((char) c);
            int folded = nfkc < 0 ? -1 : fold((char) nfkc);
            mapped[c] = nfkc < 0 ? SLOW : folded < 0 ? DROPPED : (char) folded;
        }
        return mapped;
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
