package io.xxgk.core;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Report ids as the output contract defines them: the first 16 hex characters of the content's sha256. */
public final class ReportIds {

    private ReportIds() {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String of(byte[] bytes) {
        return sha256(bytes).substring(0, 16);
    }
}
