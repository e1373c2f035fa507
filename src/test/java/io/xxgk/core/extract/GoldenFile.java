package io.xxgk.core.extract;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The golden files of {@code src/test/resources/golden/}: one per seed with every template cell as read from the
 * report by a person (see the README there), and {@code metadata.csv}. Lines starting with '#' are notes.
 */
final class GoldenFile {

    static final Path DIR = Path.of("src/test/resources/golden");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();

    /** One golden cell; {@code value} is the plain decimal text, empty unless REPORTED. */
    record Cell(String category, String tableCode, String template, String valueRaw, String value, String unit,
                String status, int sourceLine) {

        boolean hasValue() {
            return !value.isEmpty();
        }
    }

    record Metadata(String agency, String agencyRaw, int year, String template, String templateExpected,
                    String disclosureTotalCount, String publicationDate) {
    }

    private GoldenFile() {
    }

    static List<Cell> cells(String seed) {
        return records(DIR.resolve(seed + ".csv")).stream().map(r -> new Cell(r.get("category"),
                r.get("table_code"), r.get("template"), r.get("value_raw"), r.get("value"), r.get("unit"),
                r.get("status"), Integer.parseInt(r.get("source_line")))).toList();
    }

    /** The '#' note lines of a seed's golden, without the marker. */
    static List<String> notes(String seed) {
        try {
            return Files.readAllLines(DIR.resolve(seed + ".csv"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("#")).map(l -> l.substring(1).strip()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Metadata metadata(String seed) {
        Map<String, CSVRecord> bySeed = records(DIR.resolve("metadata.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("seed"), Function.identity()));
        CSVRecord r = bySeed.get(seed);
        return new Metadata(r.get("agency"), r.get("agency_raw"), Integer.parseInt(r.get("year")),
                r.get("template"), r.get("template_expected"), r.get("disclosure_total_count"),
                r.get("publication_date"));
    }

    private static List<CSVRecord> records(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return FORMAT.parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
