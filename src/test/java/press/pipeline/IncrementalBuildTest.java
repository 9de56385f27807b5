package press.pipeline;

import press.testing.TestSite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.BuildException;
import press.testing.SiteFixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rebuilds with a {@link BuildCache} (as press serve does) give exactly the files a fresh full build gives. */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir.resolve("src")).config("posts_per_page: 2\n")
                .post("a.md", "Alpha", "2024-01-01", "tags: [caching, cdn]", "stack: [php]")
                .post("b.md", "Beta", "2024-01-02", "tags: [caching]", "stack: [php]")
                .post("c.md", "Gamma", "2024-01-03", "tags: [go]", "stack: [go]");
    }

    private BuildResult incremental(TestSite site, BuildCache cache) {
        return Build.run(new BuildOptions(site.root, dir.resolve("served"), null, false, 2), cache);
    }

    private Map<String, byte[]> fresh(TestSite site) throws IOException {
        Path out = dir.resolve("fresh");
        Build.run(new BuildOptions(site.root, out, null, false, 1));
        return SiteFixture.tree(out);
    }

    private void assertSameAsFresh(TestSite site) throws IOException {
        Map<String, byte[]> want = fresh(site);
        Map<String, byte[]> got = SiteFixture.tree(dir.resolve("served"));
        assertEquals(want.keySet(), got.keySet(), "same files");
        want.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, got.get(path)), path + " differs"));
    }

    private static void touch(Path file, String text) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
    }

    @Test
    void editsAddsDeletesAndTemplateChangesMatchAFullBuild() throws IOException {
        TestSite site = site();
        BuildCache cache = new BuildCache();
        incremental(site, cache);
        assertSameAsFresh(site);

        Path index = dir.resolve("served/posts/alpha/index.html");
        // the go tag's page lists only Gamma, so an edit of Alpha cannot change it (Gamma's own page can: its similar posts read Alpha's words)
        FileTime untouched = Files.getLastModifiedTime(dir.resolve("served/tags/go/index.html"));
        touch(site.root.resolve("content/posts/a.md"), "---\ntitle: Alpha\ndate: 2024-01-01\ntags: [caching, cdn]\nstack: [php]\n---\nnew body text\n");
        incremental(site, cache);
        assertTrue(Files.readString(index).contains("new body text"));
        assertEquals(untouched, Files.getLastModifiedTime(dir.resolve("served/tags/go/index.html")), "an unchanged page is not rewritten");
        assertSameAsFresh(site);

        site.post("d.md", "Delta", "2024-01-04", "tags: [new-tag]");
        incremental(site, cache);
        assertSameAsFresh(site);

        Files.delete(site.root.resolve("content/posts/d.md"));
        incremental(site, cache);
        assertFalse(Files.exists(dir.resolve("served/tags/new-tag")), "a term page with no posts left is gone, folder and all");
        assertSameAsFresh(site);

        site.file("templates/404.mustache", "{{<layout}}{{$main}}<h1>Lost</h1>{{/main}}{{/layout}}\n");
        incremental(site, cache);
        assertTrue(Files.readString(dir.resolve("served/404.html")).contains("<h1>Lost</h1>"));
        assertSameAsFresh(site);

        site.config("posts_per_page: 1\n");
        incremental(site, cache);
        assertSameAsFresh(site);
    }

    /**
     * A rebuild that fails while rendering, after other changed pages rendered fine: the in-place
     * writer must not have written those (everything renders before anything is written).
     */
    @Test
    void aRebuildFailingInRenderingChangesNothing() throws IOException {
        TestSite site = TestSite.withTestTheme(dir.resolve("src"))
                .post("a.md", "Alpha", "2024-01-01", "tags: [caching]")
                .post("b.md", "Beta", "2024-01-02", "tags: [caching]")
                .post("c.md", "Gamma", "2024-01-03", "tags: [go]");
        // a name no view has, reached only by a post with a summary: the template compiles, the render fails
        site.file("templates/post.mustache", Files.readString(site.root.resolve("templates/post.mustache"))
                + "{{#post.summary}}{{post.nosuch}}{{/post.summary}}\n");
        BuildCache cache = new BuildCache();
        incremental(site, cache);
        Map<String, byte[]> before = SiteFixture.tree(dir.resolve("served"));
        touch(site.root.resolve("content/posts/a.md"), "---\ntitle: Alpha\ndate: 2024-01-01\ntags: [caching, new]\n---\nnew body\n");
        touch(site.root.resolve("content/posts/c.md"), "---\ntitle: Gamma\ndate: 2024-01-03\ntags: [go]\nsummary: fails\n---\n");
        BuildException e = assertThrows(BuildException.class, () -> incremental(site, cache));
        assertTrue(e.getMessage().contains("{{post.nosuch}}") || String.valueOf(e.problems().sorted()).contains("{{post.nosuch}}"),
                "the failure is the render's: " + e.problems().sorted());
        Map<String, byte[]> after = SiteFixture.tree(dir.resolve("served"));
        assertEquals(before.keySet(), after.keySet(), "no page added or removed (tags/new/ is not there)");
        before.forEach((p, b) -> assertTrue(java.util.Arrays.equals(b, after.get(p)), p + " was written by a failed rebuild"));
        touch(site.root.resolve("content/posts/c.md"), "---\ntitle: Gamma\ndate: 2024-01-03\ntags: [go]\n---\n");
        incremental(site, cache);
        assertTrue(Files.readString(dir.resolve("served/posts/alpha/index.html")).contains("new body"));
        assertSameAsFresh(site);
    }

    @Test
    void aRebuildFailingInParsingChangesNothing() throws IOException {
        TestSite site = site();
        BuildCache cache = new BuildCache();
        incremental(site, cache);
        Map<String, byte[]> before = SiteFixture.tree(dir.resolve("served"));
        touch(site.root.resolve("content/posts/b.md"), "---\ntitle: Beta\ndate: 2024-02-30\n---\n");
        assertThrows(BuildException.class, () -> incremental(site, cache));
        Map<String, byte[]> after = SiteFixture.tree(dir.resolve("served"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((p, b) -> assertTrue(java.util.Arrays.equals(b, after.get(p)), p));
        touch(site.root.resolve("content/posts/b.md"), "---\ntitle: Beta two\ndate: 2024-01-02\n---\n");
        incremental(site, cache);
        assertSameAsFresh(site);
    }
}
