package io.xxgk.bench;

import io.xxgk.core.model.Fact;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * Facts to one Parquet file with parquet-avro through {@link LocalOutputFile} (no Hadoop file system), SNAPPY, and a
 * row group small enough to keep the heap bounded (spring-batch-6.md §4, perf-floors.md). {@code value} is a
 * decimal(20,4): the widest scale the reports print is 3 (万元 amounts), money has 2.
 */
final class ParquetFactSink implements FactSink {

    private boolean closed; // the benchmark closes inside its timing, then try-with-resources again

    static final int VALUE_SCALE = 4;
    private static final int ROW_GROUP_BYTES = 32 * 1024 * 1024;
    static final Schema SCHEMA = schema();

    private final ParquetWriter<GenericRecord> writer;
    private final Conversions.DecimalConversion decimals = new Conversions.DecimalConversion();
    private final Schema valueSchema = SCHEMA.getField("value").schema().getTypes().get(1);

    ParquetFactSink(Path file) throws IOException {
        writer = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
                .withSchema(SCHEMA)
                .withConf(new PlainParquetConfiguration())
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .build();
    }

    @Override
    public String name() {
        return "parquet";
    }

    @Override
    public void write(List<Fact> facts) throws IOException {
        GenericData.Record r = new GenericData.Record(SCHEMA);
        for (Fact f : facts) {
            List<Object> v = f.values();
            for (int i = 0; i < v.size(); i++) {
                Object x = v.get(i);
                r.put(i, x instanceof BigDecimal d ? decimal(d) : x);
            }
            writer.write(r);
        }
    }

    private ByteBuffer decimal(BigDecimal d) {
        return decimals.toBytes(d.setScale(VALUE_SCALE, RoundingMode.HALF_UP), valueSchema, valueSchema.getLogicalType());
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            writer.close();
        }
    }

    private static Schema schema() {
        Schema decimal = LogicalTypes.decimal(20, VALUE_SCALE).addToSchema(Schema.create(Schema.Type.BYTES));
        SchemaBuilder.FieldAssembler<Schema> fields = SchemaBuilder.record("fact").namespace("io.xxgk").fields();
        for (String column : Fact.COLUMNS) {
            fields = switch (column) {
                case "year", "source_line" -> fields.requiredInt(column);
                case "value" -> fields.name(column).type().unionOf().nullType().and().type(decimal).endUnion().nullDefault();
                default -> fields.optionalString(column);
            };
        }
        return fields.endRecord();
    }
}
