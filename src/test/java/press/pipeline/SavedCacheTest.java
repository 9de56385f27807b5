package press.pipeline;

import press.testing.TestSite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.cli.Main;
import press.testing.SiteFixture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code press build} with the cache it saves in {@code .press-cache/}: after edits, adds, deletes,
 * renames, template and config changes its output equals a clean build's, file by file; a corrupt
 * or foreign cache is ignored with a warning; {@code --clean} ignores it.
 */
class SavedCacheTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run press(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = System.out;
        PrintStream e = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    private TestSite site() {
        return new TestSite(dir.resolve("src")).config("posts_per_page: 2\n")
                .post("a.md", "Alpha", "2024-01-01", "tags: [caching, cdn]", "stack: [php]")
                .post("b.md", "Beta", "2024-01-02", "tags: [caching]", "stack: [php]")
                .post("c.md", "Gamma", "2024-01-03", "tags: [go]", "stack: [go]");
    }

    private Run cached(TestSite site, String... extra) {
        String[] args = {"build", "--folder", "--progress", "never", "--source", site.root.toString(), "--out", dir.resolve("site").toString()};
        Run r = press(concat(args, extra));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private void assertSameAsClean(TestSite site) throws IOException {
        Path clean = dir.resolve("clean");
        Build.run(new BuildOptions(site.root, clean, null, false, 1));
        Map<String, byte[]> want = SiteFixture.tree(clean);
        Map<String, byte[]> got = SiteFixture.tree(dir.resolve("site"));
        assertEquals(want.keySet(), got.keySet(), "same files");
        want.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, got.get(path)), path + " differs"));
    }

    /** Edits a.md: the next build takes the other two posts from the saved cache ({@code why} it should), and equals a clean build. */
    private void anEditOfAlphaReusesTheOthers(TestSite site, String why) throws IOException {
        edit(site.root.resolve("content/posts/a.md"), Files.readString(site.root.resolve("content/posts/a.md")) + "\nalpha more\n");
        assertTrue(cached(site, "--stats").out().contains("posts reused from cache 2"), why);
        assertSameAsClean(site);
    }

    /** Writes and moves the modification time on, as an editor saving a second later would. */
    private static void edit(Path file, String text) throws IOException {
        FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Math.max(before.toMillis() + 2000, System.currentTimeMillis())));
    }

    @Test
    void everyKindOfChangeGivesTheCleanBuildsFiles() throws IOException {
        TestSite site = site();
        cached(site);
        assertSameAsClean(site);
        assertTrue(Files.isRegularFile(site.root.resolve(".press-cache/build.txt")));

        assertTrue(cached(site).out().startsWith("up to date"), "nothing changed");

        Path posts = site.root.resolve("content/posts");
        edit(posts.resolve("a.md"), "---\ntitle: Alpha two\ndate: 2024-01-01\ntags: [caching, go]\nstack: [php]\n---\nnew *body*\n");
        Run r = cached(site, "--stats");
        assertTrue(r.out().contains("posts reused from cache 2"), r.out());
        assertSameAsClean(site);

        edit(posts.resolve("b.md"), Files.readString(posts.resolve("b.md")).replace("Beta", "Beta body edit"));
        cached(site);
        assertSameAsClean(site);

        edit(posts.resolve("d.md"), "---\ntitle: Delta\ndate: 2024-02-01\ntags: [cdn]\n---\nadded\n");
        cached(site);
        assertSameAsClean(site);

        Files.delete(posts.resolve("c.md"));
        cached(site);
        assertSameAsClean(site);

        Files.move(posts.resolve("d.md"), posts.resolve("renamed.md"));
        cached(site);
        assertSameAsClean(site);

        Path post = site.root.resolve("templates/post.mustache");
        edit(post, Files.readString(post).replace("<article", "<article data-x=\"1\""));
        cached(site);
        assertSameAsClean(site);

        edit(site.root.resolve("content/site.yaml"), "posts_per_page: 1\ntitle: Renamed site\n");
        cached(site);
        assertSameAsClean(site);
    }

    @Test
    void theStampSaysThePostCountWhereBinPressReadsIt() throws IOException {
        TestSite site = site();
        cached(site);
        List<String> lines = Files.readAllLines(site.root.resolve(BuildCache.FOLDER).resolve(BuildCache.STAMP));
        // bin/press sizes the JVM by the 6th line when the 9th is "end", instead of walking content/
        assertEquals("3", lines.get(5), lines.toString());
        assertEquals("end", lines.get(8), lines.toString());
    }

    @Test
    void aCorruptOrForeignCacheIsIgnoredWithAWarning() throws IOException {
        TestSite site = site();
        cached(site);
        Path cache = site.root.resolve(".press-cache");
        try (var shards = Files.list(cache)) { // every file of saved posts
            for (Path p : shards.filter(p -> p.getFileName().toString().startsWith("posts-")).toList()) Files.write(p, new byte[] {1, 2, 3});
        }
        edit(site.root.resolve("content/posts/a.md"), "---\ntitle: Alpha again\ndate: 2024-01-01\n---\nx\n");
        Run r = cached(site);
        assertTrue(r.err().contains("warning: ") && r.err().contains("ignored"), r.err());
        assertSameAsClean(site);

        Files.writeString(cache.resolve("build.txt"), "some other tool's file\n");
        r = cached(site);
        assertTrue(r.err().contains("warning: ") && r.err().contains("ignored"), r.err());
        assertSameAsClean(site);

        // a cache from other press code (another version) is not trusted
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(cache.resolve("build.txt")));
        lines.set(1, "0".repeat(64));
        Files.write(cache.resolve("build.txt"), lines);
        r = cached(site);
        assertTrue(r.err().contains("another press version"), r.err());
        assertTrue(r.out().startsWith("built"), r.out());
    }

    /**
     * A build that fails while rendering, with a saved cache and an output updated in place: the
     * output keeps every byte, and the next good build still equals a clean one.
     */
    @Test
    void aBuildFailingInRenderingLeavesTheOutputAndTheCacheGood() throws IOException {
        TestSite site = site();
        // a name no view has, reached only by a post with a summary: the templates load, a render fails
        site.file("templates/post.mustache", Files.readString(site.root.resolve("templates/post.mustache"))
                + "{{#post.summary}}{{post.nosuch}}{{/post.summary}}\n");
        cached(site);
        Map<String, byte[]> before = SiteFixture.tree(dir.resolve("site"));
        edit(site.root.resolve("content/posts/a.md"), "---\ntitle: Alpha\ndate: 2024-01-01\ntags: [caching, cdn]\nstack: [php]\n---\nnew body\n");
        edit(site.root.resolve("content/posts/c.md"), "---\ntitle: Gamma\ndate: 2024-01-03\ntags: [go]\nsummary: fails\n---\n");
        Run failed = press("build", "--folder", "--progress", "never", "--source", site.root.toString(), "--out", dir.resolve("site").toString());
        assertEquals(Main.PROBLEMS, failed.code(), failed.err());
        assertTrue(failed.err().contains("{{post.nosuch}}"), failed.err());
        Map<String, byte[]> after = SiteFixture.tree(dir.resolve("site"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((p, b) -> assertTrue(Arrays.equals(b, after.get(p)), p + " was written by a failed build"));
        edit(site.root.resolve("content/posts/c.md"), "---\ntitle: Gamma\ndate: 2024-01-03\ntags: [go]\nstack: [go]\n---\n");
        cached(site);
        assertTrue(Files.readString(dir.resolve("site/posts/alpha/index.html")).contains("new body"));
        assertSameAsClean(site);
    }

    /**
     * A first build writes its cache as it goes ({@link BuildCache#beginAhead}): when it then fails
     * while rendering, the folder holds no stamp, so nothing half-made is trusted; the next good
     * build starts afresh without a warning, and the cache it saves is read back whole.
     */
    @Test
    void aFirstBuildFailingInRenderingLeavesNoCacheToTrust() throws IOException {
        TestSite site = site();
        site.file("templates/post.mustache", Files.readString(site.root.resolve("templates/post.mustache"))
                + "{{#post.summary}}{{post.nosuch}}{{/post.summary}}\n");
        edit(site.root.resolve("content/posts/c.md"), "---\ntitle: Gamma\ndate: 2024-01-03\ntags: [go]\nsummary: fails\n---\n");
        Run failed = press("build", "--folder", "--progress", "never", "--source", site.root.toString(), "--out", dir.resolve("site").toString());
        assertEquals(Main.PROBLEMS, failed.code(), failed.err());
        Path cache = site.root.resolve(".press-cache");
        assertTrue(Files.isRegularFile(cache.resolve("search.bin")) || Files.exists(cache.resolve("search-00.bin")),
                "the failed build had written parts of its cache");
        assertFalse(Files.exists(cache.resolve("build.txt")), "but no stamp");
        assertFalse(Files.exists(dir.resolve("site")), "nor any output");

        edit(site.root.resolve("content/posts/c.md"), "---\ntitle: Gamma\ndate: 2024-01-03\ntags: [go]\nstack: [go]\n---\n");
        Run r = cached(site, "--stats");
        assertTrue(r.out().contains("posts reused from cache 0"), r.out());
        assertFalse(r.err().contains("warning"), r.err());
        assertSameAsClean(site);
        anEditOfAlphaReusesTheOthers(site, "the cache written as the good build went is whole");
    }

    /** A build that warns is built again each time, to say its warnings again, but from its saved cache: unchanged posts are not parsed again. */
    @Test
    void aBuildThatWarnsIsNeverUpToDateButStillSavesItsCache() throws IOException {
        TestSite site = site();
        site.file("content/notes.rst", "not Markdown\n");
        Run first = cached(site);
        assertTrue(first.err().contains("content/notes.rst: skipped"), first.err());
        assertTrue(Files.isRegularFile(site.root.resolve(".press-cache/build.txt")), "saved all the same");
        Run again = cached(site, "--stats");
        assertTrue(again.out().startsWith("built"), "never skipped as up to date: " + again.out());
        assertTrue(again.err().contains("content/notes.rst: skipped"), "the warning said again: " + again.err());
        assertTrue(again.out().contains("posts reused from cache 3"), again.out());
        edit(site.root.resolve("content/posts/b.md"), Files.readString(site.root.resolve("content/posts/b.md")) + "\nmore\n");
        assertTrue(cached(site, "--stats").out().contains("posts reused from cache 2"));
        assertSameAsClean(site);
        Files.delete(site.root.resolve("content/notes.rst"));
        cached(site);
        assertTrue(cached(site).out().startsWith("up to date"), "without the warning, up to date again");
    }

    @Test
    void releaseBuildsReadTheCacheTheyWroteWithoutAWarning() throws IOException {
        TestSite site = site();
        String[] release = {"build", "--progress", "never", "--source", site.root.toString(), "--out", dir.resolve("live").toString()};
        assertEquals(0, press(release).code());
        edit(site.root.resolve("content/posts/a.md"), "---\ntitle: Alpha\ndate: 2024-01-01\n---\nedited\n");
        for (int i = 0; i < 2; i++) { // the build after an edit, then the one after that: each reads what the last saved
            Run r = press(release);
            assertEquals(0, r.code(), r.err());
            assertFalse(r.err().contains("unreadable") || r.out().contains("unreadable"), r.out() + r.err());
            edit(site.root.resolve("content/posts/b.md"), "---\ntitle: Beta\ndate: 2024-01-02\n---\nedited " + i + "\n");
        }
    }

    @Test
    void aBuildSavesOnlyTheFilesOfPostsThatChanged() throws IOException {
        TestSite site = site();
        cached(site);
        Path cache = site.root.resolve(".press-cache");
        java.util.List<Path> shards;
        try (var s = Files.list(cache)) {
            shards = s.filter(p -> p.getFileName().toString().matches("posts-\\d\\d\\.bin")).sorted().toList();
        }
        assertEquals(3, shards.size(), "three posts, each in the shard of its path's hash: " + shards);
        for (Path p : shards) Files.setLastModifiedTime(p, FileTime.fromMillis(0));
        edit(site.root.resolve("content/posts/b.md"), Files.readString(site.root.resolve("content/posts/b.md")) + "\nmore\n");
        cached(site);
        long rewritten = 0;
        for (Path p : shards) if (Files.getLastModifiedTime(p).toMillis() != 0) rewritten++;
        assertEquals(1, rewritten, "only the edited post's shard is saved again");
        assertTrue(cached(site).out().startsWith("up to date"));
        anEditOfAlphaReusesTheOthers(site, "the saved shards read back whole");
    }

    @Test
    void cleanIgnoresTheCache() throws IOException {
        TestSite site = site();
        cached(site);
        Run r = cached(site, "--clean", "--stats");
        assertTrue(r.out().startsWith("built"), r.out());
        assertTrue(r.out().contains("rendered 13)") || r.out().contains("posts reused from cache 0"), r.out());
        assertSameAsClean(site);
    }

    @Test
    void anOutputFolderGoneOrReplacedIsWrittenAfresh() throws IOException {
        TestSite site = site();
        cached(site);
        SiteFixture.tree(dir.resolve("site")); // exists
        org.apache.commons.io.FileUtils.deleteDirectory(dir.resolve("site").toFile());
        assertTrue(cached(site).out().startsWith("built"));
        assertSameAsClean(site);

        // files deleted or added by hand in the output: the next build that changes anything puts it right
        Files.delete(dir.resolve("site/tags/index.html"));
        Files.writeString(dir.resolve("site/stray.html"), "not press's");
        edit(site.root.resolve("content/posts/b.md"), Files.readString(site.root.resolve("content/posts/b.md")) + "\nmore\n");
        cached(site);
        assertSameAsClean(site);
    }
}
