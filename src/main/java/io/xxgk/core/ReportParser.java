package io.xxgk.core;

import io.xxgk.core.extract.ReportExtractor;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ExtractionFailure.Reason;
import io.xxgk.core.source.DocumentReader;
import io.xxgk.core.source.DocxDocumentReader;
import io.xxgk.core.source.FormatSniffer;
import io.xxgk.core.source.FormatSniffer.Format;
import io.xxgk.core.source.HtmlDocumentReader;
import io.xxgk.core.source.ReportDocument;
import io.xxgk.core.source.TextDocumentReader;

import java.util.EnumMap;
import java.util.Map;

/**
 * Bytes of a report file in, extracted report out: detects the format from the content, reads the document with
 * that format's reader and extracts the tables. The one entry point the batch job and the CLI call. Pure, no Spring.
 */
public final class ReportParser {

    /** A parsed report with the format and charset it was read in. */
    public record Parsed(String format, String charset, ExtractedReport report) {
    }

    private final Map<Format, DocumentReader> readers = new EnumMap<>(Format.class);
    private final ReportExtractor extractor = new ReportExtractor();

    public ReportParser() {
        readers.put(Format.TXT, new TextDocumentReader());
        readers.put(Format.HTML, new HtmlDocumentReader());
        readers.put(Format.DOCX, new DocxDocumentReader());
    }

    public Parsed parse(byte[] bytes, String fileName) throws ExtractionFailure {
        if (bytes.length == 0) {
            throw new ExtractionFailure(Reason.EMPTY, "the file is empty (0 bytes)");
        }
        Format format = FormatSniffer.detect(bytes, fileName);
        DocumentReader reader = readers.get(format);
        if (reader == null) {
            throw new ExtractionFailure(Reason.UNSUPPORTED_FORMAT, unsupported(format));
        }
        ReportDocument document = reader.read(bytes);
        return new Parsed(document.format(), document.charset(), extractor.extract(document));
    }

    /** What an operator can do with a file whose format has no reader. */
    private String unsupported(Format format) {
        return switch (format) {
            case DOC -> "the file is an OLE2 compound document by its content: a Word 97-2003 .doc (or a "
                    + "password-protected .docx); open it in Word or LibreOffice, save it as .docx (without a "
                    + "password) or as a web page (.html), and requeue it";
            case PDF -> "the file is a PDF by its content, which this version does not read; fetch the report's "
                    + "web page (.html) or Word (.docx) version from the publishing site, or save the PDF's text "
                    + "as .txt, and requeue it";
            default -> "the file is " + format + " by its content; this version reads " + readers.keySet()
                    + " (convert it to one of those and requeue it)";
        };
    }
}
