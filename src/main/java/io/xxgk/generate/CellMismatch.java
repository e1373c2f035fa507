package io.xxgk.generate;

/**
 * A cell the extractor read differently from the ground truth, with enough to find it in the file.
 *
 * @param field which part differed: value_raw, status, value, unit, template, or "cell" when it was not read at all
 * @param line  1-based line the extractor read the cell from, 0 when unknown
 */
public record CellMismatch(String file, String layout, String cellKey, String field, String expected, String actual,
                           int line) {

    @Override
    public String toString() {
        return file + " (layout " + layout + ", line " + line + ") " + cellKey + " " + field + ": expected '"
                + expected + "', read '" + actual + "'";
    }
}
