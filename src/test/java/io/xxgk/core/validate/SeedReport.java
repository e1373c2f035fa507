package io.xxgk.core.validate;

import io.xxgk.core.ReportParser;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ExtractionFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A seed report's text with line edits, parsed by the real {@link ReportParser}. Edits name the 1-based line of the
 * unedited seed (as {@code awk '{print NR": "$0}'} shows it) and the text expected there, so a crafted report
 * fails loudly instead of silently editing the wrong line if the seed ever changes.
 */
final class SeedReport {

    static final String S000 = "000_94da31ab61563a3e.txt";
    static final String S001 = "001_5bf9956e543a31f7.txt";
    static final String S002 = "002_1cb59e66f00bcffe.txt";
    static final String S003 = "003_ae5e98d31dd755d7.txt";
    static final String S004 = "004_2008f0193b0e469e.txt";

    private final String name;
    private final List<String> original;
    /** One slot per original line: the lines that replace it (the line itself when unedited). */
    private final List<List<String>> slots = new ArrayList<>();

    private SeedReport(String name, List<String> lines) {
        this.name = name;
        this.original = lines;
        for (String line : lines) {
            slots.add(List.of(line));
        }
    }

    static SeedReport load(String fileName) {
        try {
            String text = Files.readString(Path.of("data/samples", fileName), StandardCharsets.UTF_8);
            return new SeedReport(fileName, Arrays.asList(text.split("\n", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces original line {@code lineNo}, which must read {@code expected}, by zero or more lines. */
    SeedReport replace(int lineNo, String expected, String... replacement) {
        String actual = original.get(lineNo - 1);
        if (!actual.equals(expected)) {
            throw new IllegalStateException(name + " line " + lineNo + " reads '" + actual + "', not '" + expected + "'");
        }
        slots.set(lineNo - 1, List.of(replacement));
        return this;
    }

    /** Replaces the one occurrence of {@code from} in original line {@code lineNo} by {@code to}. */
    SeedReport edit(int lineNo, String from, String to) {
        String actual = original.get(lineNo - 1);
        int at = actual.indexOf(from);
        if (at < 0 || actual.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException(name + " line " + lineNo + " does not contain '" + from + "' exactly once");
        }
        slots.set(lineNo - 1, List.of(actual.replace(from, to)));
        return this;
    }

    /** Deletes original lines {@code from}..{@code to} (inclusive) without checking their text. */
    SeedReport delete(int from, int to) {
        for (int i = from; i <= to; i++) {
            slots.set(i - 1, List.of());
        }
        return this;
    }

    String text() {
        List<String> lines = new ArrayList<>();
        slots.forEach(lines::addAll);
        return String.join("\n", lines);
    }

    ExtractedReport parse() {
        try {
            return new ReportParser().parse(text().getBytes(StandardCharsets.UTF_8), name).report();
        } catch (ExtractionFailure e) {
            throw new AssertionError(name + " (edited) did not parse: " + e, e);
        }
    }

    /** The seed as it is, parsed. */
    static ExtractedReport parse(String fileName) {
        return load(fileName).parse();
    }
}
