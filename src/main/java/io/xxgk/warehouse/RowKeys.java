package io.xxgk.warehouse;

/**
 * Keys of facts and findings: {@code load_key * 10000 + position}, so the rows of one report are one contiguous
 * range of the primary key (delete, re-insert and ordered read-back without a secondary index).
 */
public final class RowKeys {

    /** Room for the rows of one report; a template has about 200 value cells. */
    public static final int PER_REPORT = 10_000;

    private RowKeys() {
    }

    public static long first(long loadKey) {
        return loadKey * PER_REPORT;
    }

    public static long last(long loadKey) {
        return loadKey * PER_REPORT + PER_REPORT - 1;
    }

    public static long of(long loadKey, int position) {
        if (position < 0 || position >= PER_REPORT) {
            throw new IllegalArgumentException("a report cannot have row " + position + " (limit " + PER_REPORT + ")");
        }
        return loadKey * PER_REPORT + position;
    }

    /**
     * SQL that joins a report's load key to the keys of its rows, e.g. {@code sqlJoin("r.load_key", "f.finding_id")}.
     * Both forms are given so that H2 can use a primary key whichever table it reads first: the quotient finds
     * the report of a row, the range finds the rows of a report. With the quotient alone, a plan that reads the
     * reports first scans every row once per report (minutes at 10,000 reports).
     */
    public static String sqlJoin(String loadKey, String rowKey) {
        return loadKey + " = " + rowKey + " / " + PER_REPORT + " AND " + sqlRange(loadKey, rowKey);
    }

    /** SQL that holds for the keys of a report's rows, e.g. {@code sqlRange("r.load_key", "f.finding_id")}. */
    public static String sqlRange(String loadKey, String rowKey) {
        return rowKey + " BETWEEN " + loadKey + " * " + PER_REPORT + " AND " + loadKey + " * " + PER_REPORT + " + "
                + (PER_REPORT - 1);
    }
}
