package press.importer;

import org.junit.jupiter.api.Test;
import press.problem.Problem;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Blocks to Markdown: prose escaped only where Markdown would change it, code fenced untouched, images from image sources. */
class MarkdownWriterTest {
    private final List<Problem> warnings = new ArrayList<>();

    private String write(List<Block> blocks, List<MarkdownWriter.ImageSource> images, String language) {
        return MarkdownWriter.write("t.txt", blocks, images, language, warnings);
    }

    private static Line l(int no, String text) {
        return new Line(no, text);
    }

    @Test
    void eachBlockInItsShape() {
        String md = write(List.of(new Block.Heading(l(1, "C# and F#")), new Block.Paragraph(List.of(l(2, "a *b* [c]"), l(3, "d_e"))),
                new Block.BulletList(List.of(l(4, "• one"), l(5, "• # two"))), new Block.Code(List.of(l(6, "x = 1"), l(7, ""), l(8, "  y"))),
                new Block.Code(List.of(l(9, "SELECT 1")))), List.of(), null);
        assertEquals("## C\\# and F\\#\n\na \\*b\\* \\[c\\]\nd\\_e\n\n- one\n- \\# two\n\n```\nx = 1\n\n  y\n```\n\n```sql\nSELECT 1\n```\n", md,
                "without a code language each block's is guessed (x = 1 tells nothing)");
        assertEquals(List.of(), warnings);
    }

    @Test
    void theCodeLanguageOfTheMetaIsUsedAndAFenceInTheCodeGetsALongerOne() {
        assertEquals("````go\n```\nx\n````\n", write(List.of(new Block.Code(List.of(l(1, "```"), l(2, "x")))), List.of(), " go lang `x` "));
    }

    @Test
    void linesThatMarkdownWouldReadAsMarkupAreEscaped() {
        assertEquals("\\# not a heading", MarkdownWriter.escapeLine("# not a heading"));
        assertEquals("\\> not a quote", MarkdownWriter.escapeLine("> not a quote"));
        assertEquals("\\- not an item", MarkdownWriter.escapeLine("- not an item"));
        assertEquals("\\+", MarkdownWriter.escapeLine("+"));
        assertEquals("1\\. not a list", MarkdownWriter.escapeLine("1. not a list"));
        assertEquals("12\\) not a list", MarkdownWriter.escapeLine("12) not a list"));
        assertEquals("\\===", MarkdownWriter.escapeLine("==="));
        assertEquals("1.5 is a number", MarkdownWriter.escapeLine("1.5 is a number"));
        assertEquals("a \\| b \\~ c \\&amp; d & e \\<f\\>", MarkdownWriter.escapeLine("a | b ~ c &amp; d & e <f>"));
        assertEquals("-5 degrees", MarkdownWriter.escapeLine("-5 degrees"));
    }

    @Test
    void imagesTakeTheirUrlFromImageSources() {
        Block.Image img = new Block.Image(l(3, "A diagram"), l(4, "A diagram. image source: unsplash"), "A diagram", "unsplash");
        assertEquals("![A diagram](https://x/1.jpg)\n\n*A diagram. image source: unsplash*\n",
                write(List.of(img), List.of(new MarkdownWriter.ImageSource("A diagram", "https://x/1.jpg", "unsplash")), null));
        assertEquals("![A diagram](<https://x/a (1).jpg>)\n\n*A diagram. image source: unsplash*\n",
                write(List.of(img), List.of(new MarkdownWriter.ImageSource("A diagram", "https://x/a (1).jpg", "other")), null));
        assertEquals(List.of("t.txt:4: warning: image source \"unsplash\" differs from \"other\" in image sources; the page's text is kept"),
                warnings.stream().map(Problem::toString).toList());
        warnings.clear();
        assertEquals("A diagram\n\nA diagram. image source: unsplash\n", write(List.of(img), List.of(), null));
        assertEquals(List.of("t.txt:3: warning: image \"A diagram\" has no entry in image sources, kept as text; "
                + "expected an image sources item with this caption"), warnings.stream().map(Problem::toString).toList());
    }
}
