package press.content;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Markdown press writes beyond CommonMark, pinned to the HTML the Flexmark renderer wrote
 * before issue 8 (pages and their styles rely on it): task items, footnotes referenced twice,
 * loose definition lists, strikethrough, table alignment, and the link CommonMark reads where
 * Flexmark did not.
 */
class MarkdownExtrasTest {
    private final MarkdownRenderer md = new MarkdownRenderer(false);

    @Test
    void taskItemsTightAndLoose() {
        MarkdownRenderer.Rendered r = md.render("- [ ] todo\n- [x] done\n\n1. [X] loose\n\n2. [ ] two\n");
        assertEquals("<ul>\n<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>&nbsp;todo</li>\n"
                + "<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled>&nbsp;done</li>\n</ul>\n"
                + "<ol>\n<li class=\"task-list-item\">\n<p><input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled>&nbsp;loose</p>\n</li>\n"
                + "<li class=\"task-list-item\">\n<p><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>&nbsp;two</p>\n</li>\n</ol>\n", r.html());
        assertEquals(Set.of("todo", "done", "loose", "two"), r.listItems());
        assertEquals("<ul>\n<li>[ ]</li>\n<li>[y] no</li>\n</ul>\n", md.render("- [ ]\n- [y] no\n").html(), "a marker alone or another letter: text");
    }

    @Test
    void aNoteReferencedTwiceLinksBackToEachReference() {
        MarkdownRenderer.Rendered r = md.render("Text[^1] again[^1].\n\n[^1]: Note\n");
        assertEquals("<p>Text<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup> again"
                + "<sup id=\"fnref-1-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>.</p>\n"
                + "<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn-1\">\n<p>Note</p>\n"
                + "<a href=\"#fnref-1\" class=\"footnote-backref\">&#8617;&#xfe0e;</a>\n"
                + "<a href=\"#fnref-1-1\" class=\"footnote-backref\">&#8617;&#xfe0e;</a></li>\n</ol>\n</div>\n", r.html());
        assertEquals("<p>[^none] and [^1]</p>\n", md.render("[^none] and [^1]\n").html(), "without a definition: text");
        assertEquals("<p>a</p>\n", md.render("a\n\n[^x]: never referenced\n").html(), "a note nobody refers to is left out");
    }

    @Test
    void aDefinitionAfterABlankLineMakesTheListLoose() {
        MarkdownRenderer.Rendered r = md.render("Term\n: def\n\nTerm2\n\n: loose def\n");
        assertEquals("<dl>\n<dt>Term</dt>\n<dd>\n<p>def</p>\n</dd>\n<dt>Term2</dt>\n<dd>\n<p>loose def</p>\n</dd>\n</dl>\n", r.html());
        assertEquals(Set.of("term", "def", "term2", "loose def"), r.listItems(), "terms and definitions count as list items, as before");
    }

    @Test
    void strikethroughTakesTwoTildes() {
        assertEquals("<p><del>gone</del> and ~kept~</p>\n", md.render("~~gone~~ and ~kept~\n").html());
    }

    @Test
    void tableColumnsAlignByClass() {
        assertEquals("<table class=\"table\">\n<thead>\n<tr><th class=\"align-left\">a</th><th class=\"align-center\">b</th><th class=\"align-right\">c</th></tr>\n"
                + "</thead>\n<tbody>\n<tr><td class=\"align-left\">1</td><td class=\"align-center\">2</td><td class=\"align-right\">3</td></tr>\n</tbody>\n</table>\n",
                md.render("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n").html());
    }

    @Test
    void balancedParenthesesMakeALinkWhoseScriptIsStillDropped() {
        // CommonMark allows balanced parentheses in a destination; Flexmark left this as text
        String html = md.render("A [javascript link](javascript:alert(1)) here.\n").html();
        assertEquals("<p>A <a href=\"#\">javascript link</a> here.</p>\n", html);
        assertTrue(md.render("[x](/a_(b))\n").html().contains("href=\"/a_(b)\""));
    }
}
