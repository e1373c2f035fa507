package io.xxgk.core.source;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Splitting a report into lines gives what the regex split gave, for every mix of CRLF, CR and LF. */
class TextLinesTest {

    @Test
    void linesAreTheRegexSplitOfAnyMixOfLineBreaks() {
        String alphabet = "a\t\r\n 一";
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(10); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertThat(TextDocumentReader.lines(text)).as("'%s'", text.replace("\r", "\\r").replace("\n", "\\n"))
                    .containsExactly(text.split("\r\n|\r|\n", -1));
        }
    }
}
