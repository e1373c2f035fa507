package io.xxgk.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The figures table the benchmark prints: one line per part, blanks where a figure does not apply. */
final class BenchTable {

    private record Row(String part, double seconds, double reportsPerSecond, double factsPerSecond,
                       double megabytesPerSecond, long peakHeapBytes) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String part, long nanos, long reports, long facts, long bytes, long peakHeapBytes) {
        double s = ExtractionFigures.seconds(nanos);
        rows.add(new Row(part, s, reports > 0 ? reports / s : -1, facts > 0 ? facts / s : -1,
                bytes > 0 ? bytes / 1e6 / s : -1, peakHeapBytes));
    }

    void print(PrintWriter out) {
        out.printf("%-44s %9s %11s %12s %8s %9s%n", "part", "time s", "reports/s", "facts/s", "MB/s", "heap MB");
        for (Row r : rows) {
            out.printf("%-44s %9.2f %11s %12s %8s %9s%n", r.part(), r.seconds(), number(r.reportsPerSecond(), "%,.0f"),
                    number(r.factsPerSecond(), "%,.0f"), number(r.megabytesPerSecond(), "%.1f"),
                    r.peakHeapBytes() > 0 ? String.format("%,d", r.peakHeapBytes() >> 20) : "-");
        }
        out.println("heap MB: the most heap in use right after a garbage collection during the part");
    }

    private static String number(double v, String format) {
        return v < 0 ? "-" : String.format(format, v);
    }
}
