package io.xxgk.core.extract;

import io.xxgk.core.model.CellStatus;

import java.math.BigDecimal;

/** A value cell read: its status, the number (null unless REPORTED) and a unit written in the cell. */
public record ParsedValue(CellStatus status, BigDecimal value, String writtenUnit) {

    /** True where the text can stand in a value slot: a number, a placeholder or nothing. */
    public boolean isValueLike() {
        return status != CellStatus.NON_NUMERIC;
    }
}
