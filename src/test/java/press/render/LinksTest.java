package press.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinksTest {
    @Test
    void pathsFilesAndAbsoluteUrlsUnderASubPath() {
        Links l = new Links("https://example.org/blog/", "/blog/");
        assertEquals("/blog/", l.home(1));
        assertEquals("/blog/page/3/", l.home(3));
        assertEquals("/blog/2016/06/x/", l.asset("2016/06/x/"));
        assertEquals("/blog/stacks/go/page/2/", l.term("stacks", "go", 2));
        assertEquals("posts/x/index.html", l.file("/blog/posts/x/"));
        assertEquals("index.html", l.file("/blog/"));
        assertEquals("404.html", l.file("/blog/404.html"));
        assertEquals("https://example.org/blog/tags/", l.absolute("/blog/tags/"));
    }

    @Test
    void archiveAddresses() {
        Links l = new Links("https://example.org/blog/", "/blog/");
        assertEquals("/blog/archive/", l.archive());
        assertEquals("/blog/archive/2024/", l.archiveYear(2024, 1));
        assertEquals("/blog/archive/2024/page/2/", l.archiveYear(2024, 2));
        assertEquals("/blog/archive/2024/05/", l.archiveMonth(2024, 5, 1));
        assertEquals("/blog/archive/2024/11/page/3/", l.archiveMonth(2024, 11, 3));
    }

    @Test
    void linksOnAPageMadeAbsoluteRootRelativeOnesUnderTheBasePath() {
        Links l = new Links("https://example.org/blog/", "/blog/");
        assertEquals("https://example.org/blog/posts/x/a.png", l.absoluteFrom("/blog/posts/x/", "a.png"));
        assertEquals("https://example.org/blog/img/a.png", l.absoluteFrom("/blog/posts/x/", "/img/a.png"));
        assertEquals("https://example.org/blog/img/a.png", l.absoluteFrom("/blog/posts/x/", "/blog/img/a.png"));
        assertEquals("https://cdn.example/a.png", l.absoluteFrom("/blog/posts/x/", "//cdn.example/a.png"));
        assertEquals("https://example.org/img/a.png", new Links("https://example.org/", "/").absoluteFrom("/posts/x/", "/img/a.png"));
    }
}
