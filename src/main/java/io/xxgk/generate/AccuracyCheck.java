package io.xxgk.generate;

import io.xxgk.core.ReportParser;
import io.xxgk.core.model.ExtractionFailure;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Extraction accuracy against the generator's own ground truth: every file of a corpus is parsed with
 * {@link ReportParser} and every cell compared with {@code ground-truth.csv} (text, status, number, unit, template).
 * Streams the corpus in chunks, so memory stays bounded at any size; the chunks are spread over threads.
 */
public final class AccuracyCheck {

    private static final int CHUNK = 512;
    private static final int KEEP_MISMATCHES = 50;

    private AccuracyCheck() {
    }

    public static AccuracyResult run(Path corpus, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<ReportParser> parsers = ThreadLocal.withInitial(ReportParser::new);
        long correct = 0;
        long total = 0;
        int reports = 0;
        List<String> failed = new ArrayList<>();
        List<CellMismatch> mismatches = new ArrayList<>();
        try (Reader manifestIn = Files.newBufferedReader(corpus.resolve(GroundTruthCsv.MANIFEST_FILE), UTF_8);
             Reader truthIn = Files.newBufferedReader(corpus.resolve(GroundTruthCsv.TRUTH_FILE), UTF_8);
             CSVParser manifest = GroundTruthCsv.READ.parse(manifestIn);
             CSVParser truth = GroundTruthCsv.READ.parse(truthIn)) {
            Iterator<CSVRecord> reportRows = manifest.iterator();
            TruthReader cells = new TruthReader(truth.iterator());
            Path dir = corpus.resolve(GroundTruthCsv.REPORTS_DIR);
            while (reportRows.hasNext()) {
                List<Future<ReportComparison.Outcome>> chunk = new ArrayList<>(CHUNK);
                for (int i = 0; i < CHUNK && reportRows.hasNext(); i++) {
                    CSVRecord report = reportRows.next();
                    String file = report.get("file");
                    String layout = report.get("layout");
                    List<ExpectedCell> expected = cells.next(file);
                    chunk.add(pool.submit(() -> check(dir.resolve(file), expected, layout, parsers.get())));
                }
                for (Future<ReportComparison.Outcome> f : chunk) {
                    ReportComparison.Outcome o = f.get();
                    reports++;
                    correct += o.correct();
                    total += o.total();
                    if (o.failure() != null && failed.size() < KEEP_MISMATCHES) {
                        failed.add(o.failure());
                    }
                    for (CellMismatch m : o.mismatches()) {
                        if (mismatches.size() < KEEP_MISMATCHES) {
                            mismatches.add(m);
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("accuracy check interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("accuracy check failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new AccuracyResult(correct, total, reports, List.copyOf(failed), List.copyOf(mismatches));
    }

    private static ReportComparison.Outcome check(Path file, List<ExpectedCell> expected, String layout,
                                                  ReportParser parser) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            ReportParser.Parsed parsed = parser.parse(bytes, file.getFileName().toString());
            return ReportComparison.compare(expected, parsed.report(), layout, KEEP_MISMATCHES);
        } catch (ExtractionFailure e) {
            return ReportComparison.failed(expected, file.getFileName() + " (layout " + layout + ") refused: " + e);
        }
    }

    /** Reads the ground truth file by file; it is written in the manifest's order. */
    private static final class TruthReader {
        private final Iterator<CSVRecord> rows;
        private ExpectedCell pending;

        TruthReader(Iterator<CSVRecord> rows) {
            this.rows = rows;
        }

        List<ExpectedCell> next(String file) throws IOException {
            List<ExpectedCell> cells = new ArrayList<>(200);
            if (pending != null) {
                if (!pending.file().equals(file)) {
                    throw new IOException("ground truth out of order: expected " + file + ", found " + pending.file());
                }
                cells.add(pending);
                pending = null;
            }
            while (rows.hasNext()) {
                ExpectedCell e = ExpectedCell.of(rows.next());
                if (!e.file().equals(file)) {
                    pending = e;
                    break;
                }
                cells.add(e);
            }
            return cells;
        }
    }
}
