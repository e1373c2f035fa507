package io.xxgk.core.source;

import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ExtractionFailure.Reason;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes report text the way Chinese government sites publish it: a BOM decides (UTF-8, UTF-16LE/BE); otherwise
 * strict UTF-8, and if that fails strict GB18030 (a superset of GBK and GB2312). Bytes neither can decode, or
 * decoded text full of control characters, are refused rather than guessed. Line ends are left as they are.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** The longest byte sequence of one character in the supported charsets (GB18030's four-byte form). */
    private static final int MAX_BYTES_PER_CHARACTER = 4;

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) throws ExtractionFailure {
        return decode(bytes, null);
    }

    /**
     * @param declared a charset the document declares (HTML meta), tried after BOMs and before the fallbacks
     */
    public static DecodedText decode(byte[] bytes, Charset declared) throws ExtractionFailure {
        if (bytes.length == 0) {
            throw new ExtractionFailure(Reason.EMPTY, "the file is empty (0 bytes)");
        }
        DecodedText text = decodeByBom(bytes);
        if (text == null && declared != null) {
            text = tryStrict(bytes, 0, declared);
        }
        if (text == null) {
            text = tryStrict(bytes, 0, StandardCharsets.UTF_8);
        }
        if (text == null) {
            text = tryStrict(bytes, 0, GB18030);
        }
        if (text == null && looksBinary(bytes)) {
            // An image, archive or scan has no encoding to fix: "save it as UTF-8" would be the wrong advice.
            throw new ExtractionFailure(Reason.BINARY, "the file holds binary data (an image, an archive, or UTF-16 "
                    + "text without a byte-order mark), not report text; put the report itself in the inbox as .txt "
                    + "(UTF-8), .html or .docx");
        }
        if (text == null) {
            throw new ExtractionFailure(Reason.UNDECODABLE,
                    "the bytes are neither UTF-8, UTF-16 with BOM nor GB18030/GBK text; save the file as UTF-8 and requeue it");
        }
        if (looksBinary(text.text())) {
            throw new ExtractionFailure(Reason.BINARY,
                    "the file holds binary data, not report text (control characters in the content)");
        }
        if (text.text().isBlank()) {
            throw new ExtractionFailure(Reason.EMPTY, "the file holds only whitespace");
        }
        return text;
    }

    /** True when the bytes are valid UTF-8 throughout (pure ASCII included). */
    static boolean isStrictUtf8(byte[] bytes) {
        // Unlike tryStrict, a character cut at the end counts: a page is UTF-8 only if every byte says so.
        if (new String(bytes, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0) {
            return true;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static DecodedText decodeByBom(byte[] b) throws ExtractionFailure {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return required(tryStrict(b, 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return required(tryStrict(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return required(tryStrict(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        return null;
    }

    private static DecodedText required(DecodedText text, String charset) throws ExtractionFailure {
        if (text == null) {
            throw new ExtractionFailure(Reason.UNDECODABLE,
                    "the file starts with a " + charset + " byte-order mark but its bytes are not valid " + charset);
        }
        return text;
    }

    /**
     * Decodes all bytes or returns null. An incomplete character at the very end is dropped, not an error: that is
     * a download or copy cut short (in Chinese text most cut points fall inside a character), and the extraction
     * then says the file looks truncated, where "not UTF-8" would send the operator after the wrong problem.
     */
    private static DecodedText tryStrict(byte[] bytes, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // GB18030 text fails UTF-8 within its first characters: a look at the start spares decoding it in full
            if (Utf8Prefix.malformedNearStart(bytes, offset)) {
                return null;
            }
            // The String constructor decodes UTF-8 several times faster; it replaces every malformed sequence with
            // U+FFFD, so text without U+FFFD was valid. Text with one goes to the strict decoder to tell a malformed
            // sequence from a U+FFFD the file really contains.
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return new DecodedText(text, charset.name());
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, false); // false: a partial character at the end is left over
        if (result.isError() || result.isOverflow() || in.remaining() >= MAX_BYTES_PER_CHARACTER) {
            return null;
        }
        return new DecodedText(out.flip().toString(), charset.name());
    }

    /** The ASCII characters {@link #looksBinary(String)} counts: C0 controls but tab, LF, CR and form feed; DEL. */
    private static final boolean[] CONTROL = new boolean[0x80];

    static {
        for (char c = 0; c < 0x20; c++) {
            CONTROL[c] = c != '\t' && c != '\n' && c != '\r' && c != '\f';
        }
        CONTROL[0x7F] = true;
    }

    /**
     * The same 1% rule on raw bytes, for content no charset decodes: text in any of the supported encodings has
     * (almost) no control bytes, random or compressed bytes have about one in ten.
     */
    static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        int n = Math.min(bytes.length, 1 << 20);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        return controls > 0 && controls * 100 > n;
    }

    /** More than 1% C0 control characters other than tab, CR, LF and form feed means binary. */
    static boolean looksBinary(String text) {
        int controls = 0;
        int n = Math.min(text.length(), 1 << 20);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c <= 0x7F && CONTROL[c]) { // one comparison for the Chinese text reports are made of
                controls++;
            }
        }
        return controls > 0 && controls * 100 > n;
    }
}
