package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.BuildException;
import press.testing.TestSite;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every output path is used once: two posts, a page and a post, an alias and anything, a section
 * list and a page, a bundle file and a static file on one address are errors at the file that
 * claims it ({@code path:line:col}), naming the other; nothing silently replaces anything.
 * (Aliases, section lists and the site's own pages: {@code invalid/address-clashes}.)
 */
class AddressClashTest {
    @TempDir
    Path dir;

    @Test
    void theSameSlugInTwoYearsOrTwoFoldersIsAnErrorNamingBoth() {
        TestSite site = new TestSite(dir).config("permalinks:\n  posts: /:year/:slug/\n")
                .post("2023/launch.md", "---\ntitle: Launch\ndate: 2023-05-01\n---\nfirst\n")
                .post("2024/launch.md", "---\ntitle: Launch\ndate: 2024-05-01\n---\nsecond\n")
                .post("a/notes.md", "---\ntitle: A\ndate: 2024-01-01\nslug: notes\n---\n")
                .post("b/notes.md", "---\ndate: 2024-01-02\ntitle: B\nslug: notes\n---\n");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of(
                "content/posts/2024/launch.md:2:1: slug \"launch\" is also used by content/posts/2023/launch.md:2:1, expected each post to have its own slug (set slug: to tell them apart)",
                "content/posts/b/notes.md:4:1: slug \"notes\" is also used by content/posts/a/notes.md:4:1, expected each post to have its own slug (set slug: to tell them apart)"),
                e.lines());
    }

    @Test
    void aPostsPermalinkOnAnotherPostsPathIsAnError() {
        TestSite site = new TestSite(dir)
                .post("a.md", "---\ntitle: A\ndate: 2024-01-01\nurl: /notes/x/\n---\n")
                .post("b.md", "+++\ntitle = \"B\"\ndate = 2024-01-02\npermalink = \"/notes/x/\"\n+++\n");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of("content/posts/a.md:4:1: post path /notes/x/ is also the path of content/posts/b.md:4:1, expected each post to have its own path "
                + "(its permalink gives the same one)"), e.lines());
    }

    @Test
    void aBundleFileOnAStaticFileIsAnError() {
        TestSite site = new TestSite(dir)
                .file("content/docs/_index.md", "---\ntitle: Docs\n---\n")
                .file("content/docs/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("static/docs/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>static</title></svg>")
                .post("a.md", "A", "2024-01-01");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of("content/docs/logo.svg: bundle file /docs/logo.svg is also the address of the static file static/docs/logo.svg, "
                + "expected each output path once (rename one of them)"), e.lines());
    }
}
