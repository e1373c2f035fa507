package io.xxgk.core.model;

/** What a value cell held. A blank is never a zero. */
public enum CellStatus {
    /** A number was printed. */
    REPORTED,
    /** The cell was empty (or missing from its row). */
    BLANK,
    /** A dash, slash or 无: the report says "nothing here" without a number. */
    PLACEHOLDER,
    /** Text that is not a number. */
    NON_NUMERIC,
    /** Computed by a documented rule, never read from the report. */
    DERIVED;

    public boolean hasValue() {
        return this == REPORTED || this == DERIVED;
    }
}
