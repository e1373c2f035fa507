package io.xxgk.jobs;

/** A job file that cannot be used; the message says which file and which key. */
public class InvalidJobFileException extends RuntimeException {

    public InvalidJobFileException(String message) {
        super(message);
    }
}
