package io.xxgk.jobs;

/** A published file format. H2 is not one of them: it is always written, it is what the files are published from. */
public enum OutputFormat {
    CSV, PARQUET
}
