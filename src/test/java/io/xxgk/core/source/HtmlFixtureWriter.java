package io.xxgk.core.source;

import io.xxgk.core.source.SpanTable.Kind;

import java.util.List;

/**
 * Writes a laid-out report ({@link SeedLayout}) as a web page, with {@code rowspan}/{@code colspan} for merged
 * cells. The style adds what real pages carry: site chrome around the report, labels split across
 * {@code <span>}s and source line breaks, Word's export markup, {@code &nbsp;} in blank cells.
 */
final class HtmlFixtureWriter {

    /**
     * @param siteChrome  navigation, breadcrumb, scripts, styles, hidden text and footer around the report; their
     *                    texts include year and 年度报告 decoys that would spoil the title if read
     * @param wordMarkup  cells and paragraphs as Word's "save as web page" writes them ({@code <p class=MsoNormal>
     *                    <span>}), labels split across spans, source line breaks inside Chinese text
     */
    record Style(boolean siteChrome, boolean wordMarkup) {
        static final Style PLAIN = new Style(false, false);
        static final Style PUBLISHED = new Style(true, true);
    }

    private static final int MAX_TITLE_LINES = 8;

    private HtmlFixtureWriter() {
    }

    static String write(List<SeedLayout.Item> items, Style style) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
        html.append("<title>政府信息公开工作年度报告</title>\n");
        if (style.siteChrome()) {
            html.append("<style>td{border:1px solid #000} .x{content:\"2099年度报告\"}</style>\n")
                    .append("<script>var t='示例市2099年政府信息公开工作年度报告';</script>\n");
        }
        html.append("</head>\n<body>\n");
        if (style.siteChrome()) {
            html.append("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li>政务公开</li>")
                    .append("<li>2099年政府信息公开工作年度报告专栏</li></ul></div>\n")
                    .append("<nav><a href=\"/xxgk\">信息公开目录</a> | <a href=\"/nb\">年度报告</a></nav>\n")
                    .append("<div class=\"position\">当前位置：首页 &gt; 政府信息公开 &gt; 2099年政府信息公开年度报告</div>\n")
                    .append("<div style=\"display:none\">示例县2098年政府信息公开工作年度报告</div>\n")
                    .append("<script>document.write('示例市2099年政府信息公开工作年度报告');</script>\n")
                    .append("<div class=\"article\">\n");
        }
        int i = 0;
        int titleEnd = titleEnd(items);
        if (titleEnd > 0) {
            html.append("<h1>");
            for (; i < titleEnd; i++) {
                html.append(i > 0 ? "<br>" : "").append(escape(((SeedLayout.Text) items.get(i)).text()));
            }
            html.append("</h1>\n");
        }
        for (; i < items.size(); i++) {
            if (items.get(i) instanceof SeedLayout.Text t) {
                html.append(style.wordMarkup() ? "<p class=MsoNormal><span lang=ZH-CN>" + wrapSource(escape(t.text()))
                        + "</span></p>\n" : "<p>" + escape(t.text()) + "</p>\n");
            } else {
                table(html, ((SeedLayout.Table) items.get(i)).table(), style);
            }
        }
        if (style.siteChrome()) {
            html.append("</div>\n<footer>版权所有：示例市人民政府 2099年 网站标识码 0000000000</footer>\n")
                    .append("<div class=\"share\">分享到：微信 微博</div>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** The leading paragraphs that form the title: up to and including the first one with 报告. */
    private static int titleEnd(List<SeedLayout.Item> items) {
        for (int i = 0; i < Math.min(items.size(), MAX_TITLE_LINES); i++) {
            if (!(items.get(i) instanceof SeedLayout.Text t)) {
                return 0;
            }
            if (t.text().contains("报告")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static void table(StringBuilder html, SpanTable t, Style style) {
        html.append("<table border=\"1\" cellspacing=\"0\">\n<tbody>\n");
        for (int r = 0; r < t.rows(); r++) {
            html.append("<tr>");
            for (int c = 0; c < t.width(); c++) {
                SpanTable.Cell cell = t.at(r, c);
                if (cell == null) {
                    html.append("<td></td>");
                } else if (cell.top == r && cell.left == c) {
                    html.append("<td");
                    if (cell.rowspan > 1) {
                        html.append(" rowspan=\"").append(cell.rowspan).append('"');
                    }
                    if (cell.colspan > 1) {
                        html.append(" colspan=\"").append(cell.colspan).append('"');
                    }
                    html.append('>').append(content(cell, style)).append("</td>");
                }
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** Lines of a cell as {@code <br>}-separated text; a blank cell holds {@code &nbsp;} as editors write it. */
    private static String content(SpanTable.Cell cell, Style style) {
        if (cell.text.isBlank()) {
            return style.wordMarkup() ? "<p class=MsoNormal><span>&nbsp;</span></p>" : "&nbsp;";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : cell.text.strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            sb.append(sb.isEmpty() ? "" : "<br>");
            boolean label = cell.kind == Kind.HEADER || cell.kind == Kind.LABEL;
            sb.append(style.wordMarkup() && label ? splitInSpans(line) : escape(line));
        }
        return style.wordMarkup() ? "<p class=MsoNormal align=center><span lang=ZH-CN>" + sb + "</span></p>"
                : sb.toString();
    }

    /** {@code 本年新制作数量} as {@code <span>本年新</span><span style=…>制作数量</span>}: one label, two elements. */
    private static String splitInSpans(String label) {
        if (label.length() < 4) {
            return escape(label);
        }
        int mid = label.length() / 2;
        return "<span>" + escape(label.substring(0, mid)) + "</span><span style=\"font-family:宋体\">"
                + escape(label.substring(mid)) + "</span>";
    }

    /** Breaks long paragraphs in the source between two Chinese characters, as Word's HTML export does. */
    private static String wrapSource(String text) {
        StringBuilder sb = new StringBuilder();
        int sinceBreak = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c);
            sinceBreak++;
            if (sinceBreak >= 30 && i + 1 < text.length() && isHan(c) && isHan(text.charAt(i + 1))) {
                sb.append("\n");
                sinceBreak = 0;
            }
        }
        return sb.toString();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
