package io.xxgk.discovery;

import java.nio.file.Path;

/**
 * One entry of the inbox listing.
 *
 * @param sourceFile     path relative to the inbox, '/'-separated: the name the warehouse knows the file by
 * @param path           where it is on disk
 * @param bytes          size (of the link itself for a symbolic link)
 * @param modifiedMillis last-modified time, part of the inbox fingerprint
 * @param refusal        why the file will not be read, or null when it will be
 */
public record InboxFile(String sourceFile, Path path, long bytes, long modifiedMillis, Refusal refusal) {

    /** A file the load will not read, with a stable code and a reason in an operator's words. */
    public record Refusal(String code, String reason) {
    }

    public boolean refused() {
        return refusal != null;
    }
}
