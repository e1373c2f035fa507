package io.xxgk.bench;

import io.xxgk.core.model.CellDef;
import io.xxgk.core.model.CodeBook;
import io.xxgk.core.model.Fact;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;
import io.xxgk.generate.GroundTruthCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The fact rows of a generated corpus, built from its ground truth and manifest without reading any report: the
 * same rows, in the same order, that a correct load writes (source_line is the cell's position, as no report was
 * read to know the line). Streams report by report, so the floor needs no more memory than one chunk.
 */
final class FactSource implements AutoCloseable {

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final CSVParser manifest;
    private final CSVParser truth;
    private final Iterator<CSVRecord> reports;
    private final Iterator<CSVRecord> cells;
    private CSVRecord pendingCell;

    FactSource(Path corpus) throws IOException {
        Reader m = Files.newBufferedReader(corpus.resolve(GroundTruthCsv.MANIFEST_FILE), StandardCharsets.UTF_8);
        Reader t = Files.newBufferedReader(corpus.resolve(GroundTruthCsv.TRUTH_FILE), StandardCharsets.UTF_8);
        manifest = READ.parse(m);
        truth = READ.parse(t);
        reports = manifest.iterator();
        cells = truth.iterator();
    }

    /** The facts of the next {@code n} reports (fewer at the end; empty when all were read). */
    List<Fact> next(int n) {
        List<Fact> facts = new ArrayList<>(n * 200);
        for (int i = 0; i < n && reports.hasNext(); i++) {
            CSVRecord report = reports.next();
            String file = report.get("file");
            int year = Integer.parseInt(report.get("year"));
            int position = 0;
            while (pendingCell != null || cells.hasNext()) {
                CSVRecord c = pendingCell != null ? pendingCell : cells.next();
                pendingCell = null;
                if (!c.get("file").equals(file)) {
                    pendingCell = c;
                    break;
                }
                facts.add(fact(report, year, c, ++position));
            }
        }
        return facts;
    }

    private static Fact fact(CSVRecord report, int year, CSVRecord c, int position) {
        String template = c.get("template");
        CellDef d = CodeBook.standard().find(TemplateVersion.valueOf(template), TableCode.valueOf(c.get("table_code")),
                c.get("category"));
        String value = c.get("value");
        return new Fact(report.get("report_id"), report.get("agency"), year, template, d.table().name(),
                d.category(), d.block(), d.rowCode(), d.colCode(), d.rowLabel(), d.colLabel(),
                value.isEmpty() ? null : new BigDecimal(value), c.get("value_raw"), c.get("unit"), c.get("status"),
                c.get("file"), position);
    }

    @Override
    public void close() throws IOException {
        manifest.close();
        truth.close();
    }
}
