package io.xxgk.core.model;

/** A line of narrative text (outside the tables), kept for metadata and the text-versus-table rules. */
public record TextLine(String text, SourceRef source) {
}
