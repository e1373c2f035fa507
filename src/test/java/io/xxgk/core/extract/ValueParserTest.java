package io.xxgk.core.extract;

import io.xxgk.core.model.CellStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Value cells as reports print them (spec §7.8): numbers, signs, units, blanks, placeholders, text. */
class ValueParserTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0             | 0          | ''
            36756         | 36756      | ''
            +2            | 2          | ''
            +56           | 56         | ''
            -5            | -5         | ''
            4068.208      | 4068.208   | ''
            8808257.32元  | 8808257.32 | 元
            251000元      | 251000     | 元
            12.5万元      | 12.5       | 万元
            43个          | 43         | 个
            1,234         | 1234       | ''
            1,234,567     | 1234567    | ''
            １２          | 12         | ''
            １，２３４    | 1234       | ''
            －５          | -5         | ''
            ' 7 '         | 7          | ''
            """)
    void readsANumberWithItsSignAndWrittenUnit(String raw, String value, String unit) {
        ParsedValue parsed = ValueParser.parse(raw);

        assertThat(parsed.status()).isEqualTo(CellStatus.REPORTED);
        assertThat(parsed.value()).isEqualTo(new BigDecimal(value));
        assertThat(parsed.writtenUnit()).isEqualTo(unit);
    }

    @Test
    void keepsTheScaleOfADecimalAsWritten() {
        assertThat(ValueParser.parse("4068.20").value().toPlainString()).isEqualTo("4068.20");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "\u3000", "\u00A0", "\t"})
    void readsAnEmptyCellAsBlankNeverZero(String raw) {
        ParsedValue parsed = ValueParser.parse(raw);

        assertThat(parsed.status()).isEqualTo(CellStatus.BLANK);
        assertThat(parsed.value()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-", "—", "——", "/", "无", "－", "／"})
    void readsADashSlashOrWuAsPlaceholder(String raw) {
        ParsedValue parsed = ValueParser.parse(raw);

        assertThat(parsed.status()).isEqualTo(CellStatus.PLACEHOLDER);
        assertThat(parsed.value()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"不详", "2020年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）：4267", "1,23",
            "12件3", "约300"})
    void readsOtherTextAsNonNumeric(String raw) {
        ParsedValue parsed = ValueParser.parse(raw);

        assertThat(parsed.status()).isEqualTo(CellStatus.NON_NUMERIC);
        assertThat(parsed.value()).isNull();
    }
}
