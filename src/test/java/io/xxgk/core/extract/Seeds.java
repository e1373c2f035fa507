package io.xxgk.core.extract;

import io.xxgk.core.ReportParser;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ExtractionFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The five seed reports of {@code data/samples/} as test input, and edits of their text by line number. */
final class Seeds {

    static final Path SAMPLES = Path.of("data/samples");
    static final List<String> NAMES = List.of("000_94da31ab61563a3e", "001_5bf9956e543a31f7",
            "002_1cb59e66f00bcffe", "003_ae5e98d31dd755d7", "004_2008f0193b0e469e");

    private static final ReportParser PARSER = new ReportParser();

    private Seeds() {
    }

    static String text(String seed) {
        try {
            return Files.readString(SAMPLES.resolve(seed + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code from}..{@code to} (1-based, inclusive) of a seed, joined with line feeds. */
    static String lines(String seed, int from, int to) {
        String[] all = text(seed).split("\n", -1);
        return String.join("\n", Arrays.copyOfRange(all, from - 1, to));
    }

    static ExtractedReport parse(String text) throws ExtractionFailure {
        return PARSER.parse(text.getBytes(StandardCharsets.UTF_8), "test.txt").report();
    }

    /**
     * Replaces line {@code lineNo} (1-based) of {@code text}; the line must read {@code expected} first, so an
     * edit never lands on the wrong line silently.
     */
    static String replaceLine(String text, int lineNo, String expected, String replacement) {
        String[] lines = text.split("\n", -1);
        if (!lines[lineNo - 1].equals(expected)) {
            throw new IllegalArgumentException("line " + lineNo + " reads '" + lines[lineNo - 1]
                    + "', not '" + expected + "'");
        }
        lines[lineNo - 1] = replacement;
        return String.join("\n", lines);
    }

    /** Replaces {@code old} by {@code replacement} in line {@code lineNo} (1-based), which must contain it. */
    static String replaceInLine(String text, int lineNo, String old, String replacement) {
        String[] lines = text.split("\n", -1);
        if (!lines[lineNo - 1].contains(old)) {
            throw new IllegalArgumentException("line " + lineNo + " reads '" + lines[lineNo - 1]
                    + "', without '" + old + "'");
        }
        lines[lineNo - 1] = lines[lineNo - 1].replace(old, replacement);
        return String.join("\n", lines);
    }

    /** Inserts {@code newLines} before line {@code lineNo} (1-based). */
    static String insertBefore(String text, int lineNo, String... newLines) {
        List<String> lines = new java.util.ArrayList<>(Arrays.asList(text.split("\n", -1)));
        lines.addAll(lineNo - 1, List.of(newLines));
        return String.join("\n", lines);
    }

    /** Drops lines {@code from}..{@code to} (1-based, inclusive). */
    static String deleteLines(String text, int from, int to) {
        List<String> lines = new java.util.ArrayList<>(Arrays.asList(text.split("\n", -1)));
        lines.subList(from - 1, to).clear();
        return String.join("\n", lines);
    }
}
