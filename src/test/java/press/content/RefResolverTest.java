package press.content;

import org.junit.jupiter.api.Test;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The link markers ref, relref, link and post_url leave in a body, to URLs once every page's path is known; a target that names no page is an error at its tag. */
class RefResolverTest {
    private static final Map<String, String> PUBLISHED = Map.of(
            "content/docs/_index.md", "docs/",
            "content/docs/install.md", "docs/install/",
            "content/docs/guide/index.md", "docs/guide/",
            "content/docs/a/setup.md", "docs/a/setup/",
            "content/docs/b/setup.md", "docs/b/setup/",
            "content/_posts/2016-07-10-hello.md", "2016/07/10/hello/",
            "content/about.md", "about/",
            "content/old/docs.md", "old/docs/");

    private final RefResolver resolver = new RefResolver(PUBLISHED, "/blog/");

    private static String marker(String target, int line, int col) {
        return Shortcodes.REF + HexFormat.of().formatHex(target.getBytes(StandardCharsets.UTF_8)) + "_" + line + "_" + col + "__";
    }

    /** The URL the marker for {@code target} becomes, with no problem. */
    private String url(String target) {
        Problems p = new Problems();
        String html = resolver.resolve("content/x.md", "<a href=\"" + marker(target, 3, 5) + "\">", p);
        assertTrue(p.isEmpty(), target + ": " + p.sorted());
        return html.substring("<a href=\"".length(), html.length() - 2);
    }

    private List<String> errors(String target) {
        Problems p = new Problems();
        assertEquals("<a href=\"#\">", resolver.resolve("content/x.md", "<a href=\"" + marker(target, 3, 5) + "\">", p), "a missing target links nowhere");
        return p.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void aTargetIsAContentFileWrittenAnyOfTheUsualWays() {
        assertEquals("/blog/docs/install/", url("docs/install.md"));
        assertEquals("/blog/docs/install/", url("/docs/install"), "a site path without the extension");
        assertEquals("/blog/docs/install/", url("content/docs/install.md"));
        assertEquals("/blog/docs/install/", url(" \"docs/install.md\" "), "quoted, with white space");
        assertEquals("/blog/docs/guide/", url("docs/guide/"), "a folder names its index.md");
        assertEquals("/blog/docs/", url("docs"), "or its _index.md, before old/docs.md, which has the same name");
        assertEquals("/blog/old/docs/", url("old/docs"));
        assertEquals("/blog/about/", url("about"), "a file name only one file has");
        assertEquals("/blog/docs/guide/", url("guide"), "an index file goes by its folder's name");
    }

    @Test
    void aFragmentIsKeptAndEscaped() {
        assertEquals("/blog/docs/install/#step-2", url("docs/install.md#step-2"));
        assertEquals("#top", url("#top"), "a fragment alone stays on the page");
        assertEquals("/blog/about/#a&amp;b", url("about#a&b"));
    }

    @Test
    void postUrlNamesAJekyllPostByItsFileName() {
        assertEquals("/blog/2016/07/10/hello/", url("post_url: 2016-07-10-hello"));
        assertEquals("/blog/2016/07/10/hello/", url("_posts/2016-07-10-hello.md"), "link takes the path");
    }

    @Test
    void aTargetThatNamesNoPageOrMoreThanOneIsAnErrorAtItsTag() {
        String expected = "expected a file of content/ such as docs/install.md (or a file name that only one file has)";
        assertEquals(List.of("content/x.md:3:5: ref \"docs/missing.md\": no published page for it, " + expected), errors("docs/missing.md"));
        assertEquals(List.of("content/x.md:3:5: ref \"setup\": no published page for it, " + expected), errors("setup"),
                "two files are called setup.md");
        assertEquals(List.of("content/x.md:3:5: ref \"\": no published page for it, " + expected), errors(""));
        assertEquals(List.of("content/x.md:3:5: post_url \"2016-07-10-gone\": no published page for it, " + expected),
                errors("post_url: 2016-07-10-gone"));
    }

    @Test
    void everyMarkerOfABodyIsResolvedAndEachMissingOneReported() {
        Problems p = new Problems();
        String html = resolver.resolve("content/docs/install.md", "<a href=\"" + marker("about", 7, 1) + "\">a</a> <a href=\"" + marker("nope", 9, 12)
                + "\">b</a> <a href=\"" + marker("docs/a/setup.md", 10, 3) + "\">c</a>", p);
        assertEquals("<a href=\"/blog/about/\">a</a> <a href=\"#\">b</a> <a href=\"/blog/docs/a/setup/\">c</a>", html);
        assertEquals(List.of("content/docs/install.md:9:12"), p.sorted().stream().map(pr -> pr.pos().toString()).toList());
    }

    @Test
    void aBodyWithoutMarkersIsReturnedAsItIs() {
        String html = "<p>no links</p>";
        assertSame(html, resolver.resolve("content/x.md", html, new Problems()));
    }
}
