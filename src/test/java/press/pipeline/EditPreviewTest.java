package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.SiteFixture;
import press.testing.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * press serve's edit preview ({@link EditPreview}): a post whose body alone changed has its page
 * written ahead of the full rebuild, as the full build writes it; any other change writes nothing
 * ahead; and the full rebuild that follows leaves what a clean build gives.
 */
class EditPreviewTest {
    @TempDir
    Path dir;

    private static final String ALPHA = "---\ntitle: Alpha\ndate: 2024-01-01\ntags: [caching, cdn]\nstack: [php]\n---\n";

    private TestSite site(String config) {
        return new TestSite(dir.resolve("src")).config(config).file("templates/shortcodes/note.mustache", "<aside>{{inner}}</aside>")
                .post("a.md", ALPHA + "first words\n")
                .post("b.md", "Beta", "2024-01-02", "tags: [caching]", "stack: [php]")
                .post("c.md", "Gamma", "2024-01-03", "tags: [go]", "stack: [go]");
    }

    private BuildResult serveBuild(TestSite site, BuildCache cache) {
        return Build.run(new BuildOptions(site.root, served(), null, false, 2), cache);
    }

    private Path served() {
        return dir.resolve("served");
    }

    private Map<String, byte[]> fresh(TestSite site) throws IOException {
        Path out = dir.resolve("fresh");
        Build.run(new BuildOptions(site.root, out, null, false, 1));
        return SiteFixture.tree(out);
    }

    /** Saves {@code text} into a post with a later modification time (a save within the file system's clock tick still counts). */
    private static Path save(TestSite site, String post, String text) throws IOException {
        Path file = site.root.resolve("content/posts/" + post);
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
        return file;
    }

    private Map<String, FileTime> times() throws IOException {
        Map<String, FileTime> out = new java.util.TreeMap<>();
        for (String path : SiteFixture.tree(served()).keySet()) out.put(path, Files.getLastModifiedTime(served().resolve(path)));
        return out;
    }

    @Test
    void aBodyEditIsWrittenAheadAsTheFullBuildWritesIt() throws IOException {
        TestSite site = site("similar: {count: 0}\n"); // no similar posts: the page ahead is the final page, byte for byte
        BuildCache cache = new BuildCache();
        serveBuild(site, cache);
        Map<String, FileTime> before = times();

        Path a = save(site, "a.md", ALPHA + "a **new** sentence\n");
        assertEquals(List.of("posts/alpha/index.html"), Build.preview(cache, Set.of(a)));
        Map<String, byte[]> want = fresh(site);
        assertArrayEquals(want.get("posts/alpha/index.html"), Files.readAllBytes(served().resolve("posts/alpha/index.html")));
        Map<String, FileTime> after = times();
        after.forEach((path, time) -> {
            if (!path.equals("posts/alpha/index.html")) assertEquals(before.get(path), time, path + " is left to the full build");
        });

        serveBuild(site, cache);
        assertSameFiles(want, SiteFixture.tree(served()));
    }

    @Test
    void theFullBuildAfterAPreviewMatchesACleanBuildWithSimilarPosts() throws IOException {
        TestSite site = site("");
        BuildCache cache = new BuildCache();
        serveBuild(site, cache);
        Path a = save(site, "a.md", ALPHA + "go go go go concurrency goroutines\n");
        assertEquals(List.of("posts/alpha/index.html"), Build.preview(cache, Set.of(a)));
        assertTrue(Files.readString(served().resolve("posts/alpha/index.html")).contains("goroutines"));
        assertFullBuildIsAClean(site, cache);
    }

    /** A post's own fields show on its page at once; the pages that list it follow with the full build. */
    @Test
    void aNewTitleOrSummaryIsWrittenAheadToo() throws IOException {
        TestSite site = site("similar: {count: 0}\n");
        BuildCache cache = new BuildCache();
        serveBuild(site, cache);
        Path a = save(site, "a.md", ALPHA.replace("title: Alpha", "title: Alpha Renamed\nslug: alpha\nsummary: A new summary") + "first words\n");
        assertEquals(List.of("posts/alpha/index.html"), Build.preview(cache, Set.of(a)));
        assertArrayEquals(fresh(site).get("posts/alpha/index.html"), Files.readAllBytes(served().resolve("posts/alpha/index.html")));
        assertFullBuildIsAClean(site, cache);
    }

    /** After a template edit, the open pages that are posts are written ahead with the new templates, as the full build writes them. */
    @Test
    void aTemplateEditRewritesTheOpenPostPagesAhead() throws IOException {
        TestSite site = site("similar: {count: 0}\n");
        BuildCache cache = new BuildCache();
        serveBuild(site, cache);
        Path post = site.root.resolve("templates/post.mustache");
        String before = Files.readString(post);
        Files.writeString(post, before.replace("</article>", "<p>edited template</p></article>"));
        assertTrue(Files.readString(post).contains("edited template"), "the template has an </article> to edit");
        Map<String, FileTime> times = times();
        Set<String> open = Set.of("posts/alpha/index.html", "index.html", "tags/caching/index.html", "no/such/page.html");
        assertEquals(List.of("posts/alpha/index.html"), Build.preview(cache, Set.of(post), open), "only the open post pages");
        assertArrayEquals(fresh(site).get("posts/alpha/index.html"), Files.readAllBytes(served().resolve("posts/alpha/index.html")));
        assertEquals(times.get("posts/beta/index.html"), Files.getLastModifiedTime(served().resolve("posts/beta/index.html")), "not open: the full build's");

        Path b = save(site, "b.md", "---\ntitle: \"Beta\"\ndate: 2024-01-02\ntags: [caching]\nstack: [php]\n---\nbeta now\n");
        assertEquals(List.of("posts/beta/index.html"), Build.preview(cache, Set.of(b), Set.of()));
        assertTrue(Files.readString(served().resolve("posts/beta/index.html")).contains("edited template"), "later previews use the new templates");
        Files.writeString(post, before.replace("</article>", "<p>edited again</p></article>"));
        assertEquals(List.of("posts/beta/index.html"), Build.preview(cache, Set.of(post), Set.of("posts/beta/index.html")));
        String beta = Files.readString(served().resolve("posts/beta/index.html"));
        assertTrue(beta.contains("edited again") && beta.contains("beta now"), "a template edit after a post's keeps the post as saved");
        Files.writeString(post, before.replace("</article>", "<p>edited template</p></article>"));
        assertFullBuildIsAClean(site, cache);

        assertEquals(List.of(), Build.preview(cache, Set.of(post), Set.of()), "no page open: nothing");
        Files.writeString(post, "{{#broken}}");
        assertEquals(List.of(), Build.preview(cache, Set.of(post), open), "a template with an error: the full build reports it");
        Path shortcode = site.root.resolve("templates/shortcodes/note.mustache");
        Files.writeString(post, before);
        Files.writeString(shortcode, "<aside class=\"x\">{{inner}}</aside>");
        assertEquals(List.of(), Build.preview(cache, Set.of(shortcode), open), "a shortcode renders into bodies: the full build's");
        assertEquals(List.of(), Build.preview(cache, Set.of(post, site.root.resolve("content/posts/a.md")), open), "templates and posts at once");
    }

    @Test
    void twoEditedPostsAreBothWrittenAhead() throws IOException {
        TestSite site = site("");
        BuildCache cache = new BuildCache();
        serveBuild(site, cache);
        Path a = save(site, "a.md", ALPHA + "alpha changed\n");
        Path vim = site.root.resolve("content/posts/4913"); // vim's check that it may write the folder, made and deleted on save
        Path b = save(site, "b.md", "---\ntitle: \"Beta\"\ndate: 2024-01-02\ntags: [caching]\nstack: [php]\n---\nbeta changed\n");
        assertEquals(List.of("posts/alpha/index.html", "posts/beta/index.html"), Build.preview(cache, Set.of(b, vim, a)));
        assertTrue(Files.readString(served().resolve("posts/beta/index.html")).contains("beta changed"));
    }

    @Test
    void anythingButABodyEditWritesNothingAhead() throws IOException {
        TestSite site = site("");
        BuildCache cache = new BuildCache();
        Path a = site.root.resolve("content/posts/a.md");
        assertEquals(List.of(), Build.preview(cache, Set.of(a)), "before any build");
        serveBuild(site, cache);
        Map<String, byte[]> built = SiteFixture.tree(served());

        assertEquals(List.of(), Build.preview(cache, Set.of()), "nothing changed");
        save(site, "a.md", ALPHA.replace("2024-01-01", "2024-01-05") + "first words\n");
        assertEquals(List.of(), Build.preview(cache, Set.of(a)), "a date orders the posts: other neighbours");
        save(site, "a.md", ALPHA.replace("[caching, cdn]", "[caching]") + "first words\n");
        assertEquals(List.of(), Build.preview(cache, Set.of(a)), "terms make term pages");
        save(site, "a.md", ALPHA.replace("title: Alpha", "title: Alpha\nslug: other") + "first words\n");
        assertEquals(List.of(), Build.preview(cache, Set.of(a)), "another address");
        save(site, "a.md", ALPHA.replace("title: Alpha", "title: Alpha\ndraft: true") + "first words\n");
        assertEquals(List.of(), Build.preview(cache, Set.of(a)), "a draft leaves the site");
        save(site, "a.md", ALPHA + "first words\n{{< note >}}aside{{< /note >}}\n");
        assertEquals(List.of(), Build.preview(cache, Set.of(a)), "the site's own shortcodes are the full build's");
        save(site, "a.md", "---\ntitle: [broken\n---\nbody\n");
        assertEquals(List.of(), Build.preview(cache, Set.of(a)), "a post with problems");
        save(site, "a.md", ALPHA + "fine again\n");
        site.post("d.md", "Delta", "2024-01-04");
        assertEquals(List.of(), Build.preview(cache, Set.of(a, site.root.resolve("content/posts/d.md"))), "a new post");
        Path template = site.root.resolve("templates/post.mustache");
        assertEquals(List.of(), Build.preview(cache, Set.of(a, template)), "a template");
        assertEquals(List.of(), Build.preview(cache, Set.of(a, site.root.resolve("content/posts/gone.md"))), "a deleted file");
        assertEquals(List.of(), Build.preview(cache, Set.of(site.root.resolve("content/posts/4913"))), "only an editor's temporary file");
        assertSameFiles(built, SiteFixture.tree(served()));
    }

    /** A failed build leaves the last good output, so a body edit is still written ahead over it (press serve itself waits for a good build). */
    @Test
    void afterAFailedBuildTheLastGoodSiteIsWrittenOnButASavedCacheNeverPreviews() throws IOException {
        TestSite site = site("");
        BuildCache cache = new BuildCache();
        serveBuild(site, cache);
        site.post("bad.md", "---\ntitle: [broken\n---\nbody\n");
        assertThrowsBuild(() -> serveBuild(site, cache));
        Path a = save(site, "a.md", ALPHA + "after a failed build\n");
        assertEquals(List.of("posts/alpha/index.html"), Build.preview(cache, Set.of(a)));
        assertTrue(Files.readString(served().resolve("posts/alpha/index.html")).contains("after a failed build"));

        Files.delete(site.root.resolve("content/posts/bad.md"));
        assertFullBuildIsAClean(site, cache);
        BuildCache saved = BuildCache.persistent(new BuildCache());
        Build.run(new BuildOptions(site.root, dir.resolve("built"), null, false, 2), saved);
        assertEquals(List.of(), Build.preview(saved, Set.of(save(site, "a.md", ALPHA + "press build\n"))), "press build writes releases whole");
    }

    private static void assertThrowsBuild(org.junit.jupiter.api.function.Executable run) {
        org.junit.jupiter.api.Assertions.assertThrows(press.problem.BuildException.class, run);
    }

    private static void assertSameFiles(Map<String, byte[]> want, Map<String, byte[]> got) {
        assertEquals(want.keySet(), got.keySet(), "same files");
        want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), path + " differs"));
        assertFalse(want.isEmpty());
    }

    /** The full build that follows a preview (as press serve runs it) leaves the same files as a clean build. */
    private void assertFullBuildIsAClean(TestSite site, BuildCache cache) throws IOException {
        serveBuild(site, cache);
        assertSameFiles(fresh(site), SiteFixture.tree(served()));
    }
}
