package io.xxgk.core.source;

import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ExtractionFailure.Reason;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inspects a DOCX archive before POI opens it, streaming every entry through a counter and keeping nothing: refuses
 * archives that expand beyond the limits (zip bombs, by total size, entry size, entry count and compression
 * ratio), XML parts that declare a DTD or entities (XXE; Word never writes one), and ZIP files that are not Word
 * documents. POI's own {@code ZipSecureFile} limits stay on as a second line; this pass gives the operator a
 * precise reason and bounds the total, which POI does not.
 */
final class DocxArchiveGuard {

    /**
     * @param maxTotalBytes   all entries expanded together
     * @param maxEntryBytes   one entry expanded
     * @param maxEntries      entries in the archive
     * @param minInflateRatio compressed/expanded below this is a bomb (0.01 = expands more than 100×), checked
     *                        once an entry is past {@code graceBytes} (tiny entries compress oddly)
     */
    record Limits(long maxTotalBytes, long maxEntryBytes, int maxEntries, double minInflateRatio, long graceBytes) {
        static final Limits DEFAULT = new Limits(256L << 20, 64L << 20, 1000, 0.01, 100L << 10);
    }

    /** A DTD can only stand in an XML part's prolog; this much of each part is searched for one. */
    private static final int PROLOG_BYTES = 16 << 10;

    private final Limits limits;

    DocxArchiveGuard(Limits limits) {
        this.limits = limits;
    }

    void check(byte[] bytes) throws ExtractionFailure {
        CountingStream raw = new CountingStream(new ByteArrayInputStream(bytes));
        boolean wordPart = false;
        boolean contentTypes = false;
        String otherKind = null;
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[64 << 10];
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw tooLarge("it holds more than " + limits.maxEntries() + " entries");
                }
                String name = entry.getName();
                wordPart |= name.startsWith("word/") && name.endsWith(".xml");
                contentTypes |= name.equals("[Content_Types].xml");
                otherKind = otherKind != null ? otherKind : otherKind(name);
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                byte[] prolog = xml ? new byte[PROLOG_BYTES] : null;
                long start = raw.count;
                long size = 0;
                int n;
                while ((n = zip.read(buf)) > 0) {
                    if (prolog != null && size < PROLOG_BYTES) {
                        System.arraycopy(buf, 0, prolog, (int) size, (int) Math.min(n, PROLOG_BYTES - size));
                    }
                    size += n;
                    total += n;
                    if (size > limits.maxEntryBytes()) {
                        throw tooLarge("its part " + name + " expands to more than " + mib(limits.maxEntryBytes()));
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw tooLarge("its parts expand to more than " + mib(limits.maxTotalBytes()) + " together");
                    }
                    long compressed = Math.max(1, raw.count - start);
                    if (size > limits.graceBytes() && (double) compressed / size < limits.minInflateRatio()) {
                        throw tooLarge("its part " + name + " expands more than "
                                + Math.round(1 / limits.minInflateRatio()) + " times (a zip bomb)");
                    }
                }
                if (prolog != null && declaresDtd(prolog, (int) Math.min(size, PROLOG_BYTES))) {
                    throw new ExtractionFailure(Reason.UNSAFE_CONTENT, "the Word document's part " + name
                            + " declares a DTD or entities (<!DOCTYPE/<!ENTITY), which Word never writes; refused "
                            + "unread so no external entity is fetched (XXE). Re-save the file in Word and requeue it");
                }
            }
        } catch (IOException e) {
            throw new ExtractionFailure(Reason.UNDECODABLE, "the file starts like a Word .docx (ZIP) archive but "
                    + "cannot be unpacked (" + e.getMessage() + "); it is damaged or truncated: re-save it in Word "
                    + "and requeue it");
        }
        if (entries == 0) {
            throw new ExtractionFailure(Reason.UNDECODABLE, "the file starts like a Word .docx (ZIP) archive but "
                    + "holds no entries; it is damaged or truncated: re-save it in Word and requeue it");
        }
        if (!wordPart || !contentTypes) {
            throw new ExtractionFailure(Reason.UNSUPPORTED_FORMAT, "the file is a ZIP archive but not a Word .docx ("
                    + (otherKind != null ? otherKind : "no word/ document part")
                    + "); save the report as .docx or HTML and requeue it");
        }
    }

    private static String otherKind(String name) {
        if (name.startsWith("xl/")) {
            return "it is an Excel workbook";
        }
        if (name.startsWith("ppt/")) {
            return "it is a PowerPoint presentation";
        }
        if (name.equals("mimetype") || name.equals("content.xml")) {
            return "it is an OpenDocument file";
        }
        return null;
    }

    /** Searches the prolog bytes; NULs are dropped so UTF-16 parts are searched too. */
    private static boolean declaresDtd(byte[] prolog, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            if (prolog[i] != 0) {
                s.append((char) (prolog[i] & 0xFF));
            }
        }
        String text = s.toString();
        return text.contains("<!DOCTYPE") || text.contains("<!ENTITY");
    }

    private ExtractionFailure tooLarge(String what) {
        return new ExtractionFailure(Reason.TOO_LARGE, "the Word .docx archive was refused unread because " + what
                + "; a report is far smaller. If the file is genuine, remove embedded media or save it as HTML");
    }

    private static String mib(long bytes) {
        return bytes >= 1L << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }

    /** Counts the compressed bytes the unzipper has pulled, for the inflate ratio. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
