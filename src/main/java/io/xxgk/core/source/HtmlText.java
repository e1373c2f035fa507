package io.xxgk.core.source;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text of HTML content as a reader sees it on screen: text split across inline elements ({@code <span>本年新</span>
 * <span>制作数量</span>}) is joined, {@code <br>} and block elements start a new line, source line breaks are
 * spaces except between two Chinese characters (where CSS drops them too, so {@code 年度\n报告} stays one word).
 */
final class HtmlText {

    /** Stands for a rendered line break while text is collected; source whitespace is still raw at that point. */
    static final char HARD_BREAK = '\u2029';

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center",
            "caption", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "ul", "table", "thead", "tbody", "tfoot", "tr", "td",
            "th", "body", "html");
    private static final Pattern SOURCE_WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private HtmlText() {
    }

    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    /** The cleaned text of one table cell, lines joined with {@code \n}; empty for a cell of only {@code &nbsp;}. */
    static String ofCell(Element cell) {
        StringBuilder sb = new StringBuilder();
        collect(cell, sb);
        return CellText.clean(render(sb));
    }

    private static void collect(Node node, StringBuilder sb) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (child instanceof Element e && !HtmlChrome.isSkipped(e)) {
                if (e.normalName().equals("br")) {
                    sb.append(HARD_BREAK);
                    continue;
                }
                boolean block = isBlock(e);
                if (block) {
                    sb.append(HARD_BREAK);
                }
                collect(e, sb);
                if (block) {
                    sb.append(HARD_BREAK);
                }
            }
        }
    }

    /** Collapses source whitespace as a browser does and turns hard breaks into {@code \n}. */
    static String render(CharSequence collected) {
        Matcher m = SOURCE_WHITESPACE.matcher(collected);
        StringBuilder out = new StringBuilder(collected.length());
        int last = 0;
        while (m.find()) {
            out.append(collected, last, m.start());
            String run = m.group();
            boolean lineBreak = run.indexOf('\n') >= 0 || run.indexOf('\r') >= 0;
            boolean betweenCjk = m.start() > 0 && m.end() < collected.length()
                    && isCjk(collected.charAt(m.start() - 1)) && isCjk(collected.charAt(m.end()));
            out.append(lineBreak && betweenCjk ? "" : " ");
            last = m.end();
        }
        out.append(collected, last, collected.length());
        return out.toString().replace(HARD_BREAK, '\n');
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
