package press.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An author's heading id given twice in one body: a warning at the second one's place in the
 * file, and the page numbers the second id so it never holds one id twice.
 */
class HeadingIdsTest {
    private static final String FILE = "content/posts/a.md";

    private static String warning(int line, int col, String id, int first) {
        return FILE + ":" + line + ":" + col + ": heading id \"" + id + "\" is given already at line " + first
                + ", expected each {#id} once in a page; this heading's id is numbered (" + id + "-1, ...) so links to #" + id + " reach the first";
    }

    @Test
    void aSecondExplicitIdIsAWarningAtItsBrace() {
        String body = "## Install {#setup}\n\ntext\n\n### Again {: #setup .wide}\n\n## Run {#run}\n\n## Third {id=\"setup\"}\n";
        assertEquals(List.of(warning(9, 11, "setup", 5), warning(13, 10, "setup", 5)), HeadingIds.repeated(FILE, 5, body));
    }

    @Test
    void setextHeadingsAndClosingHashesCount() {
        String body = "Intro {#x}\n==========\n\n## Next {#x} ##\n\nOther {#x}\n---\n";
        assertEquals(List.of(warning(4, 9, "x", 1), warning(6, 7, "x", 1)), HeadingIds.repeated(FILE, 1, body));
    }

    @Test
    void whatGivesNoIdIsNotCounted() {
        assertEquals(List.of(), HeadingIds.repeated(FILE, 1, "## A {#x}\n\n## B {#y}\n"), "two ids");
        assertEquals(List.of(), HeadingIds.repeated(FILE, 1, "## A {#x}\n\n## {#x}\n"), "a block alone is the heading's text");
        assertEquals(List.of(), HeadingIds.repeated(FILE, 1, "## A {#x}\n\nA paragraph {#x}\n"), "not a heading");
        assertEquals(List.of(), HeadingIds.repeated(FILE, 1, "## A {#x}\n\n- item {#x}\n---\n"), "a list item over a rule");
        assertEquals(List.of(), HeadingIds.repeated(FILE, 1, "## A {#x}\n\n```md\n## B {#x}\n```\n"), "in fenced code");
        assertEquals(List.of(), HeadingIds.repeated(FILE, 1, "## A {#x}\n\n    ## B {#x}\n"), "indented code");
        assertEquals(List.of(), HeadingIds.repeated(FILE, 1, "## A {#x}\n\n## B {#x y}\n"), "not attribute syntax: stays text");
        assertEquals(List.of(), HeadingIds.repeated(FILE, 1, "## A {.c}\n\n## B {.c}\n"), "classes only");
    }

    @Test
    void theWarningComesWithTheShortcodeWarningsInTheOrderOfTheBody() {
        Shortcodes.Expanded ex = Shortcodes.expand(FILE, 5, "{{< param nope >}}\n\n## A {#x}\n\n{% assign y = 1 %}\n\n## B {#x}\n",
                name -> null, s -> s);
        assertEquals(3, ex.warnings().size(), ex.warnings().toString());
        assertTrue(ex.warnings().get(0).startsWith(FILE + ":5:1: param \"nope\""), ex.warnings().get(0));
        assertTrue(ex.warnings().get(1).startsWith(FILE + ":9:1: unknown Liquid tag"), ex.warnings().get(1));
        assertEquals(warning(11, 6, "x", 7), ex.warnings().get(2));
        assertEquals(List.of(warning(3, 6, "x", 1)), Shortcodes.expand(FILE, 1, "## A {#x}\n\n## B {#x}\n", name -> null, s -> s).warnings(),
                "a body without shortcodes is warned about too");
        assertEquals(Map.of(), Shortcodes.expand(FILE, 1, "## A {#x}\n\n## B {#x}\n", name -> null, s -> s).html());
    }

    @Test
    void thePageKeepsTheFirstIdAndNumbersTheSecond() {
        String html = new MarkdownRenderer(false).render("## A {#x}\n\n## B {#x}\n\n## x\n\n[to x](#x)\n").html();
        assertTrue(html.contains("<h2 id=\"x\">A"), html);
        assertTrue(html.contains("<h2 id=\"x-1\">B"), html);
        assertTrue(html.contains("<h2 id=\"x-2\">x"), "a generated id steps around both: " + html);
    }
}
