package io.xxgk.core.source;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ReportMetadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The five seed reports and what the equivalence tests compare of an extraction. */
final class SeedFixtures {

    static final Path SAMPLES = Path.of("data/samples");
    /** Set -Dxxgk.fixtures.dir=DIR to keep the generated HTML/DOCX files, e.g. to run the CLI on them by hand. */
    private static final String DUMP_DIR = System.getProperty("xxgk.fixtures.dir");

    private SeedFixtures() {
    }

    static Stream<String> seeds() {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String seed) {
        try {
            return Files.readAllBytes(SAMPLES.resolve(seed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's rows and paragraphs as the text reader sees them. */
    static List<DocBlock> blocks(String seed) throws ExtractionFailure {
        return new TextDocumentReader().read(bytes(seed)).blocks();
    }

    /** Per cell: category, template, value as printed, value, unit and status (source and format left out). */
    static List<String> cellFacts(ExtractedReport report) {
        List<String> facts = new ArrayList<>();
        for (Cell c : report.cells()) {
            facts.add(c.table() + "." + c.category() + " " + c.template() + " raw='" + c.valueRaw() + "' value="
                    + (c.value() == null ? "null" : c.value().toPlainString()) + " unit=" + c.unit() + " " + c.status());
        }
        return facts;
    }

    /** Report metadata that must not depend on the format. */
    static List<String> metadata(ExtractedReport report) {
        ReportMetadata m = report.metadata();
        return List.of("agency=" + m.agency(), "agencyRaw=" + m.agencyRaw(), "year=" + m.year(),
                "yearSource=" + m.yearSource(), "template=" + m.template(), "tables=" + report.tableTemplates(),
                "expected=" + m.templateExpected(), "发布总数量=" + m.disclosureTotalCount(),
                "published=" + m.publicationDate(), "notes=" + m.notes().stream().map(SeedFixtures::squeeze).toList(),
                "level=" + m.adminLevel());
    }

    /** Whitespace runs as one space, ends stripped: layout whitespace differs between formats, words do not. */
    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
    }

    static void dump(String name, byte[] content) {
        if (DUMP_DIR == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(DUMP_DIR));
            Files.write(Path.of(DUMP_DIR, name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
