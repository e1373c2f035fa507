package io.xxgk.core.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a seed's value cells in reading order with distinct non-zero numbers (1001, 1002, …), so a value read
 * into a neighbouring row or column shows. A value cell is a tab-separated field, from the first
 * {@code 第二十条第（一）项} line on, whose whole text is a number ({@code 0}, {@code +2}, {@code 8808257.32元});
 * its sign and written unit are kept ({@code -5} → {@code -1020}, {@code 8808257.32元} → {@code 1022元}).
 * This is the same reading rule the golden files were written with, applied here independently of the extractor.
 */
final class DistinctValues {

    private static final Pattern VALUE = Pattern.compile("^([+-]?)(\\d+(?:\\.\\d+)?)(元|万元)?$");
    static final int BASE = 1000;

    /** One rewritten value: its text, its number, its written unit (may be empty) and its 1-based line. */
    record Written(String raw, BigDecimal value, String unit, int line) {
    }

    record Rewritten(String text, List<Written> values) {
    }

    private DistinctValues() {
    }

    static Rewritten rewrite(String text) {
        String[] lines = text.split("\n", -1);
        List<Written> written = new ArrayList<>();
        boolean inTables = false;
        for (int i = 0; i < lines.length; i++) {
            inTables |= lines[i].contains("第二十条第（一）项");
            if (!inTables || lines[i].indexOf('\t') < 0) {
                continue;
            }
            String[] fields = lines[i].split("\t", -1);
            for (int j = 0; j < fields.length; j++) {
                Matcher m = VALUE.matcher(fields[j].strip());
                if (!m.matches()) {
                    continue;
                }
                int n = BASE + written.size() + 1;
                String unit = m.group(3) == null ? "" : m.group(3);
                String raw = m.group(1) + n + unit;
                fields[j] = fields[j].replace(fields[j].strip(), raw);
                written.add(new Written(raw, BigDecimal.valueOf("-".equals(m.group(1)) ? -n : n), unit, i + 1));
            }
            lines[i] = String.join("\t", fields);
        }
        return new Rewritten(String.join("\n", lines), List.copyOf(written));
    }
}
