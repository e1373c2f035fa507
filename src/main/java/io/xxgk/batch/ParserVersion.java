package io.xxgk.batch;

/**
 * The parser version this process records with every report it loads: {@code ReportExtractor.PARSER_VERSION}, or
 * the {@code xxgk.parser-version} property (tests use it to simulate a parser upgrade).
 */
public record ParserVersion(String value) {
}
