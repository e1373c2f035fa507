package io.xxgk.batch;

import io.xxgk.core.ReportParser;
import io.xxgk.core.extract.ReportExtractor;
import io.xxgk.discovery.Discovery;
import io.xxgk.discovery.Manifest;
import io.xxgk.discovery.ManifestEntry;
import io.xxgk.jobs.OutputFormat;
import io.xxgk.publish.OutputLayout;
import io.xxgk.publish.PublicationPlan;
import io.xxgk.publish.PublishTarget;
import io.xxgk.publish.Publisher;
import io.xxgk.core.validate.Validator;
import io.xxgk.validation.ConsistencyChecks;
import io.xxgk.validation.CrossReportChecks;
import io.xxgk.validation.ReportChecks;
import io.xxgk.warehouse.DuplicateResolver;
import io.xxgk.warehouse.ReportLoad;
import io.xxgk.warehouse.ReportLoader;
import io.xxgk.warehouse.WarehouseWriter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The load job, in flow order: discover the inbox, extract the files to load (partitioned, one chunk of files per
 * transaction), resolve duplicates, publish CSV and Parquet. Every step is restartable from the job repository,
 * which lives in the warehouse database, so a chunk's rows and its restart position commit together.
 */
@Configuration(proxyBeanMethods = false)
class LoadJobConfiguration {

    static final String JOB_NAME = "load";

    @Value("${xxgk.threads:2}")
    private int threads;
    @Value("${xxgk.chunk-size:20}")
    private int chunkSize;
    @Value("${xxgk.test.slow-item-ms:0}")
    private long slowItemMs;
    @Value("${xxgk.test.slow-publish-ms:0}")
    private long slowPublishMs;

    // shared parts

    /** The parser version recorded with every report; a new version makes every file load again. */
    @Bean
    ParserVersion parserVersion(@Value("${xxgk.parser-version:}") String configured) {
        return new ParserVersion(configured.isBlank() ? ReportExtractor.PARSER_VERSION : configured);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ReportParser reportParser() {
        return new ReportParser();
    }

    /** The consistency rules of core.validate, run on every extracted report before it is staged. */
    @Bean
    ReportChecks reportChecks() {
        return new ConsistencyChecks(Validator.standard());
    }

    // step 1: discover

    @Bean
    Step discover(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
                  ParserVersion parserVersion) {
        Discovery discovery = new Discovery(jdbc, parserVersion.value());
        return new StepBuilder("discover", jobRepository).tasklet((contribution, chunkContext) -> {
            var jobExecution = contribution.getStepExecution().getJobExecution();
            var parameters = jobExecution.getJobParameters();
            Discovery.Result result = discovery.discover(jobExecution.getJobInstanceId(),
                    Path.of(parameters.getString(LoadParameters.INBOX)),
                    parameters.getLong(LoadParameters.MAX_FILE_BYTES), threads);
            var context = contribution.getStepExecution().getExecutionContext();
            context.putInt("files", result.files());
            context.putInt("toProcess", result.toProcess());
            context.putInt("unchanged", result.unchanged());
            context.putInt("refused", result.refused());
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    // step 2: extract, one partition per manifest partition, each a chunk-oriented step

    @Bean
    @StepScope
    ManifestPartitioner manifestPartitioner(JdbcTemplate jdbc,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId) {
        return new ManifestPartitioner(new Manifest(jdbc), jobInstanceId);
    }

    /**
     * The partition's files in manifest order, through one cursor. A paging reader ran one query per page, and H2
     * cannot read {@code ORDER BY file_no} off the (job_instance_id, file_no) key, so every page sorted all the
     * files left in the job: quadratic, a 100,000-file load staged 80 files a second on one partition. The restart
     * position is the read count, over the same ordered query (the manifest of a job instance never changes).
     */
    @Bean
    @StepScope
    JdbcCursorItemReader<ManifestEntry> manifestReader(DataSource dataSource,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId,
            @Value("#{stepExecutionContext['partition']}") int partition) {
        return new JdbcCursorItemReaderBuilder<ManifestEntry>()
                .name("manifestReader")
                .dataSource(dataSource)
                .sql("SELECT " + Manifest.ENTRY_COLUMNS + " FROM manifest WHERE job_instance_id = ? "
                        + "AND partition_no = ? AND action <> 'UNCHANGED' ORDER BY file_no")
                .queryArguments(jobInstanceId, partition)
                .rowMapper((rs, n) -> new ManifestEntry(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), ManifestEntry.Action.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getInt(8)))
                .build();
    }

    @Bean
    @StepScope
    ExtractProcessor extractProcessor(ReportParser parser, ReportChecks checks,
            @Value("#{jobParameters['" + LoadParameters.INBOX + "']}") String inbox,
            @Value("#{jobParameters['" + LoadParameters.MAX_FILE_BYTES + "']}") long maxFileBytes) {
        return new ExtractProcessor(new ReportLoader(Path.of(inbox), maxFileBytes, parser, checks));
    }

    @Bean
    @StepScope
    WarehouseWriter warehouseWriter(JdbcTemplate jdbc, ParserVersion parserVersion, Clock clock,
            @Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
        return new WarehouseWriter(jdbc, parserVersion.value(), jobExecutionId, clock);
    }

    /** How far the load is, for the run command's progress display (fed by the two listeners below). */
    @Bean
    LoadProgress loadProgress() {
        return new LoadProgress();
    }

    /**
     * @param fileListeners called around the extraction of each file; none in production. Tests use them to act at
     *                      an exact point of a run (rewrite a file after discovery hashed it) and to time each file.
     */
    @Bean
    Step extractPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          JdbcCursorItemReader<ManifestEntry> manifestReader,
                          ExtractProcessor extractProcessor, WarehouseWriter warehouseWriter,
                          ObjectProvider<ItemProcessListener<ManifestEntry, ReportLoad>> fileListeners,
                          LoadProgress loadProgress) {
        var step = new StepBuilder("extractPartition", jobRepository)
                .<ManifestEntry, ReportLoad>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(manifestReader)
                .processor(Slowdown.items(extractProcessor, slowItemMs))
                .writer(warehouseWriter)
                .stream(warehouseWriter)
                .listener(new FileProgressListener(loadProgress))
                .faultTolerant()
                .skipPolicy(new ReportSkipPolicy())
                .skipListener(new QuarantineOnSkip(warehouseWriter));
        fileListeners.orderedStream().forEach(step::listener);
        return step.build();
    }

    @Bean
    Step extract(JobRepository jobRepository, ManifestPartitioner manifestPartitioner, Step extractPartition,
                 LoadProgress loadProgress, JdbcTemplate jdbc) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("extract-");
        executor.setConcurrencyLimit(threads);
        return new StepBuilder("extract", jobRepository)
                .listener(new ExtractionProgressListener(loadProgress, jdbc, jobRepository))
                .partitioner("extractPartition", manifestPartitioner)
                .step(extractPartition)
                .gridSize(threads)
                .taskExecutor(executor)
                .build();
    }

    // step 3: one published report per agency and year, then the rules across reports

    @Bean
    Step resolveDuplicates(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           JdbcTemplate jdbc) {
        DuplicateResolver resolver = new DuplicateResolver(jdbc);
        CrossReportChecks crossReport = new CrossReportChecks(jdbc);
        return new StepBuilder("resolveDuplicates", jobRepository).tasklet((contribution, chunkContext) -> {
            long execution = contribution.getStepExecution().getJobExecutionId();
            contribution.incrementWriteCount(resolver.resolve(execution));
            // DUPLICATE_REPORT and R6 need the other reports: run once the statuses above are settled
            contribution.incrementWriteCount(crossReport.run(execution));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    // step 4: publish, one output file (pair) per chunk

    @Bean
    @StepScope
    PublicationPlan publicationPlan(JdbcTemplate jdbc,
            @Value("#{jobParameters['" + LoadParameters.WAREHOUSE + "']}") String warehouse,
            @Value("#{jobParameters['" + LoadParameters.OUTPUTS + "']}") String outputs) {
        return new PublicationPlan(jdbc, new OutputLayout(Path.of(warehouse)), formats(outputs));
    }

    @Bean
    @StepScope
    Publisher publisher(JdbcTemplate jdbc,
            @Value("#{jobParameters['" + LoadParameters.WAREHOUSE + "']}") String warehouse,
            @Value("#{jobParameters['" + LoadParameters.OUTPUTS + "']}") String outputs) {
        return new Publisher(jdbc, new OutputLayout(Path.of(warehouse)), formats(outputs));
    }

    @Bean
    Step publish(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                 PublicationPlan publicationPlan, Publisher publisher, LoadProgress loadProgress) {
        return new StepBuilder("publish", jobRepository)
                .listener(new PublishProgressListener(loadProgress))
                .<PublishTarget, PublishTarget>chunk(1)
                .transactionManager(transactionManager)
                .reader(publicationPlan)
                .writer(Slowdown.writes(publisher, slowPublishMs))
                .stream(publisher)
                .build();
    }

    // job

    @Bean
    Job load(JobRepository jobRepository, Step discover, Step extract, Step resolveDuplicates, Step publish) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new RootCauseFirst())
                .start(discover)
                .next(extract)
                .next(resolveDuplicates)
                .next(publish)
                .build();
    }

    private static Set<OutputFormat> formats(String outputs) {
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        Arrays.stream(outputs.split(",")).filter(s -> !s.isBlank()).map(OutputFormat::valueOf).forEach(formats::add);
        return formats;
    }
}
