package io.xxgk.core.source;

import io.xxgk.core.model.ExtractionFailure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.nio.charset.Charset;

/**
 * Reads a report published as a web page. The charset comes from a BOM, then valid UTF-8, then the page's own
 * {@code <meta>} declaration, then GB18030 (⊇ GBK), so GBK pages decode with or without a declaration. Tables keep their real structure: rowspan/colspan are expanded into full grid rows (see
 * {@link HtmlTableGrid}); running text becomes one paragraph per rendered line. Sources are the HTML line of the
 * element and its path ({@code table[2]/tr[5]/td[3]}, {@code p[12]}).
 */
public final class HtmlDocumentReader implements DocumentReader {

    /** Expanded table positions per page; real reports have under a thousand. */
    static final int MAX_CELLS = 200_000;

    @Override
    public ReportDocument read(byte[] bytes) throws ExtractionFailure {
        DecodedText decoded = TextDecoder.decode(bytes, charsetHint(bytes));
        Document page = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setTrackPosition(true));
        return new ReportDocument("HTML", decoded.charset(),
                new HtmlBlockWalker(new HtmlTableGrid(MAX_CELLS)).walk(page.body()));
    }

    /**
     * The page's declaration, unless the bytes are valid UTF-8: GB18030 decodes almost any byte pairs, so a UTF-8
     * page still declaring gb2312 (sites migrated without fixing the template) would turn into mojibake, while
     * Chinese text in GBK is practically never valid UTF-8. The declaration still decides for GBK, Big5 and others.
     */
    private static Charset charsetHint(byte[] bytes) {
        Charset declared = HtmlCharset.declared(bytes);
        return declared == null || TextDecoder.isStrictUtf8(bytes) ? null : declared;
    }
}
