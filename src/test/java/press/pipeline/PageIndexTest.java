package press.pipeline;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer of press check: it keeps every path and each HTML page's element ids, and writes nothing. */
class PageIndexTest {
    @Test
    void pagesKeepTheirIdsAndOtherFilesOnlyTheirPaths() {
        PageIndex index = new PageIndex();
        assertTrue(index.needsRender("a/index.html", new Object()));
        index.write("a/index.html", "<h2 id=\"intro\">x</h2><p\tid=\"a&amp;b\">y</p><div data-id=\"no\"></div><span id=\"\"></span>"
                .getBytes(StandardCharsets.UTF_8));
        index.write("feed.xml", "<entry id=\"not-a-page\"/>".getBytes(StandardCharsets.UTF_8));
        index.copy("img/a.png", Path.of("/nowhere/a.png"));
        index.commit();
        index.close();
        assertEquals(Set.of("a/index.html", "feed.xml", "img/a.png"), index.files);
        assertEquals(Set.of("intro", "a&b", ""), index.ids.get("a/index.html"));
        assertFalse(index.ids.containsKey("feed.xml"));
    }
}
