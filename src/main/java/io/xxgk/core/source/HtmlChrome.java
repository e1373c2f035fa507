package io.xxgk.core.source;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Site chrome and non-content elements of a government web page: scripts, styles, forms controls, navigation,
 * breadcrumbs, footers and hidden elements. Their text must not reach the report: a breadcrumb such as
 * "首页 > 政务公开 > 年度报告" ahead of the title would otherwise be read as part of the title.
 */
final class HtmlChrome {

    private static final Set<String> SKIPPED_TAGS = Set.of("head", "script", "style", "noscript", "template",
            "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas", "audio", "video",
            "select", "option", "button", "input", "textarea", "label", "nav", "aside", "footer", "map", "dialog");
    private static final Set<String> CHROME_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar", "complementary");
    /**
     * Class or id tokens CMS templates use for chrome, alone or with a suffix ({@code nav-top}, {@code footer_box});
     * the 当前位置 breadcrumb is often a bare "position" / "location" / "dqwz" box.
     */
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(nav|navbar|navigation|menu|mainmenu|submenu|breadcrumbs?|crumbs?|footer|sidebar|share|bdshare|toolbar"
                    + "|topbar)([-_].*)?|position|location|dqwz|foot|copyright|skip");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private HtmlChrome() {
    }

    static boolean isSkipped(Element e) {
        String tag = e.normalName();
        if (SKIPPED_TAGS.contains(tag) || e.hasAttr("hidden")) {
            return true;
        }
        if (tag.equals("header") && e.closest("article, main") == null) {
            return true; // a page banner; an article's own <header> holds its title and stays
        }
        if (CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT);
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        if (isChromeName(e.id())) {
            return true;
        }
        for (String token : e.classNames()) {
            if (isChromeName(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChromeName(String token) {
        return !token.isEmpty() && CHROME_NAME.matcher(token.toLowerCase(Locale.ROOT)).matches();
    }
}
