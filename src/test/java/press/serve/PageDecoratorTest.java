package press.serve;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the reload script and the problem overlay go into a page as it is sent, and how problem lines are escaped. */
class PageDecoratorTest {
    static final String SCRIPT = "<script src=\"/__press/reload.js\" data-generation=\"4\"></script>";
    static final BuildState GOOD = new BuildState(4, List.of());

    private static String decorate(String page, BuildState state) {
        return new String(PageDecorator.decorate(page.getBytes(StandardCharsets.UTF_8), state), StandardCharsets.UTF_8);
    }

    @Test
    void theScriptGoesBeforeTheLastBodyCloseInAnyCase() {
        assertEquals("<html><body>x" + SCRIPT + "</body></html>", decorate("<html><body>x</body></html>", GOOD));
        assertEquals("<BODY>x" + SCRIPT + "</BoDy >", decorate("<BODY>x</BoDy >", GOOD));
        assertEquals("<pre>&lt;/body&gt; </body> in text</pre>" + SCRIPT + "</body>",
                decorate("<pre>&lt;/body&gt; </body> in text</pre></body>", GOOD), "the last one, not the first");
    }

    @Test
    void aPageWithoutABodyCloseGetsItAtTheEnd() {
        assertEquals("<p>fragment" + SCRIPT, decorate("<p>fragment", GOOD));
        assertEquals(SCRIPT, decorate("", GOOD));
        assertEquals("</bod" + SCRIPT, decorate("</bod", GOOD));
    }

    @Test
    void theBytesAroundAreKeptAsTheyAre() {
        byte[] page = {'<', 'p', '>', (byte) 0xFF, (byte) 0xFE, '<', '/', 'b', 'o', 'd', 'y', '>'};
        byte[] out = PageDecorator.decorate(page, GOOD);
        byte[] script = SCRIPT.getBytes(StandardCharsets.UTF_8);
        assertEquals(page.length + script.length, out.length);
        assertArrayEquals(java.util.Arrays.copyOf(page, 5), java.util.Arrays.copyOf(out, 5), "a byte that is not UTF-8 stays");
    }

    @Test
    void aGoodBuildHasNoOverlayAndAFailedOneListsEveryProblemEscaped() {
        assertFalse(decorate("<body></body>", GOOD).contains(PageDecorator.OVERLAY_ID));
        String page = decorate("<body><p>old</p></body>", new BuildState(9, List.of("content/a.md:1:2: <script>alert('x')</script> & \"q\"",
                "content/b.md: second")));
        assertTrue(page.startsWith("<body><p>old</p><div id=\"__press-problems\" role=\"alert\""), page);
        assertTrue(page.contains("press: the last build failed; the last good site is shown underneath.\n\n"
                + "content/a.md:1:2: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;\ncontent/b.md: second\n</div>"), page);
        assertFalse(page.contains("<script>alert"), page);
        assertTrue(page.endsWith("</div><script src=\"/__press/reload.js\" data-generation=\"9\"></script></body>"), page);
    }

    @Test
    void escapeCoversTheFiveHtmlCharacters() {
        assertEquals("&amp;&lt;&gt;&quot;&#39;plain é", PageDecorator.escape("&<>\"'plain é"));
    }

    @Test
    void theScriptReloadsOnlyOnAnotherGeneration() {
        assertTrue(PageDecorator.SCRIPT.contains("new EventSource('/__press/events?page=' + encodeURIComponent(location.pathname))"),
                "the stream names its page, for previews of open pages: " + PageDecorator.SCRIPT);
        assertTrue(PageDecorator.SCRIPT.contains("if (e.data !== gen) { events.close(); location.reload(); }"), PageDecorator.SCRIPT);
    }
}
