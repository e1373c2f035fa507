package io.xxgk.core.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an HTML page declares in its head ({@code <meta charset=gbk>} or the http-equiv Content-Type form),
 * found by a byte-level prescan as browsers do, before anything is decoded. Only a hint: {@link TextDecoder} still
 * checks that the bytes really decode, and falls back to UTF-8 / GB18030 when they do not.
 */
final class HtmlCharset {

    /** Browsers look at the first 1024 bytes; pages with long heads get a little more room here. */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** WHATWG Encoding maps all of these to the GBK decoder; GB18030 decodes a superset of them. */
    private static final Set<String> GBK_LABELS = Set.of(
            "gb2312", "gbk", "x-gbk", "gb_2312-80", "gb_2312", "chinese", "csgb2312", "csiso58gb231280", "iso-ir-58",
            "cp936", "ms936", "windows-936", "gb18030");
    /**
     * Single-byte Western charsets decode any bytes without error, so trusting them would turn a GBK page that
     * declares them by mistake (editor defaults) into mojibake. A Chinese report cannot be written in them anyway.
     */
    private static final Set<String> IGNORED = Set.of(
            "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-user-defined");

    private HtmlCharset() {
    }

    /** The declared charset, or null when the page declares none (or one that cannot be right for a report). */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        if (GBK_LABELS.contains(label)) {
            return GB18030;
        }
        if (IGNORED.contains(label) || label.startsWith("utf-16")) {
            return null; // UTF-16 is told by its BOM; a meta tag read as bytes cannot be UTF-16
        }
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
