package io.xxgk.generate;

import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;

/** One row of {@code ground-truth.csv}: what the extractor must read in one cell of one file. */
record ExpectedCell(String file, String template, String table, String category, String valueRaw, BigDecimal value,
                    String status, String unit) {

    static ExpectedCell of(CSVRecord r) {
        String value = r.get("value");
        return new ExpectedCell(r.get("file"), r.get("template"), r.get("table_code"), r.get("category"),
                r.get("value_raw"), value.isEmpty() ? null : new BigDecimal(value), r.get("status"), r.get("unit"));
    }

    String cellKey() {
        return table + "." + category;
    }
}
