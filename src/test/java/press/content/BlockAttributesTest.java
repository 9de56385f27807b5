package press.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kramdown's block attribute lists ({@code {: .class}}) as Jekyll sites write them, golden HTML per block kind. */
class BlockAttributesTest {
    private final MarkdownRenderer md = new MarkdownRenderer(false);

    private String html(String markdown) {
        return md.render(markdown).html().strip();
    }

    @Test
    void aListOnTheLineAfterAParagraphGivesItsIdAndClasses() {
        assertEquals("<p class=\"notice\">Read this first.</p>", html("Read this first.\n{: .notice}\n"));
        assertEquals("<p id=\"intro\" class=\"a b\">Two\nlines.</p>", html("Two\nlines.\n{: #intro .a .b}\n"));
        assertEquals("<p class=\"notice--info\">Note.</p>", html("Note.\n{:.notice--info}\n"), "no space after the colon, as minimal-mistakes writes it");
        assertEquals("<p id=\"x\">Before.</p>", html("{:#x}\nBefore.\n"), "directly before the paragraph: that paragraph");
    }

    @Test
    void listsQuotesCodeAndTables() {
        assertEquals("<ul class=\"tight\">\n<li>one</li>\n<li>two</li>\n</ul>", html("* one\n* two\n{: .tight}\n"));
        assertEquals("<ol id=\"steps\">\n<li>one</li>\n</ol>", html("1. one\n{: #steps}\n"));
        assertEquals("<blockquote class=\"pull\">\n<p>Said.</p>\n</blockquote>", html("> Said.\n{: .pull}\n"));
        assertEquals("<pre class=\"wide\"><code class=\"language-ruby\">puts <span class=\"hl-s\">&quot;x&quot;</span>\n</code></pre>",
                html("```ruby\nputs \"x\"\n```\n{: .wide}\n"));
        assertEquals("<pre class=\"wide\"><code>plain\n</code></pre>", html("```\nplain\n```\n{: .wide}\n"));
        assertEquals("<pre class=\"out\"><code>indented\n</code></pre>", html("    indented\n{: .out}\n"));
        String table = html("| a | b |\n|---|---|\n| 1 | 2 |\n{: .data}\n");
        assertTrue(table.startsWith("<table class=\"table data\">"), table);
        assertFalse(table.contains("{:"), table);
    }

    @Test
    void aHeadingTakesTheIdAsItsAnchor() {
        String h = html("## Install\n{: #setup .big}\n");
        assertTrue(h.startsWith("<h2 id=\"setup\" class=\"big\">Install <a class=\"anchor\" href=\"#setup\">"), h);
    }

    @Test
    void aListAfterABlankLineGoesToTheNextBlockAndAloneToNone() {
        assertEquals("<p>First.</p>\n<ul class=\"next\">\n<li>item</li>\n</ul>", html("First.\n\n{: .next}\n* item\n"));
        assertEquals("<p>First.</p>\n<p>Second.</p>", html("First.\n\n{: .lost}\n\nSecond.\n"), "belonging to no block, dropped as kramdown drops it");
        assertEquals("<p>Text.</p>", html("{:ref: .a}\n\nText.\n"), "an attribute definition is not shown");
    }

    @Test
    void onlyTheIdAndClassesReachThePage() {
        String p = html("Text.\n{: onclick=\"alert(1)\" style=\"color:red\" title=\"t\" .ok ref}\n");
        assertEquals("<p class=\"ok\">Text.</p>", p);
        assertEquals("<p class=\"k\">Text.</p>", html("Text.\n{: id=\"a b\" class=\"k x!\" }\n"), "an unsafe id or class is dropped");
    }

    @Test
    void bracesThatAreNotAListStayText() {
        assertEquals("<p>Text.\n{: not a list!}</p>", html("Text.\n{: not a list!}\n"));
        assertEquals("<p>a {: .x} b</p>", html("a {: .x} b\n"));
        assertEquals("<pre><code>{: .x}\n</code></pre>", html("```\n{: .x}\n```\n"), "in code it is code");
    }

    @Test
    void kramdownsTableOfContentsIsPresssToc() {
        String page = html("* TOC\n{:toc}\n\n## One\n\ntext\n\n## Two\n");
        assertTrue(page.startsWith("<nav class=\"toc\" aria-label=\"Contents\">"), page);
        assertTrue(page.contains("<a href=\"#one\">One</a>") && page.contains("<a href=\"#two\">Two</a>"), page);
        assertFalse(page.contains("TOC</li>") || page.contains("{:toc}"), page);
        assertTrue(html("1. Contents\n{:toc}\n\n## A\n").startsWith("<nav class=\"toc\""), "an ordered list too");
    }
}
