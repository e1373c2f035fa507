package io.xxgk.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** sha256 of a file, streamed so that a file of any size is hashed in constant memory. */
public final class FileDigests {

    /** The digest of the bytes read and how many they were: a file still being written may differ from its listing. */
    public record Digest(String sha256, long bytes) {
    }

    private FileDigests() {
    }

    public static Digest digest(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[64 * 1024];
        long bytes = 0;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                bytes += n;
            }
        }
        return new Digest(HexFormat.of().formatHex(digest.digest()), bytes);
    }
}
