package io.xxgk.publish;

import io.xxgk.jobs.OutputFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The publish step's reader: what it plans, and how a restart resumes it. */
class PublicationPlanTest {

    @TempDir
    Path warehouse;

    JdbcTemplate jdbc;

    @BeforeEach
    void emptyWarehouse() {
        var dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("xxgk/warehouse-schema.sql")).execute(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        jdbc.update("INSERT INTO reports VALUES (1, 'r', 'a.txt', 'sha', 1, 'TXT', 'A', 'A', '', 2020, 'V2019', "
                + "'V2019', 'LOADED', '', 198, 198, 0, 0, 0, '1.0.0', CURRENT_TIMESTAMP, 1, '', '', 1)");
    }

    @Test
    void read_WhenOutputsWereNeverPublished_ThenPlansEachYearThenReportsFindingsAndFinish() throws Exception {
        PublicationPlan plan = plan();
        plan.open(new ExecutionContext());

        assertThat(plan.read()).isEqualTo(new PublishTarget.FactsOfYear(2020));
        assertThat(plan.read()).isEqualTo(new PublishTarget.Reports());
        assertThat(plan.read()).isEqualTo(new PublishTarget.Findings());
        assertThat(plan.read()).isEqualTo(new PublishTarget.Finish(java.util.List.of(2020), 1));
        assertThat(plan.read()).isNull();
    }

    @Test
    void open_WhenRestartedOnTheSameWarehouse_ThenResumesAfterTheFilesAlreadyPublished() throws Exception {
        ExecutionContext saved = publishFirstTargetThenStop();

        PublicationPlan restarted = plan();
        restarted.open(saved);

        assertThat(restarted.read()).isEqualTo(new PublishTarget.Reports());
    }

    @Test
    void open_WhenTheWarehouseChangedBeforeTheRestart_ThenThePlanStartsOver() throws Exception {
        ExecutionContext saved = publishFirstTargetThenStop();
        jdbc.update("UPDATE reports SET changed_by = 2");

        PublicationPlan restarted = plan();
        restarted.open(saved);

        assertThat(restarted.read()).isEqualTo(new PublishTarget.FactsOfYear(2020));
    }

    private ExecutionContext publishFirstTargetThenStop() throws Exception {
        ExecutionContext context = new ExecutionContext();
        PublicationPlan plan = plan();
        plan.open(context);
        plan.read();
        plan.update(context);
        plan.close();
        return context;
    }

    private PublicationPlan plan() {
        return new PublicationPlan(jdbc, new OutputLayout(warehouse), Set.of(OutputFormat.CSV));
    }
}
