package io.xxgk.publish;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A CSV output file: RFC 4180 (CRLF, minimal quoting), a header row. An absent value is an empty field; decimals
 * are printed plainly without trailing zeros ({@code 36756}, {@code 8808257.32}); times are ISO-8601 UTC
 * ({@code 2026-11-25T02:30:00Z}). Quoting alone keeps any text intact (quotes, commas, line breaks); what a
 * spreadsheet makes of the text is the {@link Dialect}'s business.
 */
final class CsvSink implements TableSink {

    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /** How the text is written for its readers. */
    enum Dialect {
        /** {@code csv/}: UTF-8 without BOM, every value exactly as in H2, for programs (the output contract). */
        STANDARD,
        /**
         * {@code csv-excel/}: UTF-8 with a BOM, which Excel needs to read UTF-8 at all, and text cells that a
         * spreadsheet would run as a formula prefixed with {@code '} ({@link SpreadsheetSafeText}); numbers,
         * times and the header as in STANDARD.
         */
        SPREADSHEET_SAFE
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Path target;
    private final Path temporary;
    private final Dialect dialect;
    private final CSVPrinter printer;
    private boolean published;

    CsvSink(Path target, OutputTable table) throws IOException {
        this(target, table, Dialect.STANDARD);
    }

    CsvSink(Path target, OutputTable table, Dialect dialect) throws IOException {
        this.target = target;
        this.temporary = AtomicFiles.temporaryFor(target);
        this.dialect = dialect;
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary),
                StandardCharsets.UTF_8), 1 << 16);
        if (dialect == Dialect.SPREADSHEET_SAFE) {
            out.write(BYTE_ORDER_MARK);
        }
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(table.columnNames());
    }

    @Override
    public void write(Object[] row) throws IOException {
        for (Object value : row) {
            printer.print(dialect == Dialect.SPREADSHEET_SAFE && value instanceof String s
                    ? SpreadsheetSafeText.of(s) : text(value));
        }
        printer.println();
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Instant t) {
            return DateTimeFormatter.ISO_INSTANT.format(t);
        }
        return value.toString();
    }

    @Override
    public void publish() throws IOException {
        printer.close(true);
        AtomicFiles.moveIntoPlace(temporary, target);
        published = true;
    }

    @Override
    public void close() throws IOException {
        if (!published) {
            printer.close();
            Files.deleteIfExists(temporary);
        }
    }
}
