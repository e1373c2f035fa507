package io.xxgk.publish;

import io.xxgk.warehouse.WarehouseWriter;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A Parquet output file written with parquet-avro through {@link LocalOutputFile} (no Hadoop file system, no
 * Hadoop installation). SNAPPY-compressed; row groups are bounded at {@value #ROW_GROUP_BYTES} bytes, which bounds
 * the heap a writer holds, and at {@value #ROW_GROUP_ROWS} rows, because the long-format facts encode so compactly
 * that a byte bound alone gives one group per year, which readers such as DuckDB scan on one core. Decimals are
 * DECIMAL(38, {@value WarehouseWriter#VALUE_SCALE}), times are UTC timestamps in milliseconds; every column is
 * nullable. The bytes depend only on the rows, so the same rows give the same file.
 */
final class ParquetSink implements TableSink {

    static final int ROW_GROUP_BYTES = 32 * 1024 * 1024;
    static final int ROW_GROUP_ROWS = 1_000_000;

    private static final GenericData MODEL = new GenericData();

    static {
        MODEL.addLogicalTypeConversion(new Conversions.DecimalConversion());
    }

    private final Path target;
    private final Path temporary;
    private final Schema schema;
    private final List<OutputTable.Column> columns;
    private final ParquetWriter<GenericRecord> writer;
    private boolean closed;

    ParquetSink(Path target, OutputTable table) throws IOException {
        this.target = target;
        this.temporary = AtomicFiles.temporaryFor(target);
        this.schema = schema(table);
        this.columns = table.columns();
        this.writer = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(temporary))
                .withSchema(schema)
                .withDataModel(MODEL)
                .withConf(new PlainParquetConfiguration())
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withRowGroupSize((long) ROW_GROUP_BYTES)
                .withRowGroupRowCountLimit(ROW_GROUP_ROWS)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build();
    }

    static Schema schema(OutputTable table) {
        SchemaBuilder.FieldAssembler<Schema> fields = SchemaBuilder.record(table.name()).namespace("io.xxgk")
                .fields();
        for (OutputTable.Column c : table.columns()) {
            Schema type = switch (c.type()) {
                case STRING -> Schema.create(Schema.Type.STRING);
                case INT -> Schema.create(Schema.Type.INT);
                case LONG -> Schema.create(Schema.Type.LONG);
                case DECIMAL -> LogicalTypes.decimal(38, WarehouseWriter.VALUE_SCALE)
                        .addToSchema(Schema.create(Schema.Type.BYTES));
                case TIMESTAMP -> LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
            };
            fields = fields.name(c.name()).type(Schema.createUnion(Schema.create(Schema.Type.NULL), type))
                    .withDefault(null);
        }
        return fields.endRecord();
    }

    @Override
    public void write(Object[] row) throws IOException {
        GenericRecord record = new GenericData.Record(schema);
        for (int i = 0; i < row.length; i++) {
            record.put(i, avro(columns.get(i).type(), row[i]));
        }
        writer.write(record);
    }

    private static Object avro(OutputTable.Type type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case DECIMAL -> ((BigDecimal) value).setScale(WarehouseWriter.VALUE_SCALE, RoundingMode.HALF_UP);
            case TIMESTAMP -> ((Instant) value).toEpochMilli();
            default -> value;
        };
    }

    @Override
    public void publish() throws IOException {
        closed = true;
        writer.close();
        AtomicFiles.moveIntoPlace(temporary, target);
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
