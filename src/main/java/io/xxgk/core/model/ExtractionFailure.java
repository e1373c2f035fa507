package io.xxgk.core.model;

/**
 * A report that cannot be read completely. The message is for an operator: which table, which rows, what to do.
 * Never carries a half-read result: a failed report is quarantined, not published with zeros.
 */
public class ExtractionFailure extends Exception {

    /** Why the report was refused; stable codes for scripts and the quarantine listing. */
    public enum Reason {
        EMPTY,
        BINARY,
        UNDECODABLE,
        TOO_LARGE,
        /** Constructs a reader must not follow: DTDs and external entities in a DOCX (XXE). */
        UNSAFE_CONTENT,
        UNSUPPORTED_FORMAT,
        PRE_2019_FORMAT,
        NOT_A_REPORT,
        NO_YEAR,
        TABLES_MISSING,
        ROWS_MISSING,
        MALFORMED_TABLE
    }

    private final Reason reason;

    public ExtractionFailure(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String toString() {
        return reason + ": " + getMessage();
    }
}
