package io.xxgk.core.source;

import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.SourceRef;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a page body in reading order and yields its blocks: each rendered line of running text (a block element,
 * or a part of one between {@code <br>}s) becomes a paragraph, as a line of a text dump does; each data table
 * becomes its expanded rows. Chrome ({@link HtmlChrome}) is skipped with everything inside it.
 */
final class HtmlBlockWalker {

    private final List<DocBlock> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Map<Element, Integer> tableNumbers = new IdentityHashMap<>();
    private final HtmlTableGrid grid;
    private int textLine = -1;
    private int paragraphs;

    HtmlBlockWalker(HtmlTableGrid grid) {
        this.grid = grid;
    }

    List<DocBlock> walk(Element body) throws ExtractionFailure {
        int n = 0;
        for (Element table : body.ownerDocument().getElementsByTag("table")) {
            tableNumbers.put(table, ++n); // numbered over the whole page, so table[n] is findable in the source
        }
        visit(body);
        flush();
        return blocks;
    }

    private void visit(Node node) throws ExtractionFailure {
        if (node instanceof TextNode t) {
            if (textLine < 0 && !t.isBlank()) {
                textLine = t.sourceRange().start().lineNumber();
            }
            text.append(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e) || HtmlChrome.isSkipped(e)) {
            return; // comments, CDATA, chrome
        }
        if (e.normalName().equals("br")) {
            text.append(HtmlText.HARD_BREAK);
            return;
        }
        if (e.normalName().equals("table") && !HtmlTableGrid.isLayout(e)) {
            flush();
            blocks.addAll(grid.expand(e, tableNumbers.getOrDefault(e, 0)));
            return;
        }
        boolean block = HtmlText.isBlock(e);
        if (block) {
            flush();
        }
        for (Node child : e.childNodes()) {
            visit(child);
        }
        if (block) {
            flush();
        }
    }

    /** Ends the current block: one paragraph per rendered line, blank lines dropped. */
    private void flush() {
        if (text.isEmpty()) {
            return;
        }
        int line = Math.max(textLine, 0);
        for (String s : CellText.lines(HtmlText.render(text))) {
            paragraphs++;
            blocks.add(new DocBlock.Paragraph(s, new SourceRef(line, "p[" + paragraphs + "]")));
        }
        text.setLength(0);
        textLine = -1;
    }
}
