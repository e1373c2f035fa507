package io.xxgk.discovery;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file could not be read, in the words of an operator rather than the name of an exception class. Every
 * such quarantine is retried on the next run (see {@link Discovery}), so the words say what to check, not what to
 * re-send.
 */
public final class ReadFailures {

    private ReadFailures() {
    }

    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "disappeared after the inbox was listed (moved or deleted while the load ran); it is read on the "
                    + "next run if it is back in the inbox";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied; check the file's permissions, it is retried on the next run";
        }
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "an input/output error" : e.getMessage();
        return "could not be read (" + message + "); it is retried on the next run";
    }
}
