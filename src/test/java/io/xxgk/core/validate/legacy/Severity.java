package io.xxgk.core.validate.legacy;

/** How much a finding matters to an analyst; the {@code severity} column of the findings table. */
public enum Severity {
    /** The report's numbers contradict each other or a hard bound: do not trust the cells named. */
    ERROR,
    /** Something an analyst should look at before using the numbers (gaps, narrative disagreeing, duplicates). */
    WARN,
    /** For the record: rules that could not be evaluated, parse notes, mixed templates. */
    INFO
}
