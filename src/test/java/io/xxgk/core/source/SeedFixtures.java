package io.xxgk.core.source;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ReportMetadata;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The five seed reports and what the equivalence tests compare of an extraction. */
final class SeedFixtures {

    static final Path SAMPLES = Path.of("data/samples");
    /** Golden cells and metadata of the seeds, written from the report text by a person (see its README). */
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final CSVFormat GOLDEN_CSV = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
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

    /** The golden cells of a seed in the form of {@link #cellFacts} (the golden's source_line left out). */
    static List<String> goldenCellFacts(String seed) {
        return goldenRecords(seed.replace(".txt", ".csv")).stream().map(r -> r.get("table_code") + "."
                + r.get("category") + " " + r.get("template") + " raw='" + r.get("value_raw") + "' value="
                + (r.get("value").isEmpty() ? "null" : r.get("value")) + " unit=" + r.get("unit") + " "
                + r.get("status")).toList();
    }

    /** The golden metadata of a seed: agency, agency_raw, year, template, expected, 发布总数量, publication date. */
    static List<String> goldenMetadata(String seed) {
        CSVRecord r = goldenRecords("metadata.csv").stream().filter(m -> seed.startsWith(m.get("seed") + "."))
                .findFirst().orElseThrow();
        return List.of(r.get("agency"), r.get("agency_raw"), r.get("year"), r.get("template"),
                r.get("template_expected"), r.get("disclosure_total_count"), r.get("publication_date"));
    }

    /** The same seven metadata fields of an extraction, for {@link #goldenMetadata}. */
    static List<String> goldenComparable(ExtractedReport report) {
        ReportMetadata m = report.metadata();
        return List.of(m.agency(), m.agencyRaw(), String.valueOf(m.year()), m.template().name(),
                m.templateExpected().name(),
                m.disclosureTotalCount() == null ? "" : m.disclosureTotalCount().toPlainString(), m.publicationDate());
    }

    private static List<CSVRecord> goldenRecords(String file) {
        try (Reader in = Files.newBufferedReader(GOLDEN.resolve(file), StandardCharsets.UTF_8)) {
            return GOLDEN_CSV.parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
