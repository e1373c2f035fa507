package io.xxgk.core.extract;

import io.xxgk.core.ReportParser;
import io.xxgk.core.model.Cell;
import io.xxgk.core.model.TableCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page break inside T2 makes the printer repeat 三、本年度办理结果 on the continuation row, with the group cell
 * empty [S:004]. When the break falls just before V2021 3.其他, that label only makes sense under （六）其他处理:
 * the repeated top-level label must not end the （六） group.
 */
class T2PageBreakTest {

    @Test
    void readsV2021Other3WhenAPageBreakRepeatsTheResultLabelJustBeforeIt() throws Exception {
        String seed = Files.readString(Path.of("data/samples/003_ae5e98d31dd755d7.txt"), StandardCharsets.UTF_8);
        String row = "\t\n\t\n\t3.其他\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n";
        assertThat(seed).contains(row);
        String broken = seed.replace(row, "\t三、本年度办理结果\n\t\n\t3.其他\n\t1\n\t2\n\t3\n\t4\n\t5\n\t6\n\t21\n");

        ReportParser.Parsed parsed = new ReportParser().parse(broken.getBytes(StandardCharsets.UTF_8), "003-break.txt");

        List<String> other3 = parsed.report().cells(TableCode.T2).stream()
                .filter(c -> c.def().rowCode().equals("RESULT.OTHER.OTHER")).map(Cell::valueRaw).toList();
        assertThat(other3).containsExactly("1", "2", "3", "4", "5", "6", "21");
    }
}
