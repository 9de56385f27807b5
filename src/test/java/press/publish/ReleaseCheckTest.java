package press.publish;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReleaseCheckTest {
    private static byte[] html(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void internalLinksMustNameFilesOfTheRelease() {
        ReleaseCheck c = new ReleaseCheck("https://e.org/blog/", "/blog/");
        c.page("posts/b/index.html", html("<a href=\"/blog/posts/nope/\">x</a> <img src=\"chart.png\" alt=\"\"> <a class=\"x\" href=\"https://e.org/blog/tags/\">t</a>"
                + " <a href=\"https://other.org/\">o</a> <a href=\"#top\">top</a> <a data-href=\"/blog/ignored/\">d</a>"));
        c.page("posts/a/index.html", html("<a href=\"/blog/posts/nope/?q=1#f\">again</a> <link rel=\"stylesheet\" href=\"/blog/assets/s.css\">"));
        c.page("feed.xml", html("<link href=\"/blog/not-checked/\"/>"));
        Set<String> files = Set.of("sitemap.xml", "feed.xml", "posts/a/index.html", "posts/b/index.html", "tags/index.html", "assets/s.css");
        assertEquals(List.of(
                "posts/a/index.html: link /blog/posts/nope/?q=1#f names no file of the release (expected posts/nope/index.html)",
                "posts/b/index.html: link chart.png names no file of the release (expected posts/b/chart.png)"), c.problems(files));
    }

    @Test
    void aFolderNamedWithoutItsLastSlashIsServedAsEveryStaticServerRedirectsIt() {
        ReleaseCheck c = new ReleaseCheck("https://e.org/", "/");
        c.page("docs/configuration/index.html", html("<a href=\"../collections\">c</a> <a href=\"/docs/history#v2\">h</a> <a href=\"/docs/gone\">g</a>"));
        Set<String> files = Set.of("sitemap.xml", "feed.xml", "docs/configuration/index.html", "docs/collections/index.html", "docs/history/index.html");
        assertEquals(List.of("docs/configuration/index.html: link /docs/gone names no file of the release (expected docs/gone)"), c.problems(files));
    }

    @Test
    void aReleaseWithoutSitemapOrFeedIsRefused() {
        assertEquals(List.of("sitemap.xml: missing, expected every release to have it", "feed.xml: missing, expected every release to have it"),
                new ReleaseCheck("https://e.org/", "/").problems(Set.of("index.html")));
    }
}
