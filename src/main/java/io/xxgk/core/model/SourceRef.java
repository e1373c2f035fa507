package io.xxgk.core.model;

/**
 * Where a piece of text was read.
 *
 * @param line     1-based line of a text file (or paragraph / row index for structured formats)
 * @param location element path for structured formats ({@code table[2]/tr[5]/td[3]}), empty for text
 */
public record SourceRef(int line, String location) {

    public static SourceRef line(int line) {
        return new SourceRef(line, "");
    }

    @Override
    public String toString() {
        return location.isEmpty() ? "line " + line : location + " (line " + line + ")";
    }
}
