package io.xxgk.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobDefinitionsTest {

    @TempDir
    Path tmp;

    @Test
    void load_WhenTheSampleJob_ThenPathsResolveAgainstTheWorkingDirectory() {
        JobDefinition job = JobDefinitions.load(Path.of("jobs/sample.yml"), tmp);

        assertThat(job.name()).isEqualTo("sample");
        assertThat(job.inbox()).isEqualTo(tmp.resolve("data/samples"));
        assertThat(job.warehouse()).isEqualTo(tmp.resolve("data/warehouse"));
        assertThat(job.outputs()).isEqualTo(Set.of(OutputFormat.CSV, OutputFormat.PARQUET));
        assertThat(job.threads()).isEqualTo(2);
        assertThat(job.maxFileBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(job.schedule()).isEqualTo("0 30 2 * * *");
    }

    @Test
    void load_WhenOptionalKeysAreMissing_ThenDefaultsApplyAndTheNameComesFromTheFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("nightly.yml"), "inbox: /srv/inbox\nwarehouse: wh\n");

        JobDefinition job = JobDefinitions.load(file, tmp);

        assertThat(job.name()).isEqualTo("nightly");
        assertThat(job.inbox()).isEqualTo(Path.of("/srv/inbox"));
        assertThat(job.outputs()).containsExactlyInAnyOrder(OutputFormat.CSV, OutputFormat.PARQUET);
        assertThat(job.threads()).isEqualTo(JobDefinition.DEFAULT_THREADS);
        assertThat(job.schedule()).isEmpty();
    }

    @Test
    void load_WhenOutputsAskForTheSpreadsheetSafeCsv_ThenItIsAddedToTheOthers() throws Exception {
        Path file = Files.writeString(tmp.resolve("excel.yml"), "inbox: a\nwarehouse: b\n"
                + "outputs: [csv, parquet, csv-excel]\n");

        assertThat(JobDefinitions.load(file, tmp).outputs())
                .containsExactlyInAnyOrder(OutputFormat.CSV, OutputFormat.PARQUET, OutputFormat.CSV_EXCEL);
    }

    @Test
    void load_WhenTheWarehouseIsInsideTheInbox_ThenItIsRefusedBeforeTheLoadReadsItsOwnDatabase() throws Exception {
        Path file = Files.writeString(tmp.resolve("nested.yml"), "inbox: data\nwarehouse: data/warehouse\n");
        JobDefinition sample = JobDefinitions.load(Path.of("jobs/sample.yml"), tmp);

        assertThatThrownBy(() -> JobDefinitions.load(file, tmp)).isInstanceOf(InvalidJobFileException.class)
                .hasMessageContaining("is inside the inbox").hasMessageContaining("outside the inbox");
        assertThatThrownBy(() -> sample.withWarehouse(sample.inbox().resolve("wh")).requireWarehouseOutsideInbox())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is inside the inbox");
        assertThat(sample.withInbox(tmp).withWarehouse(tmp.resolveSibling("elsewhere")).requireWarehouseOutsideInbox()
                .warehouse()).isEqualTo(tmp.resolveSibling("elsewhere"));
    }

    @Test
    void load_WhenAKeyIsMisspelt_ThenTheErrorNamesItAndTheKnownKeys() throws Exception {
        Path file = Files.writeString(tmp.resolve("typo.yml"), "inbox: a\nwarehouse: b\nmax-filesize: 1MB\n");

        assertThatThrownBy(() -> JobDefinitions.load(file, tmp)).isInstanceOf(InvalidJobFileException.class)
                .hasMessageContaining("unknown key 'max-filesize'").hasMessageContaining("max-file-size");
    }

    @Test
    void load_WhenValuesAreInvalid_ThenTheErrorSaysWhichAndHow() throws Exception {
        Path cron = Files.writeString(tmp.resolve("cron.yml"), "inbox: a\nwarehouse: b\nschedule: every night\n");
        Path size = Files.writeString(tmp.resolve("size.yml"), "inbox: a\nwarehouse: b\nmax-file-size: big\n");
        Path format = Files.writeString(tmp.resolve("format.yml"), "inbox: a\nwarehouse: b\noutputs: [xlsx]\n");
        Path inbox = Files.writeString(tmp.resolve("inbox.yml"), "warehouse: b\n");

        assertThatThrownBy(() -> JobDefinitions.load(cron, tmp)).hasMessageContaining("not a cron expression");
        assertThatThrownBy(() -> JobDefinitions.load(size, tmp)).hasMessageContaining("not a size such as 20MB");
        assertThatThrownBy(() -> JobDefinitions.load(format, tmp)).hasMessageContaining("unknown format 'xlsx'");
        assertThatThrownBy(() -> JobDefinitions.load(inbox, tmp)).hasMessageContaining("'inbox' is required");
        assertThatThrownBy(() -> JobDefinitions.load(tmp.resolve("missing.yml"), tmp))
                .hasMessageContaining("does not exist");
    }

    @Test
    void bytes_ReadsBinaryUnits() {
        assertThat(JobDefinitions.bytes("512")).isEqualTo(512);
        assertThat(JobDefinitions.bytes("12 KB")).isEqualTo(12 * 1024);
        assertThat(JobDefinitions.bytes("20mb")).isEqualTo(20L * 1024 * 1024);
        assertThat(JobDefinitions.bytes("1GB")).isEqualTo(1024L * 1024 * 1024);
    }

    @Test
    void overrides_ReplaceOnlyWhatTheyName() {
        JobDefinition job = JobDefinitions.load(Path.of("jobs/sample.yml"), tmp);

        JobDefinition changed = job.withInbox(tmp.resolve("in")).withThreads(1);

        assertThat(changed.inbox()).isEqualTo(tmp.resolve("in"));
        assertThat(changed.threads()).isEqualTo(1);
        assertThat(changed.warehouse()).isEqualTo(job.warehouse());
        assertThatThrownBy(() -> job.withThreads(0)).hasMessageContaining("threads must be at least 1");
    }
}
