package io.xxgk.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * How a report's text is stored: Chinese government sites publish UTF-8, UTF-8 with a BOM and GB18030/GBK, with
 * LF or CRLF line ends. The reader must give the same cells for each, so the corpus carries all of them.
 */
record FileEncoding(Charset charset, boolean bom, boolean crlf) {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static FileEncoding of(SplittableRandom r) {
        int pick = r.nextInt(100);
        Charset charset = pick < 85 ? StandardCharsets.UTF_8 : GB18030;
        return new FileEncoding(charset, pick >= 80 && pick < 85, Draw.chance(r, 0.2));
    }

    byte[] encode(String text) {
        byte[] body = (crlf ? text.replace("\n", "\r\n") : text).getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, out, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, out, UTF8_BOM.length, body.length);
        return out;
    }

    /** {@code UTF-8}, {@code UTF-8+BOM}, {@code GB18030}, with {@code /CRLF} where lines end so. */
    String label() {
        return charset.name() + (bom ? "+BOM" : "") + (crlf ? "/CRLF" : "");
    }
}
