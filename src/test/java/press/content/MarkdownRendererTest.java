package press.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {
    private final MarkdownRenderer safe = new MarkdownRenderer(false);

    @Test
    void listTextMatchesItsDefinitionOnEveryShapeOfItem() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = " \t\n\r*_`~[]xXaB\u2003.";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder item = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) item.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = item.toString();
            String definition = s.replaceFirst("^\\s*\\[[ xX]\\]\\s*", "").replaceAll("[*_`~]", "")
                    .replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
            assertEquals(definition, MarkdownRenderer.listText(s), "for \"" + s + "\"");
        }
        assertEquals("run tests", MarkdownRenderer.listText(" [x]  **Run**   tests "));
    }

    @Test
    void tocMarkerIsFoundOnlyAsAParagraphOfItsOwn() {
        assertFalse(safe.render("## A\n\n[TOC] and more words after it\n\n## B\n").html().contains("class=\"toc\""));
        assertTrue(safe.render("## A\n\n  [toc]  \n\n## B\n").html().contains("class=\"toc\""));
    }

    @Test
    void headingsGetAnchorIdsAndCodeItsLanguage() {
        String html = safe.render("## why this matters\n\n```python\nx = 1 < 2\n```\n").html();
        assertTrue(html.contains("<h2 id=\"why-this-matters\">why this matters <a class=\"anchor\" href=\"#why-this-matters\">"
                + "<span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to section: why this matters</span></a></h2>"), html);
        assertTrue(html.contains("<pre><code class=\"language-python\">x = <span class=\"hl-n\">1</span> &lt; <span class=\"hl-n\">2</span>\n</code></pre>"), html);
        String unknown = safe.render("```brainfuck\n<+>\n```\n").html();
        assertTrue(unknown.contains("<pre><code class=\"language-brainfuck\">&lt;+&gt;\n</code></pre>"), "unknown languages plain: " + unknown);
    }

    @Test
    void codeKeepsItsIndentationAndBlankLinesInEveryKindOfBlock() {
        // Flexmark's pass-through output mode drops a code line's leading spaces: this pins them, highlighted, plain and indented
        String fenced = safe.render("```python\ndef f():\n    if x:\n\n        return 1\n```\n").html();
        assertTrue(fenced.contains("\n    <span class=\"hl-k\">if</span> x:\n\n        <span class=\"hl-k\">return</span>"), fenced);
        String plain = safe.render("```\na\n  b\n\tc\n```\n").html();
        assertTrue(plain.contains("<pre><code>a\n  b\n\tc\n</code></pre>"), plain);
        String indented = safe.render("Text.\n\n    x = 1\n      y = 2\n").html();
        assertTrue(indented.contains("<pre><code>x = 1\n  y = 2\n</code></pre>"), indented);
        String listed = safe.render("- item\n\n  ```\n  a\n    b\n  ```\n").html();
        assertTrue(listed.contains("a\n  b\n</code></pre>"), listed);
    }

    @Test
    void longPostsGetATableOfContentsBeforeTheirFirstSection() {
        MarkdownRenderer toc = new MarkdownRenderer(false, "/", 3);
        String three = "intro\n\n## One\n\n### One *a*\n\n## Two & more\n\n## Three\n";
        String html = toc.render(three).html();
        assertEquals("<p>intro</p>\n<nav class=\"toc\" aria-label=\"Contents\">\n<p class=\"toc-title\">Contents</p>\n<ol>\n"
                + "<li><a href=\"#one\">One</a>\n<ol>\n<li><a href=\"#one-a\">One a</a></li>\n</ol>\n</li>\n"
                + "<li><a href=\"#two--more\">Two &amp; more</a></li>\n<li><a href=\"#three\">Three</a></li>\n</ol>\n</nav>\n<h2 id=\"one\">",
                html.substring(0, html.indexOf("<h2 id=\"one\">") + 13));
        assertFalse(toc.render("## One\n\n## Two\n").html().contains("class=\"toc\""), "two sections: no table of contents");
        assertFalse(safe.render(three).html().contains("class=\"toc\""), "0 turns the automatic one off");
    }

    @Test
    void tocMarkerPlacesTheTableOfContents() {
        String html = safe.render("## A\n\ntext\n\n[TOC]\n\n## B\n").html();
        assertEquals(1, html.split("class=\"toc\"", -1).length - 1, html);
        assertTrue(html.indexOf("class=\"toc\"") > html.indexOf("<p>text</p>"), html);
        assertFalse(html.contains("[TOC]"), html);
        assertEquals(1, new MarkdownRenderer(false, "/", 1).render("[TOC]\n\n## A\n\n## B\n").html().split("class=\"toc\"", -1).length - 1);
    }

    @Test
    void rootRelativeLinksGetTheBasePathOthersStay() {
        String html = new MarkdownRenderer(false, "/blog/", 0).render(
                "[a](/docs/x/) [b](/blog/y/) [c](z/) [d](//cdn.example/q) [e](https://e.example/) ![i](/img/a.png)\n").html();
        assertTrue(html.contains("href=\"/blog/docs/x/\"") && html.contains("href=\"/blog/y/\"") && html.contains("href=\"z/\"")
                && html.contains("href=\"//cdn.example/q\"") && html.contains("href=\"https://e.example/\"") && html.contains("src=\"/blog/img/a.png\""), html);
        assertTrue(safe.render("[a](/docs/x/)\n").html().contains("href=\"/docs/x/\""));
    }

    @Test
    void imageParagraphBecomesFigureWithItalicCaption() {
        String html = safe.render("![a caption](https://img.example/x.png)\n\n*a caption. image source: unsplash*\n\nnext\n").html();
        assertEquals("<figure><img src=\"https://img.example/x.png\" alt=\"a caption\" />"
                + "<figcaption>a caption. image source: unsplash</figcaption></figure>\n<p>next</p>\n", html);
    }

    @Test
    void theFirstImageAndImagesNearTheTopLoadAtOnceLaterOnesLazily() {
        String html = safe.render("intro\n\n![one](1.png)\n\n![two](2.png)\n\n## Later\n\ntext\n\n![three](3.png)\n\ntext ![four](4.png)\n").html();
        assertTrue(html.contains("<img src=\"1.png\" alt=\"one\" />"), html);
        assertTrue(html.contains("<img src=\"2.png\" alt=\"two\" />"), "in the first three blocks: " + html);
        assertTrue(html.contains("<img src=\"3.png\" alt=\"three\" loading=\"lazy\" decoding=\"async\" />"), html);
        assertTrue(html.contains("<img src=\"4.png\" alt=\"four\" loading=\"lazy\" decoding=\"async\" />"), html);
        String late = safe.render("a\n\nb\n\nc\n\nd\n\n![first](1.png)\n\n![second](2.png)\n").html();
        assertTrue(late.contains("<img src=\"1.png\" alt=\"first\" />"), "the first image, wherever it is: " + late);
        assertTrue(late.contains("<img src=\"2.png\" alt=\"second\" loading=\"lazy\""), late);
        String again = safe.render("![x](1.png)\n").html();
        assertFalse(again.contains("lazy"), "each body starts afresh: " + again);
    }

    @Test
    void imageTitleIsTheCaptionWhenNoItalicLineFollows() {
        String html = safe.render("![alt](x.png \"The title\")\n").html();
        assertTrue(html.contains("<figcaption>The title</figcaption>"), html);
    }

    @Test
    void rawHtmlIsEscapedUnlessTheSiteAllowsIt() {
        String md = "<script>alert(1)</script>\n\ntext <b>bold</b>\n";
        String off = safe.render(md).html();
        assertFalse(off.contains("<script>"), off);
        assertFalse(off.contains("<b>"), off);
        assertTrue(off.contains("&lt;script&gt;"), off);
        String on = new MarkdownRenderer(true).render(md).html();
        assertTrue(on.contains("<script>alert(1)</script>") && on.contains("<b>bold</b>"), on);
    }

    @Test
    void scriptLinksNeverSurviveHoweverSpelled() {
        String[] evil = {"javascript:alert(1)", "JavaScript:alert(1)", "jav&#x61;script:alert(1)", "java&#9;script:alert(1)",
                "%20javascript:alert(1)", "vbscript:x", "data:text/html;base64,PHNjcmlwdD4=", "<javascript:alert(1)>"};
        for (String url : evil) {
            String html = safe.render("[click](" + url + ") ![img](" + url + ")\n\n<" + url + ">\n\n[ref]\n\n[ref]: " + url + "\n").html();
            for (var el : org.jsoup.Jsoup.parseBodyFragment(html).select("[href], [src]")) {
                for (String attr : new String[] {"href", "src"}) {
                    String v = el.attr(attr).toLowerCase().replaceAll("[\\s\\x00-\\x1f]", "");
                    assertFalse(v.contains("script:") || v.startsWith("data:"), url + " -> " + html);
                }
            }
        }
    }

    @Test
    void safeLinksAreKept() {
        String html = safe.render("[a](https://x.org/a?b=c:d) [b](/posts/x/) [c](mailto:me@x.org) [d](x:y/z) [e](../a:b)\n").html();
        assertTrue(html.contains("href=\"https://x.org/a?b=c:d\""), html);
        assertTrue(html.contains("href=\"/posts/x/\""), html);
        assertTrue(html.contains("href=\"mailto:me@x.org\""), html);
        assertTrue(html.contains("href=\"#\">d</a>"), "unknown scheme x: dropped: " + html);
        assertTrue(html.contains("href=\"../a:b\""), html);
    }

    @Test
    void headingAttributesGiveTheIdAndClassesOnlyAndTheTableOfContentsFollows() {
        String html = new MarkdownRenderer(false, "/", 2).render("## Install {#setup .wide .x}\n\n### Next {: #n2 onclick=\"alert(1)\" class=\"a b\"}\n\n"
                + "## Plain {not attributes}\n\n# Top {id=\"top\"}\n\nSetext {#se}\n---\n").html();
        assertTrue(html.contains("<li><a href=\"#setup\">Install</a>\n<ol>\n<li><a href=\"#n2\">Next</a></li>"), html);
        assertTrue(html.contains("<h2 id=\"setup\" class=\"wide x\">Install <a class=\"anchor\" href=\"#setup\">"), html);
        assertTrue(html.contains("<h3 id=\"n2\" class=\"a b\">Next <a"), html);
        assertTrue(html.contains("<h2 id=\"plain-not-attributes\">Plain {not attributes} <a"), "not attribute syntax: kept as text: " + html);
        assertTrue(html.contains("<h1 id=\"top\">Top</h1>") && html.contains("<h2 id=\"se\">Setext <a"), html);
        assertFalse(html.contains("onclick") || html.contains("alert"), html);
        assertEquals("<p>a {#x} and {.y}</p>\n", safe.render("a {#x} and {.y}\n").html(), "only headings take attributes");
        assertFalse(safe.render("## A {#x}\n").text().headings().contains("{"), "the braces are not searchable text");
    }

    @Test
    void generatedIdsStayUniqueAroundAnAuthorsOwn() {
        String html = safe.render("## Install\n\n## Other {#install}\n\n## Install\n\n## Install\n").html();
        assertTrue(html.contains("<h2 id=\"install-1\">Install") && html.contains("<h2 id=\"install\">Other")
                && html.contains("<h2 id=\"install-2\">Install") && html.contains("<h2 id=\"install-3\">Install"), html);
    }

    @Test
    void definitionListsAndFootnotes() {
        assertEquals("<dl>\n<dt>Apple</dt>\n<dd>Pomaceous fruit</dd>\n<dt>Orange</dt>\n<dd>Citrus</dd>\n<dd>Another</dd>\n</dl>\n",
                safe.render("Apple\n:   Pomaceous fruit\n\nOrange\n: Citrus\n: Another\n").html());
        String notes = safe.render("Text[^1] and[^n].\n\n[^1]: First *note*.\n[^n]: <b>Second</b>.\n").html();
        assertTrue(notes.startsWith("<p>Text<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup> and"
                + "<sup id=\"fnref-2\"><a class=\"footnote-ref\" href=\"#fn-2\">2</a></sup>.</p>\n<div class=\"footnotes\">"), notes);
        assertTrue(notes.contains("<li id=\"fn-2\">\n<p>&lt;b&gt;Second&lt;/b&gt;.</p>\n<a href=\"#fnref-2\" class=\"footnote-backref\">&#8617;&#xfe0e;</a>"), notes);
    }

    @Test
    void aFirstHeadingThatRepeatsTheTitleIsLeftOutOfTheBody() {
        MarkdownRenderer.Rendered r = safe.render("# Release  3.2.1\n\ntext\n", "release 3.2.1");
        assertEquals("<p>text</p>\n", r.html());
        assertEquals("Release  3.2.1", r.titleHeading());
        assertEquals("<p>text</p>\n", safe.render("Release 3.2.1\n===\n\ntext\n", "Release 3.2.1").html(), "a setext heading too");
        for (String kept : new String[] {"# Other\n\ntext\n", "intro\n\n# Release 3.2.1\n", "## Release 3.2.1\n"}) {
            assertTrue(safe.render(kept, "Release 3.2.1").html().contains("<h"), "kept: " + kept);
        }
        MarkdownRenderer.Rendered untitled = safe.render("# Hints\n\ntext\n", null);
        assertEquals("Hints", untitled.titleHeading(), "untitled: the first # heading is the title");
        assertEquals("<p>text</p>\n", untitled.html());
        assertTrue(safe.render("# Hints\n", "").html().contains("<h1"), "no title to compare with: kept");
    }

    /** The reading-time word count's white space is Character.isWhitespace's, for every char. */
    @Test
    void whiteSpaceIsTheJdksForEveryChar() {
        assertEquals(3, MarkdownRenderer.words(" one\u2003two\u001Cthree "));
        // the word count tests white space inline: for every char, a separator exactly when Character.isWhitespace says so
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = "a" + (char) c + "b";
            assertEquals(Character.isWhitespace((char) c) ? 2 : 1, MarkdownRenderer.words(text), "char " + c);
        }
    }
}
