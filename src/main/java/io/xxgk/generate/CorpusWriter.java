package io.xxgk.generate;

import io.xxgk.core.model.TableCode;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Writes a corpus: {@code DIR/reports/*.txt}, {@code DIR/ground-truth.csv} and {@code DIR/reports.csv}. Streams:
 * each report is generated, written and forgotten, so memory does not grow with the number of reports.
 */
public final class CorpusWriter {

    private final ReportGenerator generator;

    public CorpusWriter(ReportGenerator generator) {
        this.generator = generator;
    }

    public CorpusSummary write(Path dir, int reports) throws IOException {
        long start = System.nanoTime();
        Path reportDir = Files.createDirectories(dir.resolve(GroundTruthCsv.REPORTS_DIR));
        Map<Layout, Integer> byLayout = new EnumMap<>(Layout.class);
        Map<String, Integer> byTemplate = new TreeMap<>();
        long bytes = 0;
        long cells = 0;
        int faulty = 0;
        try (BufferedWriter truthOut = Files.newBufferedWriter(dir.resolve(GroundTruthCsv.TRUTH_FILE), UTF_8);
             BufferedWriter manifestOut = Files.newBufferedWriter(dir.resolve(GroundTruthCsv.MANIFEST_FILE), UTF_8);
             CSVPrinter truth = new CSVPrinter(truthOut, GroundTruthCsv.WRITE_TRUTH);
             CSVPrinter manifest = new CSVPrinter(manifestOut, GroundTruthCsv.WRITE_MANIFEST)) {
            for (int i = 0; i < reports; i++) {
                GeneratedReport report = generator.generate(i);
                ReportContent c = report.content();
                Files.write(reportDir.resolve(report.fileName()), report.bytes());
                for (TruthCell cell : c.truth().cells()) {
                    truth.printRecord(report.fileName(), cell.template(), cell.def().table(), cell.category(),
                            cell.valueRaw(), cell.value() == null ? "" : cell.value().toPlainString(), cell.status(),
                            cell.unit(), cell.injected() ? "yes" : "");
                }
                String templates = templates(c.truth());
                manifest.printRecord(report.fileName(), report.reportId(), report.bytes().length, c.layout().seed(),
                        c.encoding().label(), c.agency().fullName(), c.year(), c.truth().template(TableCode.T1),
                        c.truth().template(TableCode.T2), String.join("; ", c.faults()));
                byLayout.merge(c.layout(), 1, Integer::sum);
                byTemplate.merge(templates, 1, Integer::sum);
                bytes += report.bytes().length;
                cells += c.truth().cells().size();
                faulty += c.faults().isEmpty() ? 0 : 1;
            }
        }
        return new CorpusSummary(reports, bytes, cells, byLayout, byTemplate, faulty, System.nanoTime() - start);
    }

    /** {@code V2019}, {@code V2021}, or {@code V2021/V2019} for a report that mixes them (T1/T2). */
    static String templates(ReportTruth truth) {
        var t1 = truth.template(TableCode.T1);
        var t2 = truth.template(TableCode.T2);
        return t1 == t2 ? t1.name() : t1 + "/" + t2;
    }
}
