package io.xxgk.batch;

import io.xxgk.discovery.ManifestEntry;
import io.xxgk.jobs.JobDefinition;
import io.xxgk.jobs.JobDefinitions;
import io.xxgk.warehouse.ReportLoad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The job under fuzzing: forty broken copies of the seeds ({@link SeedMutations}, fixed random seeds) in one inbox,
 * one load. The run completes, no file hits an unexpected error, each file is read within a bound, and every file
 * is accounted for: loaded (or a duplicate) or quarantined with a reason in words.
 */
class HostileFuzzLoadTest {

    private static final int MUTANTS_PER_SEED = 8;
    /** Per file, on a shared 2-core machine; a seed parses in a few milliseconds. */
    private static final Duration PER_FILE = Duration.ofSeconds(5);
    private static final Duration WHOLE_RUN = Duration.ofMinutes(2);

    /** Extraction time per file, from the listener below. */
    private static final Map<String, Long> nanosByFile = new ConcurrentHashMap<>();
    private static final Map<String, Long> startedAt = new ConcurrentHashMap<>();

    @TempDir
    Path tmp;

    @Test
    void run_WhenTheInboxHoldsFortyMutatedSeeds_ThenItCompletesInBoundedTimeAndAccountsForEveryFile()
            throws Exception {
        LoadFixture warehouse = LoadFixture.empty(tmp);
        List<String> names = writeMutants(warehouse.inbox);
        JobDefinition job = JobDefinitions.load(LoadFixture.SAMPLE_JOB, Path.of("")).withInbox(warehouse.inbox)
                .withWarehouse(warehouse.warehouse);

        RunSummary summary = assertTimeoutPreemptively(WHOLE_RUN, () -> {
            try (var context = WarehouseApplication.open(job.warehouse(), job.threads(), TimeEachFile.class)) {
                return context.getBean(LoadLauncher.class).run(job);
            }
        });

        assertThat(summary.outcome()).as(summary.failure()).isEqualTo(RunSummary.Outcome.COMPLETED);
        RunSummary.Files files = summary.files();
        assertThat(files.seen()).isEqualTo(names.size())
                .isEqualTo(files.loaded() + files.unchanged() + files.quarantinedCount());
        assertThat(nanosByFile.keySet()).containsExactlyInAnyOrderElementsOf(names);
        nanosByFile.forEach((file, nanos) -> assertThat(Duration.ofNanos(nanos)).as(file).isLessThan(PER_FILE));

        List<Map<String, Object>> reports = warehouse.h2("SELECT source_file, status, reason, quarantine_code "
                + "FROM reports");
        assertThat(reports).extracting(r -> r.get("source_file")).containsExactlyInAnyOrderElementsOf(names);
        for (Map<String, Object> r : reports) {
            String status = (String) r.get("status");
            assertThat(status).as(r.toString()).isIn("LOADED", "DUPLICATE", "QUARANTINED");
            if (status.equals("QUARANTINED")) {
                assertThat((String) r.get("reason")).as(r.toString()).isNotBlank().doesNotContain("Exception");
                assertThat(r.get("quarantine_code")).as(r.toString()).isNotEqualTo("UNEXPECTED_ERROR");
            }
        }
        long published = (Long) warehouse.h2("SELECT COUNT(*) AS n FROM facts f JOIN reports r ON r.report_id = "
                + "f.report_id AND r.source_file = f.source_file WHERE r.status = 'LOADED'").get(0).get("n");
        long csvFacts = 0;
        try (Stream<Path> years = Files.list(warehouse.warehouse.resolve("csv/facts"))) {
            for (Path year : years.toList()) {
                csvFacts += LoadFixture.csvRecords(year.resolve("facts.csv")).size();
            }
        }
        assertThat(csvFacts).isEqualTo(published).isPositive();
    }

    /** Eight mutants of each seed, named after the seed and the random seed that rebuilds them. */
    private static List<String> writeMutants(Path inbox) throws IOException {
        List<String> names = new ArrayList<>();
        for (String seed : HostileCorpus.SEEDS) {
            byte[] original = Files.readAllBytes(LoadFixture.SEEDS.resolve(seed));
            for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                long randomSeed = 7_000L + names.size();
                String name = seed.substring(0, 3) + "-mutant-" + i + " (random seed " + randomSeed + ").txt";
                Files.write(inbox.resolve(name), SeedMutations.mutate(original, new Random(randomSeed)));
                names.add(name);
            }
        }
        return names;
    }

    /** Clocks the extraction of each file (read, parse, checks), whether it ends in a report or an error. */
    @Configuration(proxyBeanMethods = false)
    static class TimeEachFile {
        @Bean
        ItemProcessListener<ManifestEntry, ReportLoad> timeEachFile() {
            return new ItemProcessListener<>() {
                @Override
                public void beforeProcess(ManifestEntry entry) {
                    startedAt.put(entry.sourceFile(), System.nanoTime());
                }

                @Override
                public void afterProcess(ManifestEntry entry, ReportLoad result) {
                    stop(entry);
                }

                @Override
                public void onProcessError(ManifestEntry entry, Exception e) {
                    stop(entry);
                }

                private void stop(ManifestEntry entry) {
                    nanosByFile.merge(entry.sourceFile(), System.nanoTime() - startedAt.get(entry.sourceFile()),
                            Math::max);
                }
            };
        }
    }
}
