package io.xxgk.core.extract;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast NFKC gives exactly what {@link Normalizer} gives, character by character and in context. */
class NfkcTest {

    @Test
    void everyBmpCharacterNormalisesAsTheJdkDoes() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            assertThat(Nfkc.normalize(one)).as("U+%04X", c).isEqualTo(Normalizer.normalize(one, Normalizer.Form.NFKC));
        }
    }

    @Test
    void mixedStringsIncludingCombiningSequencesNormaliseAsTheJdkDoes() {
        String alphabet = "0123456789abcdeEAZ ,.:;()-/+\t\n\r\u3000\u00A0\u200B\uFEFF（）：，１２ｅ　、。《》“”‘’\"'"
                + "「」『』—·×…㈠①Ⅸﬁ\u0301\u0308\u1100\u1161\uF900\u2F00規䃼正补部分公开行政许可总计元万元";
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k >= 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(Nfkc.normalize(s)).as("'%s'", s).isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC));
        }
    }

    @Test
    void textNfkcLeavesAloneIsReturnedAsIs() {
        String label = "三、本年度办理结果";
        assertThat(Nfkc.normalize(label)).isSameAs(label);
        assertThat(Nfkc.normalize("（二）部分公开")).isEqualTo("(二)部分公开");
    }
}
