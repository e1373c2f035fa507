package io.xxgk.discovery;

import io.xxgk.discovery.ManifestEntry.Action;
import io.xxgk.warehouse.Requeues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The discover stage: lists the inbox, hashes every readable file and decides per file whether it is new or
 * changed (process), already in the warehouse with the same content and parser version (unchanged), or refused
 * unread. Files to process are dealt round-robin to partitions in listing order, which balances the partitions;
 * the partition is stored in the manifest, so it does not depend on the directory listing at restart time.
 */
public final class Discovery {

    private static final Logger log = LoggerFactory.getLogger(Discovery.class);

    /**
     * Refusals decided before reading: such files are never opened, so they have no digest. A file above
     * max-file-size is one of them: "refused unread" must not mean reading gigabytes to hash them every night.
     */
    private static final Set<String> NOT_OPENED = Set.of(InboxScanner.SYMLINK, InboxScanner.NOT_A_REGULAR_FILE,
            InboxScanner.OUTSIDE_INBOX, InboxScanner.UNREADABLE, InboxScanner.TOO_LARGE);
    /**
     * Quarantines that say nothing about the content, only about the job's settings or the moment the file was
     * read (a link, a size limit, a file that vanished or was still being written): re-checked on every load, so
     * the same content is read once the condition is gone instead of staying quarantined for good.
     */
    private static final Set<String> RETRIED = Set.of(InboxScanner.SYMLINK, InboxScanner.NOT_A_REGULAR_FILE,
            InboxScanner.OUTSIDE_INBOX, InboxScanner.UNREADABLE, InboxScanner.TOO_LARGE,
            InboxScanner.CHANGED_WHILE_READING);

    /** Counts for the log and the run summary. */
    public record Result(int files, int toProcess, int unchanged, int refused) {
    }

    private final JdbcTemplate jdbc;
    private final Manifest manifest;
    private final String parserVersion;

    public Discovery(JdbcTemplate jdbc, String parserVersion) {
        this.jdbc = jdbc;
        this.manifest = new Manifest(jdbc);
        this.parserVersion = parserVersion;
    }

    public Result discover(long jobInstanceId, Path inbox, long maxFileBytes, int partitions) throws IOException {
        List<InboxFile> listing = new InboxScanner(maxFileBytes).scan(inbox);
        Set<String> requeued = new Requeues(jdbc).pendingFiles();
        List<ManifestEntry> entries = new ArrayList<>(listing.size());
        int dealt = 0;
        int unchanged = 0;
        int refused = 0;
        for (int i = 0; i < listing.size(); i++) {
            InboxFile file = listing.get(i);
            InboxFile.Refusal refusal = file.refusal();
            String sha256 = "";
            long bytes = file.bytes();
            if (refusal == null || !NOT_OPENED.contains(refusal.code())) {
                try {
                    FileDigests.Digest digest = FileDigests.digest(file.path());
                    sha256 = digest.sha256();
                    bytes = digest.bytes(); // reports.bytes describes the content source_sha256 names
                } catch (IOException e) {
                    refusal = new InboxFile.Refusal(InboxScanner.UNREADABLE, ReadFailures.describe(e));
                }
            }
            Action action = decide(file.sourceFile(), sha256, refusal, requeued.contains(file.sourceFile()));
            int partition = action == Action.UNCHANGED ? -1 : dealt++ % partitions;
            unchanged += action == Action.UNCHANGED ? 1 : 0;
            refused += action == Action.REFUSED ? 1 : 0;
            entries.add(new ManifestEntry(i, file.sourceFile(), sha256, bytes, action,
                    refusal == null ? "" : refusal.code(), refusal == null ? "" : refusal.reason(), partition));
        }
        manifest.replace(jobInstanceId, entries);
        Result result = new Result(entries.size(), dealt - refused, unchanged, refused);
        log.info("Discovered {} files in {}: {} to load, {} unchanged, {} refused unread", result.files(), inbox,
                result.toProcess(), result.unchanged(), result.refused());
        return result;
    }

    /** @param requeued whether an operator asked for the file to be read again ({@code xxgk requeue}) */
    private Action decide(String sourceFile, String sha256, InboxFile.Refusal refusal, boolean requeued) {
        List<String[]> current = jdbc.query("SELECT status, quarantine_code FROM reports WHERE source_file = ? "
                        + "AND source_sha256 = ? AND parser_version = ? AND status <> 'SUPERSEDED'",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, sourceFile, sha256, parserVersion);
        boolean quarantined = !current.isEmpty() && "QUARANTINED".equals(current.get(0)[0]);
        if (current.isEmpty() || (quarantined && requeued)) {
            // New, or quarantined and requeued: decided as if seen for the first time.
            return refusal == null ? Action.PROCESS : Action.REFUSED;
        }
        String code = current.get(0)[1];
        if (refusal != null) {
            // Already recorded with the same refusal: nothing to say again.
            return quarantined && refusal.code().equals(code) ? Action.UNCHANGED : Action.REFUSED;
        }
        // Quarantined last time for a reason that no longer holds (max-file-size raised, the file was still being
        // written): read it now.
        return quarantined && RETRIED.contains(code) ? Action.PROCESS : Action.UNCHANGED;
    }
}
