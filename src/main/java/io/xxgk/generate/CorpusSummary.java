package io.xxgk.generate;

import java.util.Map;

/**
 * What {@link CorpusWriter} wrote.
 *
 * @param byLayout   reports per layout
 * @param byTemplate reports per template of T1/T2 ({@code V2019}, {@code V2021}, {@code V2021/V2019} for mixed)
 * @param faulty     reports with an injected consistency fault
 */
public record CorpusSummary(int reports, long bytes, long cells, Map<Layout, Integer> byLayout,
                            Map<String, Integer> byTemplate, int faulty, long nanos) {

    /** One line for the console. */
    public String line(String where) {
        double seconds = nanos / 1e9;
        return String.format("generated %,d reports (%.1f MB, %,d cells, %d with injected faults) in %s in %.1f s "
                        + "(%,.0f reports/s); layouts %s; templates %s",
                reports, bytes / 1e6, cells, faulty, where, seconds, reports / Math.max(seconds, 1e-9),
                byLayout, byTemplate);
    }
}
