package press.content;

import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headings and the contents through the renderer: which headings get anchors, what the contents list holds, where it goes. */
class HeadingExtensionTest {
    private static String render(int minSections, String markdown) {
        return new MarkdownRenderer(false, "/", minSections).render(markdown).html();
    }

    private static int tocs(String html) {
        return html.split("class=\"toc\"", -1).length - 1;
    }

    @Test
    void aTopHeadingGetsNoAnchorAndDeepHeadingsDo() {
        String html = render(0, "# Title\n\n#### Deep\n\n###### Deepest\n");
        assertTrue(html.contains("<h1 id=\"title\">Title</h1>"), html);
        assertTrue(html.contains("<h4 id=\"deep\">Deep <a class=\"anchor\" href=\"#deep\">"), html);
        assertTrue(html.contains("<h6 id=\"deepest\">Deepest <a class=\"anchor\" href=\"#deepest\">"), html);
    }

    @Test
    void theContentsListSectionsAndSubsectionsOnlyNestingASubsectionUnderItsSection() {
        String html = render(0, "### Before any section\n\n[TOC]\n\n## One\n\n### One a\n\n#### Not listed\n\n### One b\n\n## Two\n");
        assertEquals("<nav class=\"toc\" aria-label=\"Contents\">\n<p class=\"toc-title\">Contents</p>\n<ol>\n"
                + "<li><a href=\"#before-any-section\">Before any section</a></li>\n"
                + "<li><a href=\"#one\">One</a>\n<ol>\n<li><a href=\"#one-a\">One a</a></li>\n<li><a href=\"#one-b\">One b</a></li>\n</ol>\n</li>\n"
                + "<li><a href=\"#two\">Two</a></li>\n</ol>\n</nav>",
                html.substring(html.indexOf("<nav"), html.indexOf("</nav>") + 6), "a ### before any ## stands at the top level; #### is left out");
    }

    @Test
    void aSecondMarkerIsDroppedAndAMarkerWithoutHeadingsLeavesNothing() {
        String twice = render(0, "[TOC]\n\n## A\n\n[toc]\n\n## B\n");
        assertEquals(1, tocs(twice), twice);
        assertFalse(twice.toLowerCase().contains("[toc]"), twice);
        String none = render(0, "intro\n\n[TOC]\n\n#### Only deep\n");
        assertEquals(0, tocs(none), none);
        assertFalse(none.contains("[TOC]"), "the marker is taken out even when there is nothing to list: " + none);
    }

    @Test
    void theAutomaticContentsGoBeforeTheFirstSectionOnlyWhenThereAreEnoughSectionsAndNoMarker() {
        String sub = render(2, "intro\n\n### Sub\n\n## A\n\n## B\n");
        assertTrue(sub.indexOf("<nav") > sub.indexOf("id=\"sub\"") && sub.indexOf("<nav") < sub.indexOf("<h2 id=\"a\""),
                "before the first ##, not before a ### that comes first: " + sub);
        assertEquals(0, tocs(render(3, "## A\n\n### a\n\n### b\n\n## B\n")), "### headings do not count as sections");
        String marked = render(1, "## A\n\ntext\n\n[TOC]\n");
        assertTrue(marked.indexOf("<nav") > marked.indexOf("<p>text</p>"), "the marker decides the place: " + marked);
    }

    @Test
    void eachDocumentHasItsOwnState() {
        MarkdownRenderer renderer = new MarkdownRenderer(false, "/", 1);
        String first = renderer.render("## A\n").html();
        String second = renderer.render("## B\n").html();
        assertEquals(1, tocs(first), first);
        assertEquals(1, tocs(second), "one post's contents do not stop the next one's: " + second);
        assertFalse(second.contains("href=\"#a\""), second);
    }

    @Test
    void headingTextIsEscapedInTheAnchorAndTheContents() {
        String html = render(1, "## a \\<b> & \"c\"\n");
        assertTrue(html.contains("Link to section: a &lt;b&gt; &amp; &quot;c&quot;</span>"), html);
        assertTrue(html.contains("\">a &lt;b&gt; &amp; &quot;c&quot;</a></li>"), html);
    }

    @Test
    void aMarkerIsOnlyAParagraphOfTheMarkerWithLittleSpaceAround() {
        assertTrue(HeadingExtension.isMarker(paragraph("[TOC]")));
        assertTrue(HeadingExtension.isMarker(paragraph("  [Toc]\t")));
        assertFalse(HeadingExtension.isMarker(paragraph("[TOC] see below")));
        assertFalse(HeadingExtension.isMarker(paragraph("[TOC]" + " ".repeat(9))), "longer than the marker and 8: not read");
    }

    private static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph();
        p.appendChild(new Text(text));
        return p;
    }
}
