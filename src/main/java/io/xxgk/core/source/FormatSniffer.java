package io.xxgk.core.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells a report's format from its content first (ZIP magic for DOCX, %PDF, an HTML tag near the start), and from
 * the file name only when the content does not say.
 */
public final class FormatSniffer {

    public enum Format { TXT, HTML, DOCX, PDF, DOC }

    /** How many bytes from the start are searched for an HTML tag. */
    private static final int HEAD = 2048;

    private FormatSniffer() {
    }

    private static boolean hasTagStart(byte[] bytes, int head) {
        for (int i = 0, n = Math.min(bytes.length, head); i < n; i++) {
            if (bytes[i] == '<') {
                return true;
            }
        }
        return false;
    }

    public static Format detect(byte[] bytes, String fileName) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return Format.DOCX;
        }
        if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return Format.PDF;
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
            return Format.DOC;
        }
        if (!hasTagStart(bytes, HEAD)) {
            return byName(fileName); // every tag searched for below starts with '<'
        }
        // NULs dropped so a UTF-16 page (BOM, two bytes per ASCII tag character) is recognised too
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1)
                .replace("\0", "").toLowerCase(Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<table")
                || head.contains("<body") || head.contains("<meta")) {
            return Format.HTML;
        }
        return byName(fileName);
    }

    private static Format byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        return Format.TXT;
    }
}
