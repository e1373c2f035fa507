package io.xxgk.core.validate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two or more files for the same agency and year: all are flagged, one is kept by publication date, then file name. */
class DuplicateReportRuleTest {

    private final DuplicateReportRule rule = new DuplicateReportRule();

    @Test
    void laterPublicationDateIsKeptAndBothFilesAreNamedInBothFindings() {
        // Given two files for 晋江市人民政府青阳街道办事处 2020, the second published four days later, listed first.
        ReportSummary later = new ReportSummary("bbbb", "inbox/a-reissued.txt", "晋江市人民政府青阳街道办事处", 2020, "2021-01-13");
        ReportSummary earlier = new ReportSummary("aaaa", "inbox/z-first.txt", "晋江市人民政府青阳街道办事处", 2020, "2021-01-09");

        List<ReportFinding> findings = rule.check(List.of(later, earlier));

        // Then the group is ordered kept-last (earlier first), and the later date wins although its name sorts first.
        assertThat(findings).extracting(ReportFinding::reportId).containsExactly("aaaa", "bbbb");
        String head = "DUPLICATE_REPORT: 2 files claim 晋江市人民政府青阳街道办事处 2020: inbox/z-first.txt (report aaaa, "
                + "published 2021-01-09), inbox/a-reissued.txt (report bbbb, published 2021-01-13); kept "
                + "inbox/a-reissued.txt (later publication date). ";
        assertThat(findings.get(0).finding().message())
                .isEqualTo(head + "This file is superseded: its facts are not published.");
        assertThat(findings.get(1).finding().message()).isEqualTo(head + "This file is kept: its facts are published.");
        assertThat(findings).extracting(f -> FindingRows.row(f.finding()))
                .containsOnly("DUPLICATE_REPORT|WARN|FAIL||||");
        assertThat(rule.superseded(List.of(later, earlier))).containsExactly(Map.entry("aaaa", "bbbb"));
    }

    @Test
    void sameOrMissingPublicationDateKeepsTheLaterFileName() {
        ReportSummary a = new ReportSummary("1111", "2021/jiangyuan.txt", "江源区", 2020, "");
        ReportSummary b = new ReportSummary("2222", "2022/jiangyuan.txt", "江源区", 2020, "");

        List<ReportFinding> findings = rule.check(List.of(b, a));

        assertThat(findings.get(1).finding().message())
                .contains("kept 2022/jiangyuan.txt (no publication date on either, later file name)")
                .endsWith("This file is kept: its facts are published.");
        assertThat(rule.superseded(List.of(b, a))).containsExactly(Map.entry("1111", "2222"));
    }

    @Test
    void aDatedReportIsKeptOverAnUndatedOneWhateverTheFileNames() {
        ReportSummary undated = new ReportSummary("1111", "b.txt", "江源区", 2020, "");
        ReportSummary dated = new ReportSummary("2222", "a.txt", "江源区", 2020, "2021-03-01");

        assertThat(rule.superseded(List.of(undated, dated))).containsExactly(Map.entry("1111", "2222"));
    }

    @Test
    void otherYearsAndOtherAgenciesAreNotDuplicates() {
        List<ReportSummary> reports = List.of(
                new ReportSummary("1111", "a.txt", "江源区", 2020, ""),
                new ReportSummary("2222", "b.txt", "江源区", 2021, ""),
                new ReportSummary("3333", "c.txt", "南关区全安街道", 2020, ""));

        assertThat(rule.check(reports)).isEmpty();
        assertThat(rule.superseded(reports)).isEmpty();
    }

    @Test
    void threeFilesForOneAgencyYearSupersedeTwo() {
        List<ReportSummary> reports = List.of(
                new ReportSummary("1111", "a.txt", "江源区", 2020, "2021-02-01"),
                new ReportSummary("2222", "b.txt", "江源区", 2020, "2021-03-01"),
                new ReportSummary("3333", "c.txt", "江源区", 2020, "2021-03-01"));

        assertThat(rule.check(reports)).hasSize(3)
                .allSatisfy(f -> assertThat(f.finding().message()).startsWith("DUPLICATE_REPORT: 3 files claim 江源区 2020")
                        .contains("kept c.txt (same publication date, later file name)"));
        assertThat(rule.superseded(reports)).containsOnlyKeys("1111", "2222").containsValue("3333");
    }
}
