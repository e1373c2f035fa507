package io.xxgk.discovery;

/**
 * One file of a load's manifest: what discovery saw and decided. The manifest is written once per job instance, so
 * a restarted load works on exactly the files, contents and partitions of its first attempt.
 *
 * @param fileNo        position in the sorted inbox listing
 * @param sha256        content digest at discovery; empty for entries that are never read (links, devices)
 * @param refusalCode   why the file is refused unread (see {@link InboxScanner}), empty otherwise
 * @param partition     extraction partition that handles the file (-1 for unchanged files, which no one handles)
 */
public record ManifestEntry(
        int fileNo,
        String sourceFile,
        String sha256,
        long bytes,
        Action action,
        String refusalCode,
        String refusalReason,
        int partition) {

    public enum Action {
        /** New or changed content, or a new parser version: extract and stage it. */
        PROCESS,
        /** Already in the warehouse with this content and parser version: left alone. */
        UNCHANGED,
        /** Not read (link, too large, ...): recorded as quarantined with the refusal as reason. */
        REFUSED
    }
}
