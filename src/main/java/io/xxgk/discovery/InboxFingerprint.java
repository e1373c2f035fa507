package io.xxgk.discovery;

import io.xxgk.core.ReportIds;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A digest of the inbox listing (relative path, size and modification time of every entry), computed without
 * reading any file. It is the identifying job parameter: the same listing means the same job instance, so a load
 * that already completed is not run again ("nothing new") and one that failed is resumed.
 *
 * <p>A file replaced by different content of the same size with its old modification time restored is not
 * noticed until the listing changes for another reason; touching the file makes the next run read it.
 */
public final class InboxFingerprint {

    private InboxFingerprint() {
    }

    public static String of(List<InboxFile> listing) {
        StringBuilder text = new StringBuilder(listing.size() * 64);
        for (InboxFile f : listing) {
            text.append(f.sourceFile()).append('\t').append(f.bytes()).append('\t').append(f.modifiedMillis())
                    .append('\n');
        }
        return ReportIds.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
