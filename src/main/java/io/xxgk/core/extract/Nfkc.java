package io.xxgk.core.extract;

import java.text.Normalizer;

/**
 * Unicode NFKC (spec §7.1 step 1) without the JDK normaliser's cost on the text reports are made of. Most labels and
 * values are ASCII, CJK ideographs and CJK punctuation, which NFKC leaves alone, plus full-width ASCII forms
 * ({@code （）：，１２}) and the ideographic and no-break spaces, which NFKC maps one to one onto ASCII. Such text is
 * mapped here directly; anything else
 * (combining marks, circled numbers, compatibility ideographs, …) goes through {@link Normalizer}. The result is the
 * same either way: every character trusted here is checked against {@link Normalizer} when the class loads, and none
 * of them composes with a neighbour (composition needs a combining character, which always takes the slow path).
 */
public final class Nfkc {

    /** Characters NFKC leaves unchanged, among the ranges reports are written in. */
    private static final boolean[] STABLE = stableCharacters();

    private Nfkc() {
    }

    public static String normalize(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && STABLE[s.charAt(i)]) {
            i++;
        }
        if (i == n) {
            return s;
        }
        char[] out = null;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' || c == '\u3000' || c == '\u00A0') {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = (char) fastMapping(c);
            } else if (!STABLE[c]) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return new String(out);
    }

    /**
     * What NFKC makes of {@code c} when the character can be mapped on its own: itself for the stable characters,
     * ASCII for the full-width forms, a space for the ideographic and no-break spaces; -1 for any other character,
     * whose text must go through {@link Normalizer} as a whole.
     */
    static int fastMapping(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return c - 0xFEE0; // full-width ASCII form → ASCII, exactly as NFKC maps it
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        return STABLE[c] ? c : -1;
    }

    private static boolean[] stableCharacters() {
        boolean[] stable = new boolean[Character.MAX_VALUE + 1];
        mark(stable, '\t', '\t');
        mark(stable, '\n', '\n');
        mark(stable, '\r', '\r');
        mark(stable, ' ', '~');
        mark(stable, '\u3400', '\u4DBF'); // CJK Unified Ideographs Extension A (䃼 …)
        mark(stable, '\u4E00', '\u9FFF'); // CJK Unified Ideographs
        for (char c : "、。〈〉《》「」『』【】〔〕〖〗“”‘’—·×".toCharArray()) {
            mark(stable, c, c);
        }
        return stable;
    }

    /** Marks a range, keeping only the characters the JDK's NFKC really leaves unchanged. */
    private static void mark(boolean[] stable, char from, char to) {
        for (char c = from; c <= to && c >= from; c++) {
            String one = String.valueOf(c);
            stable[c] = Normalizer.normalize(one, Normalizer.Form.NFKC).equals(one);
            if (c == Character.MAX_VALUE) {
                break;
            }
        }
    }
}
