package io.xxgk.core.source;

import io.xxgk.core.model.ExtractionFailure;

/** Turns the bytes of one report file into its blocks. Pure: no I/O beyond the bytes given. */
public interface DocumentReader {

    ReportDocument read(byte[] bytes) throws ExtractionFailure;
}
