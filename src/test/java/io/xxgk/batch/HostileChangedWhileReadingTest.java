package io.xxgk.batch;

import io.xxgk.core.ReportIds;
import io.xxgk.discovery.ManifestEntry;
import io.xxgk.jobs.JobDefinition;
import io.xxgk.jobs.JobDefinitions;
import io.xxgk.warehouse.ReportLoad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file that changes or vanishes between discovery (which hashed it) and extraction. Decision: the load never
 * parses content other than what it hashed, so the file is quarantined ("changed while the load read it; it will
 * be retried on the next run") and no fact is recorded for it; the next run hashes and loads what is there then.
 * The change is made at an exact point of the run, by an extract-step listener that acts just before the file is
 * read, so the test does not depend on timing.
 */
class HostileChangedWhileReadingTest {

    /** Rewritten after it was hashed, then put back as it was (an editor's save, a re-upload of the same file). */
    private static final String RESTORED = "001_5bf9956e543a31f7.txt";
    /** Rewritten after it was hashed with a corrected value, and left so. */
    private static final String CORRECTED = "004_2008f0193b0e469e.txt";
    /** Deleted after it was hashed, then put back. */
    private static final String VANISHING = "002_1cb59e66f00bcffe.txt";

    /** What the listener does before a file is read; set by the test, read by the bean of {@link ActJustBeforeRead}. */
    private static volatile Consumer<ManifestEntry> beforeRead = entry -> { };

    @TempDir
    Path tmp;

    @AfterEach
    void forgetTheHook() {
        beforeRead = entry -> { };
    }

    @Test
    void run_WhenFilesChangeOrVanishAfterTheyWereHashed_ThenTheyAreQuarantinedAndTheNextRunLoadsWhatIsThere()
            throws Exception {
        LoadFixture fixture = LoadFixture.withSeeds(tmp);
        Path restored = fixture.inbox.resolve(RESTORED);
        byte[] restoredOriginal = Files.readAllBytes(restored);
        // 规章 本年新制作数量 0 -> 3 (seed 001 line 45)
        byte[] restoredInterim = edit(restored, "\n规章\t0\t0\t0\n", "\n规章\t3\t0\t0\n");
        Path corrected = fixture.inbox.resolve(CORRECTED);
        byte[] correctedOriginal = Files.readAllBytes(corrected);
        // 政府集中采购 采购项目数量 71 -> 72 (seed 004 line 112)
        byte[] correctedNew = edit(corrected, "\n\t71\n", "\n\t72\n");
        Path vanishing = fixture.inbox.resolve(VANISHING);
        byte[] vanished = Files.readAllBytes(vanishing);
        beforeRead = entry -> {
            switch (entry.sourceFile()) {
                case RESTORED -> write(restored, restoredInterim);
                case CORRECTED -> write(corrected, correctedNew);
                case VANISHING -> delete(vanishing);
                default -> { }
            }
        };

        RunSummary first = runWithHook(fixture);

        assertThat(first.outcome()).isEqualTo(RunSummary.Outcome.COMPLETED);
        RunSummary.Files files = first.files();
        assertThat(files.seen()).isEqualTo(5).isEqualTo(files.loaded() + files.unchanged() + files.quarantinedCount());
        assertThat(files.loaded()).isEqualTo(2);
        assertThat(files.quarantined()).extracting(RunSummary.Quarantined::sourceFile)
                .containsExactly(RESTORED, VANISHING, CORRECTED);
        for (String changed : List.of(RESTORED, CORRECTED)) {
            byte[] hashed = changed.equals(RESTORED) ? restoredOriginal : correctedOriginal;
            assertThat(fixture.h2("SELECT source_sha256, quarantine_code, reason FROM reports WHERE source_file = ?",
                    changed)).singleElement().satisfies(r -> {
                        assertThat(r.get("source_sha256")).isEqualTo(ReportIds.sha256(hashed)); // what was hashed
                        assertThat(r.get("quarantine_code")).isEqualTo("CHANGED_WHILE_READING");
                        assertThat((String) r.get("reason")).isEqualTo("changed while the load read it (it was "
                                + "probably still being written); it will be retried on the next run");
                    });
        }
        assertThat(fixture.h2("SELECT reason FROM reports WHERE source_file = ?", VANISHING)).singleElement()
                .satisfies(r -> assertThat((String) r.get("reason"))
                        .startsWith("disappeared after the inbox was listed").doesNotContain("Exception"));
        assertThat(fixture.h2("SELECT COUNT(*) AS n FROM facts WHERE source_file IN (?, ?, ?)", RESTORED, CORRECTED,
                VANISHING)).containsExactly(Map.of("n", 0L));

        // The next run reads the inbox as it is then: the first file back as it was when hashed (that content was
        // never loaded, so it must not pass for an unchanged quarantined file), the second with its correction,
        // the third back in place.
        beforeRead = entry -> { };
        Files.write(restored, restoredOriginal);
        Files.write(vanishing, vanished);
        LoadFixture.Run second = fixture.run();

        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).contains("5 seen: 3 loaded, 2 skipped as unchanged, 0 quarantined");
        assertLoadedAs(fixture, RESTORED, restoredOriginal, "A20_1.REGULATION|NEW_MADE", BigDecimal.ZERO);
        assertLoadedAs(fixture, CORRECTED, correctedNew, "A20_9.CENTRAL_PROCUREMENT|PROJECT_COUNT",
                new BigDecimal(72));
        assertThat(fixture.h2("SELECT status FROM reports WHERE source_file = ? ORDER BY load_key", CORRECTED))
                .extracting(r -> r.get("status")).containsExactly("SUPERSEDED", "LOADED");
    }

    /** The file's facts sit under the digest of the content they were read from, with that content's value. */
    private static void assertLoadedAs(LoadFixture fixture, String sourceFile, byte[] content, String category,
                                       BigDecimal value) throws Exception {
        String sha256 = ReportIds.sha256(content);
        assertThat(fixture.h2("SELECT source_sha256 FROM reports WHERE source_file = ? AND status = 'LOADED'",
                sourceFile)).containsExactly(Map.of("source_sha256", sha256));
        assertThat(fixture.h2("SELECT report_id, value FROM facts WHERE source_file = ? AND category = ?", sourceFile,
                category)).singleElement().satisfies(f -> {
                    assertThat(f.get("report_id")).isEqualTo(sha256.substring(0, 16));
                    assertThat((BigDecimal) f.get("value")).isEqualByComparingTo(value);
                });
        assertThat(fixture.csv("csv/facts/year=2020/facts.csv"))
                .filteredOn(f -> f.get("source_file").equals(sourceFile))
                .hasSize(198).allSatisfy(f -> assertThat(f).containsEntry("report_id", sha256.substring(0, 16)));
    }

    private static byte[] edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file.getFileName() + " has no '" + from + "'");
        }
        return text.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.UTF_8);
    }

    private static RunSummary runWithHook(LoadFixture fixture) throws Exception {
        JobDefinition job = JobDefinitions.load(LoadFixture.SAMPLE_JOB, Path.of("")).withInbox(fixture.inbox)
                .withWarehouse(fixture.warehouse);
        try (var context = WarehouseApplication.open(job.warehouse(), job.threads(), ActJustBeforeRead.class)) {
            return context.getBean(LoadLauncher.class).run(job);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@link #beforeRead} after discovery hashed a file and just before the extraction reads it. */
    @Configuration(proxyBeanMethods = false)
    static class ActJustBeforeRead {
        @Bean
        ItemProcessListener<ManifestEntry, ReportLoad> actJustBeforeRead() {
            return new ItemProcessListener<>() {
                @Override
                public void beforeProcess(ManifestEntry entry) {
                    beforeRead.accept(entry);
                }
            };
        }
    }
}
