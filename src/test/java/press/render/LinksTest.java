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
}
