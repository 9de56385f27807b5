package press.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hugo's aliases: one redirect page per old address, at its folder's index or its file name, with every value escaped. */
class AliasPagesTest {
    final Links links = new Links("https://example.org/blog/", "/blog/");

    @Test
    void aFolderAliasIsItsIndexAndAFileAliasItsName() {
        List<Route> routes = AliasPages.of(List.of("old/", "older.html", "a/b/"), "/blog/posts/new/", links, "en", "/blog/assets/style.css");
        assertEquals(List.of("old/index.html", "older.html", "a/b/index.html"), routes.stream().map(Route::path).toList());
    }

    @Test
    void thePageSendsReadersAndSearchEnginesToTheAbsoluteAddress() {
        Route r = AliasPages.of(List.of("old/"), "/blog/posts/new/", links, "pl", "/blog/assets/style.css").get(0);
        String html = new String(((Route.Data) r).content().get(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<html lang=\"pl\">"), html);
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://example.org/blog/posts/new/\">"), html);
        assertTrue(html.contains("<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/blog/posts/new/\">"), html);
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex\">"), html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/blog/assets/style.css\">"), html);
    }

    @Test
    void everyValueIsEscaped() {
        String html = new String(AliasPages.page("https://example.org/?a=1&b=\"<x>'", "en\"><script>", "/s.css?v=1&x"), StandardCharsets.UTF_8);
        assertTrue(html.contains("href=\"https://example.org/?a=1&amp;b=&quot;&lt;x&gt;&#39;\""), html);
        assertTrue(html.contains("lang=\"en&quot;&gt;&lt;script&gt;\""), html);
        assertTrue(html.contains("href=\"/s.css?v=1&amp;x\""), html);
        assertFalse(html.contains("<script>"), html);
    }
}
