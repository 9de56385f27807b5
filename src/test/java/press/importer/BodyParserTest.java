package press.importer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Article lines to blocks: each line's shape, then what its neighbours settle. */
class BodyParserTest {
    /** The blocks of {@code text}, each as "kind: its lines joined with |". */
    private static List<String> blocks(String text) {
        List<Line> lines = new ArrayList<>();
        String[] split = text.split("\n", -1);
        for (int i = 0; i < split.length; i++) lines.add(new Line(i + 1, split[i]));
        return BodyParser.parse(lines).stream().map(BodyParserTest::shown).toList();
    }

    private static String shown(Block b) {
        if (b instanceof Block.Heading h) return "heading: " + h.line().stripped();
        if (b instanceof Block.Paragraph p) return "text: " + p.lines().stream().map(Line::stripped).collect(Collectors.joining("|"));
        if (b instanceof Block.Code c) return "code: " + c.lines().stream().map(Line::text).collect(Collectors.joining("|"));
        if (b instanceof Block.BulletList l) return "list: " + l.items().stream().map(x -> LineShape.bulletText(x.text())).collect(Collectors.joining("|"));
        Block.Image i = (Block.Image) b;
        return "image: " + i.caption() + " <- " + i.source() + " (lines " + i.captionLine().no() + "-" + i.sourceLine().no() + ")";
    }

    @Test
    void oneBlockPerLineAsTheExporterWroteThem() {
        assertEquals(List.of("text: Caching helps when reads dominate and data is stable.", "heading: Why this matters",
                        "text: Most requests read the same rows again and again.", "list: measure first|cache second",
                        "code: def load(key):|    return db.get(key)", "image: A diagram <- unsplash (lines 8-9)"),
                blocks("Caching helps when reads dominate and data is stable.\nWhy this matters\n"
                        + "Most requests read the same rows again and again.\n• measure first\n• cache second\n"
                        + "def load(key):\n    return db.get(key)\nA diagram\nA diagram. image source: unsplash"));
    }

    @Test
    void aDashLineUnderCodeIsCodeAndWordsBetweenCodeLinesAreCode() {
        assertEquals(List.of("code: SELECT id|FROM posts|- 1|end"),
                blocks("SELECT id\nFROM posts\n- 1\nend"));
        assertEquals(List.of("code: if x == 1:|pass|    y()"), blocks("if x == 1:\npass\n    y()"), "a one-word line between code lines");
        assertEquals(List.of("text: Intro line that is prose here.", "list: one|two"), blocks("Intro line that is prose here.\n- one\n- two"),
                "a dash under prose is a bullet");
    }

    @Test
    void codeRunsAcrossBlankLinesOnlyWhenCodeFollows() {
        assertEquals(List.of("code: x = 1||y = 2", "text: And then the text goes on as normal prose."),
                blocks("x = 1\n\ny = 2\n\nAnd then the text goes on as normal prose."));
    }

    @Test
    void anUnfinishedSentenceGoesOnOverTheNextLine() {
        String open = "The cache keeps the rows in memory for a while and then";
        assertEquals(List.of("text: " + open + "|Short Line Here|for a minute.", "heading: Final notes"),
                blocks(open + "\nShort Line Here\nfor a minute.\nFinal notes"));
        assertEquals(List.of("text: " + open, "heading: Final notes"), blocks(open + "\nFinal notes"),
                "a known heading never continues a sentence");
        assertEquals(List.of("text: " + open + ".", "heading: Short Line Here"), blocks(open + ".\nShort Line Here"),
                "a finished sentence ends the paragraph");
    }

    @Test
    void withBlankLinesBetweenBlocksAHeadingShapedLineWithTextUnderItIsText() {
        assertEquals(List.of("heading: Setting Up", "text: Short Start|goes on here.", "text: Another paragraph."),
                blocks("Setting Up\n\nShort Start\ngoes on here.\n\nAnother paragraph."));
        assertEquals(List.of("heading: Setting Up", "heading: Short Start", "text: goes on here."),
                blocks("Setting Up\nShort Start\ngoes on here."), "one block per line: a heading-shaped line stays a heading");
    }

    @Test
    void anImageNeedsItsCaptionRepeatedOnTheSourceLine() {
        assertEquals(List.of("heading: A diagram", "text: Another. image source: unsplash"),
                blocks("A diagram\nAnother. image source: unsplash"));
    }
}
