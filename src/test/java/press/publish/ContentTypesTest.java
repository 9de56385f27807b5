package press.publish;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Content-Type a deployed file is stored with: the feed as Atom, _headers as text, else by extension in any case. */
class ContentTypesTest {
    @ParameterizedTest
    @CsvSource({"feed.xml, application/atom+xml", "tags/x/feed.xml, application/xml", "sitemap.xml, application/xml",
            "_headers, text/plain; charset=utf-8", "docs/_headers, text/plain; charset=utf-8", "index.html, text/html; charset=utf-8",
            "A.PNG, image/png", "feed.json, application/json", "notes.pdf, application/pdf", "README, application/octet-stream",
            "a.tar.gz, application/octet-stream", "dir.v2/file, application/octet-stream", "font.woff, font/woff"})
    void typeOf(String path, String type) {
        assertEquals(type, ContentTypes.of(path));
    }
}
