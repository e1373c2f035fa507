package io.xxgk.warehouse;

import io.xxgk.core.ReportIds;
import io.xxgk.core.ReportParser;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.Fact;
import io.xxgk.discovery.InboxScanner;
import io.xxgk.discovery.ManifestEntry;
import io.xxgk.discovery.ReadFailures;
import io.xxgk.discovery.Sizes;
import io.xxgk.validation.ReportChecks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Reads one manifest file and extracts it: the file's bytes (re-checked against the digest taken at discovery),
 * one call into {@link ReportParser}, then the {@link ReportChecks}. Every expected problem becomes a
 * {@link ReportLoad.Quarantined} with the reason in words; only a bug in the parser throws, and the step's skip
 * policy quarantines that file too. Thread-safe.
 */
public final class ReportLoader {

    /** A report read completely whose title names no agency. */
    public static final String NO_AGENCY = "NO_AGENCY";

    private final Path inbox;
    private final long maxFileBytes;
    private final ReportParser parser;
    private final ReportChecks checks;

    public ReportLoader(Path inbox, long maxFileBytes, ReportParser parser, ReportChecks checks) {
        this.inbox = inbox.toAbsolutePath().normalize();
        this.maxFileBytes = maxFileBytes;
        this.parser = parser;
        this.checks = checks;
    }

    public ReportLoad load(ManifestEntry entry) {
        String reportId = ReportLoad.reportIdOf(entry);
        if (entry.action() == ManifestEntry.Action.REFUSED) {
            return new ReportLoad.Quarantined(entry, reportId, entry.refusalCode(), entry.refusalReason());
        }
        byte[] bytes;
        try {
            bytes = read(entry);
        } catch (IOException e) {
            return new ReportLoad.Quarantined(entry, reportId, InboxScanner.UNREADABLE, ReadFailures.describe(e));
        }
        if (bytes == null) {
            return new ReportLoad.Quarantined(entry, reportId, InboxScanner.TOO_LARGE, "grew above the job's "
                    + "max-file-size of " + Sizes.human(maxFileBytes) + " after the inbox was listed");
        }
        if (!ReportIds.sha256(bytes).equals(entry.sha256())) {
            // What is parsed is what was hashed, or nothing: facts never sit under a digest of other bytes. The new
            // content is not loaded now: discovery has not seen it (size limit, listing) and it may be half-written.
            return new ReportLoad.Quarantined(entry, reportId, InboxScanner.CHANGED_WHILE_READING, "changed while "
                    + "the load read it (it was probably still being written); it will be retried on the next run");
        }
        ReportParser.Parsed parsed;
        try {
            parsed = parser.parse(bytes, Path.of(entry.sourceFile()).getFileName().toString());
        } catch (ExtractionFailure e) {
            return new ReportLoad.Quarantined(entry, reportId, e.reason().name(), e.getMessage());
        }
        ExtractedReport report = parsed.report();
        if (report.metadata().agency().isBlank()) {
            // Reports are keyed by agency and year: unnamed reports of one year would be taken for duplicates of
            // each other and all but one left unpublished.
            return new ReportLoad.Quarantined(entry, reportId, NO_AGENCY, "the title names no agency (it should "
                    + "read like '某某街道办事处" + report.metadata().year() + "年政府信息公开工作年度报告'), so the report "
                    + "cannot be told apart from other agencies' reports; add the agency to the title and requeue it");
        }
        return new ReportLoad.Loaded(entry, reportId, parsed.format(), report,
                Fact.of(reportId, entry.sourceFile(), report), checks.check(reportId, report));
    }

    /** The file's bytes, or null when it is larger than the limit. Links are not followed, even if swapped in. */
    private byte[] read(ManifestEntry entry) throws IOException {
        Path file = inbox.resolve(entry.sourceFile()).normalize();
        if (!file.startsWith(inbox) || !file.toRealPath().startsWith(inbox.toRealPath())) {
            throw new IOException("the path leads outside the inbox");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("it is no longer a regular file"); // a pipe swapped in would block the read
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            return bytes.length > maxFileBytes ? null : bytes;
        }
    }
}
