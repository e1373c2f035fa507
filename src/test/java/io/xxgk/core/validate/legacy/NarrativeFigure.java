package io.xxgk.core.validate.legacy;

import io.xxgk.core.model.SourceRef;

import java.math.BigDecimal;

/**
 * A figure the report states in words, outside the tables.
 *
 * @param quote  the clause it was read from (normalised: NFKC, whitespace removed), for the message
 * @param source where the paragraph holding it was read
 */
public record NarrativeFigure(Kind kind, BigDecimal value, String quote, SourceRef source) {

    /** What the figure counts. */
    public enum Kind {
        /** 共收到/受理/接到 … 政府信息公开申请 N件; "未收到政府信息公开申请" is 0. */
        RECEIVED("applications received"),
        /** 其中自然人(申请) N件, in a sentence that states RECEIVED. */
        RECEIVED_FROM_NATURAL_PERSONS("applications received from natural persons"),
        /** 办结/办理 N件, in a sentence about 政府信息公开申请. */
        CONCLUDED("applications handled"),
        /** 结转下年度 N件 / N件结转下一年, in a sentence about 政府信息公开申请. */
        CARRIED_OVER("applications carried over to next year"),
        /** 行政复议 N件 in a sentence about 信息公开; "未发生…行政复议" is 0. */
        RECONSIDERATIONS("administrative reconsideration cases"),
        /** 行政诉讼 N件 in a sentence about 信息公开; "未发生…行政诉讼" is 0. */
        LAWSUITS("administrative lawsuits");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
