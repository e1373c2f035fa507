package io.xxgk.core.validate;

import io.xxgk.core.model.SourceRef;
import io.xxgk.core.model.TextLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures read from sentences of real reports quoted in the spec (§8 R11/R12, §8.1) and the seeds. */
class NarrativeFigureReaderTest {

    private final NarrativeFigureReader reader = new NarrativeFigureReader();

    @Test
    void readsAllFourApplicationFiguresOfTheShuyang2025Sentence() {
        // SY2025 (spec §8 R11): = (713+36), (705+36), 718, 31 in its T2.
        assertThat(read("全县全年共受理政府信息公开申请749件，其中自然人申请741件，法人或其他组织申请8件；共办理718件，结转下一年31件。"))
                .containsExactly("RECEIVED 749", "RECEIVED_FROM_NATURAL_PERSONS 741", "CONCLUDED 718", "CARRIED_OVER 31");
    }

    @Test
    void readsTheShanghai2019ReceivedCount() {
        // SH2019 (spec §8 R11): 859 = NEW 总计.
        assertThat(read("市政府办公厅代表市政府共受理政府信息公开申请859件")).containsExactly("RECEIVED 859");
    }

    @Test
    void readsFullWidthDigitsAndSpacedNumbers() {
        assertThat(read("本年度共收到政府信息公开申请 １２ 件。")).containsExactly("RECEIVED 12");
    }

    @Test
    void takesNothingFromSentencesThatAreNotAboutGovernmentInformationApplications() {
        assertThat(read("本年度累计办件20138件，其中网上办件2245件，线下办件17893件，且全部即时办结。")).isEmpty(); // seed 001 line 27
        assertThat(read("2023年没有依申请公开事项发生。")).isEmpty(); // seed 003 line 8
        assertThat(read("本年度，我单位共承办人大议案 2 条、政协提案 2 条，全部办结。")).isEmpty(); // seed 001 line 31
        assertThat(read("无法提供265件")).isEmpty(); // SH2019: a 无法提供 sub-row figure, not compared
    }

    @Test
    void readsCaseFiguresOnlyInSentencesAboutDisclosure() {
        assertThat(read("本年度因政府信息公开被申请行政复议3件，被提起行政诉讼1起。"))
                .containsExactly("RECONSIDERATIONS 3", "LAWSUITS 1");
        assertThat(read("本年度未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。"))
                .containsExactly("RECONSIDERATIONS 0", "LAWSUITS 0");
        assertThat(read("全年办理行政复议案件15件。")).isEmpty(); // not about 信息公开
    }

    @Test
    void ignoresTheSectionListThatNamesTheCaseTableWithoutAFigure() {
        // Seed 000 line 7 (abridged): names the sections, states no figure.
        assertThat(read("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请的情况、因政府信息公开工作被申请行政复议"
                + "及提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进情况、其他需要报告的事项等六部分组成。")).isEmpty();
    }

    @Test
    void readsZeroFiguresStatedAsNoneInEitherSentenceKind() {
        assertThat(read("本年度未收到政府信息公开申请，未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。"))
                .containsExactly("RECEIVED 0", "RECONSIDERATIONS 0", "LAWSUITS 0");
    }

    @Test
    void readsEachSentenceOnItsOwnAndSkipsClausesAboutOtherServices() {
        // The second sentence has no 收到, so its 办结 figure is not "of the received"; 政务服务办件 is skipped.
        assertThat(read("收到政府信息公开申请5件。政务服务办件3件，办结政府信息公开申请4件！"))
                .containsExactly("RECEIVED 5", "CONCLUDED 4");
    }

    @Test
    void takesNothingFromALineWithoutTheWord信息公开() {
        assertThat(read("全年办理群众来信12件，行政复议2件。")).isEmpty();
    }

    private List<String> read(String text) {
        return reader.read(List.of(new TextLine(text, SourceRef.line(1)))).stream()
                .map(f -> f.kind() + " " + f.value().toPlainString()).toList();
    }
}
