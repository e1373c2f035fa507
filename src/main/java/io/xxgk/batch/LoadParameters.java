package io.xxgk.batch;

import io.xxgk.jobs.JobDefinition;
import io.xxgk.jobs.OutputFormat;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import java.util.stream.Collectors;

/**
 * The load job's parameters, derived from the job definition and the inbox so that operators never invent any.
 * Identifying (they make the job instance): the inbox, the fingerprint of its listing, the parser version, the
 * size limit and the output formats. Same values again = same instance: COMPLETED means nothing new, FAILED is
 * resumed. The rest is recorded for people and for {@code xxgk restart}, which runs with the stored values.
 */
public final class LoadParameters {

    public static final String INBOX = "inbox";
    public static final String FINGERPRINT = "inbox.fingerprint";
    public static final String PARSER_VERSION = "parser.version";
    public static final String MAX_FILE_BYTES = "max.file.bytes";
    public static final String OUTPUTS = "outputs";
    public static final String JOB_NAME = "job.name";
    public static final String WAREHOUSE = "warehouse";
    public static final String THREADS = "threads";
    /** Identifying, only while files are requeued: the highest pending request (see {@code Requeues}). */
    public static final String REQUEUE_THROUGH = "requeue.through";

    private LoadParameters() {
    }

    public static JobParameters of(JobDefinition job, String inboxFingerprint, String parserVersion) {
        return of(job, inboxFingerprint, parserVersion, 0);
    }

    /**
     * @param requeueThrough the highest pending requeue request, 0 when none: a requeue makes the next load a new
     *                       instance although the listing is the same; without one the parameters are as before
     */
    public static JobParameters of(JobDefinition job, String inboxFingerprint, String parserVersion,
                                   long requeueThrough) {
        JobParametersBuilder builder = new JobParametersBuilder();
        if (requeueThrough > 0) {
            builder.addLong(REQUEUE_THROUGH, requeueThrough, true);
        }
        return builder
                .addString(INBOX, job.inbox().toString(), true)
                .addString(FINGERPRINT, inboxFingerprint, true)
                .addString(PARSER_VERSION, parserVersion, true)
                .addLong(MAX_FILE_BYTES, job.maxFileBytes(), true)
                .addString(OUTPUTS, outputs(job), true)
                .addString(JOB_NAME, job.name(), false)
                .addString(WAREHOUSE, job.warehouse().toString(), false)
                .addLong(THREADS, (long) job.threads(), false)
                .toJobParameters();
    }

    static String outputs(JobDefinition job) {
        return job.outputs().stream().sorted().map(OutputFormat::name).collect(Collectors.joining(","));
    }
}
