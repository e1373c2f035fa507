package io.xxgk.core.extract;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that local templates put inside or right after the tables (spec §6): the Jilin
 * "政府信息公开发布总数量" line. They are report metadata, never table values.
 */
final class MetadataSentences {

    private static final Pattern DISCLOSURE_TOTAL =
            Pattern.compile("发布总数量[^:：]{0,30}[:：]\\s*([0-9][0-9,]*)\\s*(个|条|件)?");

    private MetadataSentences() {
    }

    static boolean isSentence(String text) {
        String s = text.strip();
        return s.length() > 20 && s.contains("发布总数量");
    }

    /** The figure of a 发布总数量 sentence, or null. */
    static BigDecimal disclosureTotal(String text) {
        Matcher m = DISCLOSURE_TOTAL.matcher(text.replace(" ", ""));
        return m.find() ? new BigDecimal(m.group(1).replace(",", "")) : null;
    }
}
