package press.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fences through the renderer: a fence of a known language is highlighted, its info string read up to a space or a brace; others written plain. */
class HighlightExtensionTest {
    private static String render(String markdown) {
        return new MarkdownRenderer(false).render(markdown).html();
    }

    @Test
    void aKnownLanguageIsHighlightedUnderItsOwnName() {
        assertEquals("<pre><code class=\"language-python\">x = <span class=\"hl-n\">1</span>\n</code></pre>\n",
                render("```python {linenos=true}\nx = 1\n```\n"));
        assertEquals("<pre><code class=\"language-python\">x = <span class=\"hl-n\">1</span>\n</code></pre>\n",
                render("```python{hl_lines=[1]}\r\nx = 1\r\n```\r\n"), "attributes glued to the name, and CRLF lines");
    }

    @Test
    void anyOtherFenceIsWrittenPlain() {
        assertEquals("<pre><code class=\"language-nosuch\">&lt;x&gt;\n</code></pre>\n", render("```nosuch\n<x>\n```\n"));
        assertEquals("<pre><code>&lt;x&gt;\n</code></pre>\n", render("```\n<x>\n```\n"));
        assertEquals("<pre><code>python\n</code></pre>\n", render("    python\n"), "an indented block is not a fence");
    }
}
