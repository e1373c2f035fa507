package io.xxgk.cli;

/** Exit codes scripts can rely on; documented in the README and in {@code xxgk --help}. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The run completed but some files were quarantined (or, for extract, the file could not be read). */
    public static final int QUARANTINED = 1;
    public static final int FAILED = 2;
    public static final int ALREADY_RUNNING = 3;
    public static final int USAGE = 64;

    private ExitCodes() {
    }
}
