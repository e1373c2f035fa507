package io.xxgk.generate;

import io.xxgk.core.model.CellStatus;
import io.xxgk.core.model.CodeBook;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator's promises, checked on its own output: determinism, complete truth, consistent figures, noise. */
class ReportGeneratorTest {

    private static final int N = 300;
    private static final List<GeneratedReport> CORPUS = IntStream.range(0, N)
            .mapToObj(i -> new ReportGenerator(42).generate(i)).toList();

    @Test
    void sameSeedAndIndexGiveTheSameBytesWhateverWasGeneratedBefore() {
        ReportGenerator fresh = new ReportGenerator(42);
        assertThat(fresh.generate(137).bytes()).isEqualTo(CORPUS.get(137).bytes());
        assertThat(fresh.generate(5).fileName()).isEqualTo(CORPUS.get(5).fileName());
        assertThat(new ReportGenerator(43).generate(137).bytes()).isNotEqualTo(CORPUS.get(137).bytes());
    }

    @Test
    void truthHasOneCellPerTemplateCellOfEachTablesTemplate() {
        for (GeneratedReport r : CORPUS) {
            ReportTruth truth = r.content().truth();
            for (TableCode table : TableCode.values()) {
                TemplateVersion v = truth.template(table);
                assertThat(truth.cells(table)).extracting(c -> c.def().category())
                        .containsExactlyElementsOf(CodeBook.standard().cells(v, table).stream()
                                .map(d -> d.category()).toList());
            }
        }
    }

    @Test
    void templatesFollowTheYearExceptForTheMixedReports() {
        int mixed = 0;
        for (GeneratedReport r : CORPUS) {
            ReportTruth truth = r.content().truth();
            TemplateVersion expected = TemplateVersion.expectedForYear(r.content().year());
            assertThat(truth.template(TableCode.T1)).isEqualTo(expected);
            if (truth.template(TableCode.T2) != expected) {
                mixed++;
                assertThat(expected).isEqualTo(TemplateVersion.V2021);
                assertThat(truth.template(TableCode.T2)).isEqualTo(TemplateVersion.V2019);
            }
        }
        assertThat(mixed).isPositive();
    }

    @Test
    void figuresSatisfyR1ToR4UnlessAFaultWasInjectedAndThenTheFaultIsRecorded() {
        int faulty = 0;
        for (GeneratedReport r : CORPUS) {
            ReportContent c = r.content();
            List<String> violations = ConsistencyRules.violations(c.truth());
            long injectedCells = c.truth().cells().stream().filter(TruthCell::injected).count();
            if (c.faults().isEmpty()) {
                assertThat(violations).as(r.fileName()).isEmpty();
                assertThat(injectedCells).isZero();
            } else {
                faulty++;
                assertThat(injectedCells).isEqualTo(1);
                assertThat(c.faults().get(0)).contains("breaks");
                violations.forEach(v -> assertThat(c.faults().get(0)).contains(v));
            }
        }
        assertThat(faulty).isBetween(1, N / 10);
    }

    @Test
    void narrativeStatesTheApplicationsTheTablePrints() {
        for (GeneratedReport r : CORPUS) {
            TruthCell received = r.content().truth().cell(TableCode.T2, "NEW|TOTAL");
            String overall = String.join("\n", r.content().narrative().overall());
            if (received.status() == CellStatus.REPORTED && received.value().signum() > 0) {
                assertThat(overall).as(r.fileName()).contains("共收到政府信息公开申请" + received.valueRaw() + "件");
            } else {
                assertThat(overall).as(r.fileName()).contains("未收到公民、法人和其他组织政府信息公开申请");
            }
        }
    }

    @Test
    void noTwoReportsClaimTheSameAgencyAndYear() {
        assertThat(CORPUS.stream().map(r -> r.content().agency().fullName() + r.content().year()).distinct())
                .hasSize(N);
    }

    @Test
    void countsAreNeverNegativeExceptTheSignedYearChange() {
        for (GeneratedReport r : CORPUS) {
            for (TruthCell cell : r.content().truth().cells()) {
                if (cell.value() != null && !cell.def().colCode().equals("YEAR_CHANGE")) {
                    assertThat(cell.value().signum()).as(r.fileName() + " " + cell.category()).isNotNegative();
                }
            }
        }
    }

    @Test
    void valuesCarryTheNoiseRealReportsHave() {
        List<TruthCell> all = new ArrayList<>();
        CORPUS.forEach(r -> all.addAll(r.content().truth().cells()));
        assertThat(all).anyMatch(c -> c.status() == CellStatus.BLANK && c.valueRaw().isEmpty());
        for (String placeholder : List.of("-", "/", "—", "无")) {
            assertThat(all).anyMatch(c -> c.status() == CellStatus.PLACEHOLDER && c.valueRaw().equals(placeholder));
        }
        assertThat(all).anyMatch(c -> c.valueRaw().matches("\\+\\d+") && c.def().colCode().equals("YEAR_CHANGE"));
        assertThat(all).anyMatch(c -> c.valueRaw().matches("-\\d+") && c.value().signum() < 0);
        assertThat(all).anyMatch(c -> c.valueRaw().matches("\\d+\\.\\d{2}元") && c.unit().equals("元"));
        assertThat(all).anyMatch(c -> c.valueRaw().endsWith("万元") && c.def().colCode().equals("TOTAL_AMOUNT"));
        assertThat(all).anyMatch(c -> c.def().colCode().equals("FEE_AMOUNT") && c.value() != null
                && c.value().scale() > 0 && c.value().compareTo(BigDecimal.ZERO) > 0 && c.unit().equals("万元"));
    }

    @Test
    void textsCarryTheLabelVariantsOfSpecSection7() {
        String all = String.join("\n", CORPUS.stream().map(ReportGeneratorTest::text).toList());
        assertThat(all).contains("\u40FC正后申请内容仍不明确", "信访举报投诉诉求类申请", "商业机构", "社会组织",
                "(一) 予以公开", "三、本 年度办 理结果", "结果  ", "危及\"三安全一稳定\"", "第二十条第(", "信息内容 \n");
    }

    @Test
    void filesComeInTheEncodingsChineseSitesUse() {
        assertThat(CORPUS).anyMatch(r -> r.content().encoding().label().startsWith("GB18030"));
        assertThat(CORPUS).anyMatch(r -> r.content().encoding().bom());
        assertThat(CORPUS).anyMatch(r -> r.content().encoding().crlf());
        GeneratedReport gb = CORPUS.stream().filter(r -> r.content().encoding().label().startsWith("GB18030"))
                .findFirst().orElseThrow();
        assertThat(new String(gb.bytes(), Charset.forName("GB18030"))).contains("政府信息公开");
    }

    static String text(GeneratedReport r) {
        FileEncoding e = r.content().encoding();
        int skip = e.bom() ? 3 : 0;
        return new String(r.bytes(), skip, r.bytes().length - skip, e.charset()).replace("\r\n", "\n");
    }
}
