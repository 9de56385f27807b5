package press.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The extension alone: a fence of a known language is highlighted, its info string read up to a space or a brace; others left to Flexmark. */
class HighlightExtensionTest {
    private static String render(String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(HighlightExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void aKnownLanguageIsHighlightedUnderItsOwnName() {
        assertEquals("<pre><code class=\"language-python\">x = <span class=\"hl-n\">1</span>\n</code></pre>\n",
                render("```python {linenos=true}\nx = 1\n```\n"));
        assertEquals("<pre><code class=\"language-python\">x = <span class=\"hl-n\">1</span>\n</code></pre>\n",
                render("```python{hl_lines=[1]}\r\nx = 1\r\n```\r\n"), "attributes glued to the name, and CRLF lines");
    }

    @Test
    void anyOtherFenceIsLeftToFlexmark() {
        assertEquals("<pre><code class=\"language-nosuch\">&lt;x&gt;\n</code></pre>\n", render("```nosuch\n<x>\n```\n"));
        assertEquals("<pre><code>&lt;x&gt;\n</code></pre>\n", render("```\n<x>\n```\n"));
        assertEquals("<pre><code>python\n</code></pre>\n", render("    python\n"), "an indented block is not a fence");
    }
}
