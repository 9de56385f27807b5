package press.content;

import org.junit.jupiter.api.Test;
import press.model.BodyText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentTextTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer(false, "/", 2);

    private BodyText text(String md) {
        return markdown.render(md).text();
    }

    private static String words(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void proseHeadingsAndCodeAreApartAndWhatIsNotShownIsLeftOut() {
        BodyText t = text("# Top\n\nSome *emphasised* text with `inline_code` and a [link](https://x.org/) &amp; an entity.\n\n"
                + "## Section one\n\n- item \\*a\\*\n- item b\n\n```go\nfunc main() {}\n```\n\n    indented code\n\n"
                + "![an image description](pic.png \"The caption\")\n\n[TOC]\n\n[ref]: https://example.org/ \"a reference\"\n");
        assertEquals("Top Some emphasised text with inline_code and a link & an entity. item *a* item b The caption",
                words(t.prose()));
        assertEquals("Section one", words(t.headings()));
        assertEquals("func main() {} indented code", words(t.code()));
        assertFalse(t.prose().contains("description") || t.prose().contains("TOC") || t.prose().contains("reference"), t.prose());
    }

    @Test
    void tableCellsAndAutolinksAreSeparateWords() {
        BodyText t = text("| op | time |\n|---|---|\n| list | 812 ms |\n\nSee <https://example.net/x>.\n");
        assertTrue(words(t.prose()).contains("list 812 ms"), t.prose());
        assertTrue(t.prose().contains("https://example.net/x"), t.prose());
    }

    @Test
    void rawHtmlIsTextAsThePageShowsItEscaped() {
        assertTrue(text("A <span>raw</span> tag.\n").prose().contains("<span>"));
    }
}
