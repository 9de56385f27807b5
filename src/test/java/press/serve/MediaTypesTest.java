package press.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content types by the last extension, in any case; unknown is binary; text types are UTF-8 and worth gzipping. */
class MediaTypesTest {
    @ParameterizedTest
    @CsvSource({"index.html, text/html; charset=utf-8", "INDEX.HTM, text/html; charset=utf-8", "a.min.js, text/javascript; charset=utf-8",
            "feed.xml, application/xml; charset=utf-8", "logo.SVG, image/svg+xml; charset=utf-8", "photo.JPeG, image/jpeg",
            "archive.tar.gz, application/octet-stream", "README, application/octet-stream", "trailing., application/octet-stream",
            ".htaccess, application/octet-stream", "index.html.bak, application/octet-stream", "font.woff2, font/woff2"})
    void typeByTheLastExtension(String name, String type) {
        assertEquals(type, MediaTypes.of(name));
    }

    @Test
    void textIsCompressibleAndOnlyHtmlIsHtml() {
        assertTrue(MediaTypes.compressible(MediaTypes.of("a.css")));
        assertTrue(MediaTypes.compressible(MediaTypes.of("a.svg")));
        assertFalse(MediaTypes.compressible(MediaTypes.of("a.png")));
        assertFalse(MediaTypes.compressible(MediaTypes.BINARY));
        assertTrue(MediaTypes.isHtml(MediaTypes.of("a.htm")));
        assertFalse(MediaTypes.isHtml(MediaTypes.of("a.xml")));
    }
}
