package press.pipeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import press.problem.Problem;
import press.problem.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which links and images of a body {@code press check} accepts, and where in the Markdown it reports the others. */
class BodyLinksTest {
    @TempDir
    Path source;
    PageIndex index;

    @BeforeEach
    void site() {
        index = new PageIndex();
        page("index.html", "<h1 id=\"top\">home</h1>");
        page("posts/a/index.html", "<h2 id=\"intro\">i</h2><h2 id=\"café\">c</h2><h2 id=\"a&amp;b\">ab</h2>");
        page("posts/b/index.html", "<p>b</p>");
        page("img/logo.png", "png");
        page("feed.xml", "<feed/>");
        page("docs/file with space.txt", "x");
    }

    private void page(String path, String html) {
        index.write(path, html.getBytes(StandardCharsets.UTF_8));
    }

    /** The problems of a post at posts/a/ whose Markdown is {@code markdown} and whose body is {@code html}. */
    private List<String> check(String file, String markdown, String html, String dir, String basePath) throws IOException {
        Path md = source.resolve(file);
        Files.createDirectories(md.getParent());
        Files.writeString(md, markdown, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        BodyLinks.check(source, file, html, dir, basePath, index, problems);
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    private List<String> post(String markdown, String html) throws IOException {
        return check("content/posts/a.md", markdown, html, "posts/a/", "/");
    }

    @Test
    void linksToPagesFilesAndIdsOfTheSitePass() throws IOException {
        String html = "<a href=\"/posts/b/\">b</a> <a href=\"../b/\">b</a> <a href=\"/posts/b\">b</a> <a href=\"/\">home</a>"
                + " <a href=\"/#top\">top</a> <a href=\"#intro\">intro</a> <a href=\"#caf%C3%A9\">café</a> <a href=\"#a&amp;b\">ab</a>"
                + " <img src=\"/img/logo.png\" alt=\"\"> <a href=\"/feed.xml#anything\">feed</a> <a href=\"?page=2\">q</a>"
                + " <a href=\"/posts/b/?x=1&amp;y=2#\">q</a> <a href=\"/docs/file%20with%20space.txt\">doc</a> <a href=\"\">empty</a>";
        assertEquals(List.of(), post("links", html));
    }

    @Test
    void otherSchemesAndHostsAreNotChecked() throws IOException {
        String html = "<a href=\"https://example.com/nope\">x</a> <a href=\"mailto:a@b.c\">m</a> <a href=\"//cdn.example/x.js\">c</a>"
                + " <img src=\"data:image/png;base64,AAAA\"> <a href=\"tel:+123\">t</a>";
        assertEquals(List.of(), post("x", html));
    }

    @Test
    void aMissingPageIsReportedAtTheLinkInTheMarkdown() throws IOException {
        String md = "---\ntitle: A\n---\n\nSee [the other](/posts/missing/) post.\n";
        assertEquals(List.of("content/posts/a.md:5:17: link /posts/missing/: no page of the site has this address "
                        + "(posts/missing/index.html), expected a post, list or static file"),
                post(md, "<p>See <a href=\"/posts/missing/\">the other</a> post.</p>"));
    }

    @Test
    void aMissingImageSaysWhereImagesGo() throws IOException {
        String md = "![logo](/img/gone.png)\n";
        assertEquals(List.of("content/posts/a.md:1:9: image /img/gone.png: no such file in the site (img/gone.png), expected a file under static/"),
                post(md, "<p><img src=\"/img/gone.png\" alt=\"logo\"></p>"));
    }

    @Test
    void aMissingIdNamesThePageAndTheId() throws IOException {
        assertEquals(List.of("content/posts/a.md:1:8: link #nope: posts/a/index.html has no element with id \"nope\", expected a heading id of that page"),
                post("[here](#nope)\n", "<a href=\"#nope\">here</a>"));
        assertEquals(List.of("content/posts/a.md:1:8: link /posts/b/#intro: posts/b/index.html has no element with id \"intro\", expected a heading id of that page"),
                post("[here](/posts/b/#intro)\n", "<a href=\"/posts/b/#intro\">here</a>"));
    }

    @Test
    void aLinkOutsideTheBasePathIsOutsideTheSite() throws IOException {
        page("blog/x.html", "");
        List<String> problems = check("content/posts/a.md", "[x](/other/)\n", "<a href=\"/other/\">x</a> <img src=\"../../../up.png\">",
                "posts/a/", "/blog/");
        assertEquals(List.of("content/posts/a.md: image ../../../up.png: outside the site (/blog/), expected a path under it",
                "content/posts/a.md:1:5: link /other/: outside the site (/blog/), expected a path under it"), problems);
    }

    @Test
    void aRelativeLinkOfABundleExpectsAFileBesideIt() throws IOException {
        List<String> problems = check("content/posts/trip/index.md", "![view](view.jpg)\n[notes](notes.pdf)\n",
                "<img src=\"view.jpg\"><a href=\"notes.pdf\">notes</a>", "posts/trip/", "/");
        assertEquals(List.of(
                "content/posts/trip/index.md:1:9: image view.jpg: no such file in the site (posts/trip/view.jpg), expected a file beside "
                        + "content/posts/trip/index.md (its bundle) or an image under static/",
                "content/posts/trip/index.md:2:9: link notes.pdf: no such file in the site (posts/trip/notes.pdf), expected a file beside "
                        + "content/posts/trip/index.md (its bundle), a page or a static file"), problems);
    }

    @Test
    void aLinkTheMarkdownDoesNotHoldIsReportedAtTheFile() throws IOException {
        assertEquals(List.of("content/posts/a.md: link /made/by/a/shortcode/: no page of the site has this address "
                        + "(made/by/a/shortcode/index.html), expected a post, list or static file"),
                post("{{< thing >}}\n", "<a href=\"/made/by/a/shortcode/\">x</a>"));
    }

    @Test
    void eachBrokenLinkIsReportedOnceWhereverItIsRepeated() throws IOException {
        List<String> problems = post("[a](/gone/) and [b](/gone/)\n", "<a href=\"/gone/\">a</a> and <a href=\"/gone/\">b</a>");
        assertEquals(1, problems.size(), problems.toString());
    }
}
