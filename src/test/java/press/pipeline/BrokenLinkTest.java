package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.BuildException;
import press.testing.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A link in an author's Markdown to a file the release does not hold stops the release, reported
 * at the link in the Markdown file; {@code output: {broken_links: warn}} publishes with a warning.
 */
class BrokenLinkTest {
    @TempDir
    Path dir;

    private static final String EXPECTED = ": names no file of the release (%s), expected a page, a static file or a file of this page's bundle "
            + "(output.broken_links: warn in site.yaml publishes anyway)";

    private TestSite site(String config) {
        return new TestSite(dir).config("base_url: https://example.org/blog/\n" + config)
                .file("content/projects/coder/index.md", "+++\ntitle = \"Coder\"\n+++\n\nRead the [contributors list](CONTRIBUTORS.md) first.\n")
                .post("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nsee ![the chart](/img/none.png) and [b][b-ref]\n\n[b-ref]: /posts/gone/\n");
    }

    /** A release build, as press build makes it (TestSite builds a plain folder, which has no release check). */
    private static BuildResult release(TestSite s) {
        return Build.run(new BuildOptions(s.root, s.root.resolve("site"), null, false, 2, "releases", null));
    }

    @Test
    void aBrokenLinkIsAnErrorAtItsPlaceInTheMarkdownAndNothingGoesLive() {
        BuildException e = assertThrows(BuildException.class, () -> release(site("")));
        assertEquals(List.of(
                "content/posts/a.md:5:5: link ![the chart](/img/none.png)" + EXPECTED.formatted("img/none.png"),
                "content/posts/a.md:7:10: link /posts/gone/" + EXPECTED.formatted("posts/gone/index.html"),
                "content/projects/coder/index.md:5:10: link [contributors list](CONTRIBUTORS.md)" + EXPECTED.formatted("projects/coder/CONTRIBUTORS.md")),
                e.lines());
        assertFalse(Files.exists(dir.resolve("site")), "nothing went live");
    }

    @Test
    void brokenLinksWarnPublishesWithTheSameLinesAsWarnings() {
        BuildResult r = release(site("output: {broken_links: warn}\n"));
        assertTrue(r.warnings().contains("content/projects/coder/index.md:5:10: link [contributors list](CONTRIBUTORS.md)"
                + EXPECTED.formatted("projects/coder/CONTRIBUTORS.md")), r.warnings().toString());
        assertEquals(3, r.warnings().size(), r.warnings().toString());
        assertTrue(Files.isRegularFile(dir.resolve("site/projects/coder/index.html")));
        TestSite bad = new TestSite(dir.resolve("bad")).config("output: {broken_links: maybe}\n");
        assertEquals(List.of("content/site.yaml:1:24: output.broken_links: expected error or warn, got \"maybe\""),
                assertThrows(BuildException.class, () -> release(bad)).lines());
    }

    @Test
    void aBrokenLinkThatNoMarkdownHoldsIsReportedAtTheOutputPage() throws Exception {
        TestSite s = new TestSite(dir).file("content/about.md", "---\ntitle: About\n---\nabout\n");
        Path page = dir.resolve("templates/page.mustache");
        Files.writeString(page, Files.readString(page).replace("{{/page}}", "<a href=\"/theme-link/\">theme</a>{{/page}}"));
        assertEquals(List.of("site/about/index.html: release check: link /theme-link/ names no file of the release (expected theme-link/index.html)"),
                assertThrows(BuildException.class, () -> release(s)).lines());
    }
}
