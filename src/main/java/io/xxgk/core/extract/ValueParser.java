package io.xxgk.core.extract;

import io.xxgk.core.model.CellStatus;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a value cell (spec §7.8): {@code 0}, {@code +2}, {@code -5}, {@code 4068.208}, {@code 1,234},
 * {@code 8808257.32元}, full-width digits. Blank is BLANK (never 0); {@code - / — 无} are PLACEHOLDER;
 * anything else is NON_NUMERIC. The raw text is never altered here.
 */
public final class ValueParser {

    private static final Pattern NUMBER = Pattern.compile(
            "^([+-]?)((?:\\d{1,3}(?:,\\d{3})+)|\\d+)(\\.\\d+)?(元|万元|件|个|项|条|份)?$");
    private static final Set<String> PLACEHOLDERS = Set.of(
            "-", "--", "—", "——", "–", "―", "─", "/", "\\", "无", "/ ", "~", "…", "...", "×", "x", "X", "空");

    private ValueParser() {
    }

    public static ParsedValue parse(String raw) {
        if (isPlainInteger(raw)) {
            return reported(raw); // most cells: nothing to normalise or strip
        }
        String s = Nfkc.normalize(raw)
                .replace('\u00A0', ' ').replace('\u3000', ' ').replace("\u200B", "").strip();
        if (isPlainInteger(s)) {
            return reported(s); // what NUMBER gives
        }
        if (s.isEmpty()) {
            return new ParsedValue(CellStatus.BLANK, null, "");
        }
        if (PLACEHOLDERS.contains(s)) {
            return new ParsedValue(CellStatus.PLACEHOLDER, null, "");
        }
        String compact = s.replace(" ", "");
        if (!startsLikeNumber(compact)) {
            return new ParsedValue(CellStatus.NON_NUMERIC, null, ""); // a label or a word: the regex cannot match
        }
        Matcher m = NUMBER.matcher(compact);
        if (m.matches()) {
            String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
            BigDecimal value = new BigDecimal(digits);
            if ("-".equals(m.group(1))) {
                value = value.negate();
            }
            return new ParsedValue(CellStatus.REPORTED, value, m.group(4) == null ? "" : m.group(4));
        }
        return new ParsedValue(CellStatus.NON_NUMERIC, null, "");
    }

    /** A plain integer as {@code new BigDecimal(digits)} reads it (scale 0), without parsing a string when it fits a long. */
    private static ParsedValue reported(String digits) {
        BigDecimal value = digits.length() <= MAX_LONG_DIGITS ? BigDecimal.valueOf(Long.parseLong(digits))
                : new BigDecimal(digits);
        return new ParsedValue(CellStatus.REPORTED, value, "");
    }

    /** Any string of this many decimal digits fits a long. */
    private static final int MAX_LONG_DIGITS = 18;

    /** True when the text starts the way {@link #NUMBER} needs: a sign or an ASCII digit. */
    private static boolean startsLikeNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '+' || c == '-' || c >= '0' && c <= '9';
    }

    private static boolean isPlainInteger(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
