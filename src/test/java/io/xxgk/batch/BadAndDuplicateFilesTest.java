package io.xxgk.batch;

import io.xxgk.core.model.ExtractedReport;
import io.xxgk.jobs.JobDefinitions;
import io.xxgk.validation.FindingRow;
import io.xxgk.validation.ReportChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Files that cannot be loaded are quarantined with a reason and the rest loads; duplicates are published once. */
class BadAndDuplicateFilesTest {

    @TempDir
    Path tmp;

    @Test
    void run_WhenTheInboxHoldsAnEmptyAndABinaryFile_ThenTheyAreQuarantinedAndTheRestLoadsWithExitCodeOne()
            throws Exception {
        LoadFixture fixture = LoadFixture.withSeeds(tmp);
        Files.write(fixture.inbox.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(fixture.inbox.resolve("scan.pdf.bin"), noise);

        LoadFixture.Run run = fixture.run();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("7 seen: 5 loaded, 0 skipped as unchanged, 2 quarantined")
                .contains("empty.txt: the file is empty (0 bytes)").contains("scan.pdf.bin: ");
        List<Map<String, String>> reports = fixture.csv("csv/reports.csv");
        assertThat(reports).hasSize(7);
        assertThat(reports).filteredOn(r -> r.get("status").equals("QUARANTINED"))
                .extracting(r -> r.get("source_file")).containsExactly("empty.txt", "scan.pdf.bin");
        assertThat(reports).filteredOn(r -> r.get("status").equals("QUARANTINED"))
                .allSatisfy(r -> assertThat(r.get("reason")).isNotBlank().doesNotContain("Exception"));
        assertThat(fixture.h2("SELECT COUNT(*) AS n FROM facts")).containsExactly(Map.of("n", 992L));

        LoadFixture.Run again = fixture.run();
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("nothing new");
    }

    @Test
    void run_WhenAFileIsTooLargeOrALink_ThenItIsRefusedUnreadAndAccountedFor() throws Exception {
        LoadFixture fixture = LoadFixture.withSeeds(tmp);
        Path job = tmp.resolve("small.yml");
        Files.writeString(job, "inbox: " + fixture.inbox + "\nwarehouse: " + fixture.warehouse
                + "\nmax-file-size: 12KB\n");
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "not for the warehouse");
        Files.createSymbolicLink(fixture.inbox.resolve("link.txt"), outside);

        int exit = io.xxgk.cli.Main.run("run", job.toString());

        assertThat(exit).isEqualTo(1);
        List<Map<String, String>> quarantined = fixture.csv("csv/reports.csv").stream()
                .filter(r -> r.get("status").equals("QUARANTINED")).toList();
        assertThat(quarantined).extracting(r -> r.get("source_file"))
                .containsExactly("004_2008f0193b0e469e.txt", "link.txt");
        assertThat(quarantined.get(0).get("reason")).contains("above the job's max-file-size of 12 KB");
        assertThat(quarantined.get(1).get("reason")).contains("symbolic link");
        assertThat(quarantined.get(1).get("source_sha256")).isEmpty();
        assertThat(JobDefinitions.load(job, tmp).maxFileBytes()).isEqualTo(12 * 1024);
    }

    @Test
    void run_WhenTwoFilesReportTheSameAgencyAndYear_ThenOneIsPublishedAndTheOtherMarkedDuplicate()
            throws Exception {
        LoadFixture fixture = LoadFixture.withSeeds(tmp);
        // Same content, so the same publication date: the file name that sorts last is published.
        Files.copy(fixture.inbox.resolve("004_2008f0193b0e469e.txt"), fixture.inbox.resolve("003_copy.txt"));

        LoadFixture.Run run = fixture.run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("6 seen: 6 loaded (1 duplicate, not published)");
        assertThat(fixture.h2("SELECT source_file, status FROM reports WHERE report_id = '6ef458b06a21fd47' "
                + "ORDER BY source_file")).containsExactly(
                Map.of("source_file", "003_copy.txt", "status", "DUPLICATE"),
                Map.of("source_file", "004_2008f0193b0e469e.txt", "status", "LOADED"));
        assertThat(fixture.csv("csv/facts/year=2020/facts.csv")).hasSize(792)
                .noneMatch(r -> r.get("source_file").equals("003_copy.txt"));
        assertThat(fixture.csv("csv/reports.csv")).filteredOn(r -> r.get("status").equals("DUPLICATE"))
                .singleElement().satisfies(r -> assertThat(r.get("reason"))
                        .startsWith("a byte-identical copy of 004_2008f0193b0e469e.txt (same content), which is the one "
                                + "published"));
    }

    @Test
    void extract_WhenTheParserThrowsUnexpectedlyOnOneFile_ThenOnlyThatFileIsQuarantinedAndTheRunGoesOn()
            throws Exception {
        LoadFixture fixture = LoadFixture.withSeeds(tmp);
        var job = JobDefinitions.load(LoadFixture.SAMPLE_JOB, Path.of("")).withInbox(fixture.inbox)
                .withWarehouse(fixture.warehouse);

        RunSummary summary;
        try (var context = WarehouseApplication.open(job.warehouse(), job.threads(), ChecksFailingOn江源区.class)) {
            summary = context.getBean(LoadLauncher.class).run(job);
        }

        assertThat(summary.outcome()).isEqualTo(RunSummary.Outcome.COMPLETED);
        assertThat(summary.files().loaded()).isEqualTo(4);
        assertThat(summary.files().quarantined()).singleElement().satisfies(q -> {
            assertThat(q.sourceFile()).isEqualTo("002_1cb59e66f00bcffe.txt");
            assertThat(q.reason()).contains("the loader failed on this file").contains("IllegalStateException");
        });
        assertThat(fixture.h2("SELECT quarantine_code FROM reports WHERE status = 'QUARANTINED'"))
                .containsExactly(Map.of("quarantine_code", "UNEXPECTED_ERROR"));
        assertThat(fixture.h2("SELECT COUNT(*) AS n FROM facts")).containsExactly(Map.of("n", 198L * 3 + 200));
        assertThat(Files.readString(fixture.warehouse.resolve("logs/xxgk.log"), StandardCharsets.UTF_8))
                .contains("unexpected failure while reading it; quarantined");
    }

    /** A fault injected where the validator plugs in: a bug that fires on one report. */
    @Configuration(proxyBeanMethods = false)
    static class ChecksFailingOn江源区 {
        @Bean
        @Primary
        ReportChecks failingChecks() {
            return (String reportId, ExtractedReport report) -> {
                if (report.metadata().agency().equals("江源区")) {
                    throw new IllegalStateException("bug in a rule");
                }
                return List.<FindingRow>of();
            };
        }
    }
}
