package press.importer;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An export page cut into title, article, meta and the "Similar Posts" tail. */
class ExportPageTest {
    private static ExportPage split(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) lines.add(new Line(i + 1, raw[i]));
        return ExportPage.split(lines);
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).filter(t -> !t.isBlank()).toList();
    }

    @Test
    void thePartsOfACompletePage() {
        ExportPage p = split("+---|---+\n| | |\n\nThe Title\n\nintro.\nAlphanode Post Meta\ntopicx\nSimilar Posts\nOne post\n\nAnother post");
        assertEquals("The Title", p.title().text());
        assertEquals(4, p.title().no(), "table remnants and blank lines before the title are dropped");
        assertEquals(List.of("intro."), texts(p.body()));
        assertEquals(List.of("topicx"), texts(p.meta()));
        assertEquals(7, p.metaMarkerLine(), "the marker in any case");
        assertTrue(p.endsWithSimilar());
        assertEquals(List.of("One post", "Another post"), texts(p.similar()));
    }

    @Test
    void withoutMetaOrSimilarPosts() {
        ExportPage p = split("Title\nbody line.\n");
        assertNull(p.meta());
        assertEquals(0, p.metaMarkerLine());
        assertFalse(p.endsWithSimilar());
        assertEquals(List.of(), p.similar());
        assertEquals(List.of("body line."), texts(p.body()));
    }

    @Test
    void similarPostsFollowedByArticleTextIsNoTail() {
        ExportPage p = split("Title\nSimilar posts\nThis is a sentence of the article.\n");
        assertFalse(p.endsWithSimilar(), "a sentence after it: the heading is part of the article");
        assertEquals(List.of("Similar posts", "This is a sentence of the article."), texts(p.body()));
        assertFalse(split("Title\nSimilar posts\n" + "x".repeat(161)).endsWithSimilar(), "a line longer than 160 is article text");
        assertTrue(split("Title\nsimilar posts\nShort title one\n").endsWithSimilar());
    }

    @Test
    void noTitleLeft() {
        assertNull(split("| |\n\n---|---\n"));
        assertNull(split("\nalphanode post meta\ntopicx"), "only meta");
    }
}
