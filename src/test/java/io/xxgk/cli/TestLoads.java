package io.xxgk.cli;

import io.xxgk.batch.LoadLauncher;
import io.xxgk.batch.RunSummary;
import io.xxgk.batch.WarehouseApplication;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.jobs.JobDefinition;
import io.xxgk.jobs.JobDefinitions;
import io.xxgk.validation.FindingRow;
import io.xxgk.validation.ReportChecks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads that a user cannot start from the command line: the same job with other {@link ReportChecks} plugged in
 * where the validator goes (see {@code LoadJobConfiguration.reportChecks}). The warehouse they leave is then
 * operated through the CLI like any other.
 */
final class TestLoads {

    private TestLoads() {
    }

    /** {@code xxgk run jobs/sample.yml --inbox … --warehouse …} with more configuration. */
    static RunSummary run(CliFixture fixture, Class<?> configuration) throws Exception {
        JobDefinition job = JobDefinitions.load(CliFixture.SAMPLE_JOB, Path.of("")).withInbox(fixture.inbox)
                .withWarehouse(fixture.warehouse);
        try (var context = WarehouseApplication.open(job.warehouse(), job.threads(), configuration)) {
            return context.getBean(LoadLauncher.class).run(job);
        }
    }

    /** A loader bug that fires on one report (江源区), until it is fixed. */
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
