package io.xxgk.core.source;

import java.util.List;

/**
 * The common shape every reader yields: the document's blocks in reading order. Extraction works on this alone,
 * so a new input format is one more {@link DocumentReader}.
 *
 * @param format the format the reader handled (TXT, HTML, DOCX)
 * @param charset the charset the bytes were decoded with, for the record
 */
public record ReportDocument(String format, String charset, List<DocBlock> blocks) {
}
