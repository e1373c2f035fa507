package io.xxgk.publish;

import java.util.List;

/** One unit of the publish step (one chunk): a file pair to rewrite, or the final clean-up. */
public sealed interface PublishTarget {

    /** {@code csv/facts/year=YYYY/facts.csv} and {@code parquet/facts/year=YYYY/facts.parquet}. */
    record FactsOfYear(int year) implements PublishTarget {
    }

    /** {@code csv/reports.csv} and {@code parquet/reports/reports.parquet}. */
    record Reports() implements PublishTarget {
    }

    /** {@code csv/findings.csv} and {@code parquet/findings/findings.parquet}. */
    record Findings() implements PublishTarget {
    }

    /**
     * Removes the partitions of years that no longer have facts and any temporary file a crash left behind, then
     * records that the outputs now reflect every warehouse change up to {@code changedThrough}.
     */
    record Finish(List<Integer> years, long changedThrough) implements PublishTarget {
    }
}
