package io.xxgk.warehouse;

/** {@code reports.status}: what became of one version of one file. */
public enum ReportStatus {
    /** Read completely; its facts are published. */
    LOADED,
    /** Not read or not readable; the reason says why and what to do. Nothing published. */
    QUARANTINED,
    /** An older version: the file changed, or a newer parser read it again. Its facts were removed. */
    SUPERSEDED,
    /** Loaded, but another file reports the same agency and year and is the one published. */
    DUPLICATE
}
