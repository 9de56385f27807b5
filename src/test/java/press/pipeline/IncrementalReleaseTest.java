package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.cli.Main;
import press.testing.CliRun;
import press.testing.SiteFixture;
import press.testing.TestSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code press build} into releases with its saved cache: a page whose view is unchanged is not
 * rendered but hard-linked from the last release, a file whose bytes are unchanged is linked too,
 * and the release equals a clean build's, file by file, after every kind of change; the release
 * check still finds a link that an unchanged page holds to a file that is gone.
 */
class IncrementalReleaseTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir.resolve("src")).config("posts_per_page: 2\n")
                .post("a.md", "Alpha", "2024-01-01", "tags: [caching, cdn]", "stack: [php]")
                .post("b.md", "Beta", "2024-01-02", "tags: [caching]", "stack: [php]")
                .post("c.md", "Gamma", "2024-01-03", "tags: [go]", "stack: [go]");
    }

    private CliRun release(TestSite site, String... extra) {
        String[] args = {"build", "--progress", "never", "--stats", "--source", site.root.toString(), "--out", dir.resolve("live").toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return CliRun.of(all);
    }

    private CliRun built(TestSite site) {
        CliRun r = release(site);
        assertEquals(0, r.code(), r.out() + r.err());
        return r;
    }

    private void assertSameAsClean(TestSite site) {
        Path clean = dir.resolve("clean");
        CliRun r = CliRun.of("build", "--no-cache", "--progress", "never", "--source", site.root.toString(), "--out", clean.toString());
        assertEquals(0, r.code(), r.err());
        String diff = SiteFixture.difference(SiteFixture.tree(clean), SiteFixture.tree(dir.resolve("live")));
        assertNull(diff, diff);
    }

    private Path live() throws IOException {
        return dir.resolve("live").toRealPath();
    }

    private static Object inode(Path file) throws IOException {
        return Files.getAttribute(file, "unix:ino");
    }

    private static int rendered(CliRun r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(rendered (\\d+)\\)").matcher(r.out());
        assertTrue(m.find(), r.out());
        return Integer.parseInt(m.group(1));
    }

    private static void edit(Path file, String text) throws IOException {
        FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Math.max(before.toMillis() + 2000, System.currentTimeMillis())));
    }

    @Test
    void anEditRendersOnlyThePagesItChangesAndLinksTheRest() throws IOException {
        TestSite site = site();
        int all = rendered(built(site));
        Path first = live();

        edit(site.root.resolve("content/posts/a.md"), "---\ntitle: Alpha\ndate: 2024-01-01\ntags: [caching, cdn]\nstack: [php]\n---\nnew body text\n");
        int some = rendered(built(site));
        Path second = live();
        assertNotEquals(first, second);
        assertTrue(some > 0 && some < all, "rendered " + some + " of " + all);
        assertTrue(Files.readString(second.resolve("posts/alpha/index.html")).contains("new body text"));
        // the go tag's page lists only Gamma: the same file in both releases; Alpha's page is a new file
        assertEquals(inode(first.resolve("tags/go/index.html")), inode(second.resolve("tags/go/index.html")));
        assertNotEquals(inode(first.resolve("posts/alpha/index.html")), inode(second.resolve("posts/alpha/index.html")));
        assertSameAsClean(site);
    }

    @Test
    void anInputWhoseStatIsUnchangedIsHashedFromTheCacheNotReadAgain() throws IOException {
        TestSite site = site();
        site.file("static/extra.txt", "one\n");
        built(site);
        Path extra = site.root.resolve("static/extra.txt");
        FileTime time = Files.getLastModifiedTime(extra);
        // other bytes of the same size and the old time: the stat the cache remembers, so build.json hashes the file as it was
        Files.writeString(extra, "two\n");
        Files.setLastModifiedTime(extra, time);
        edit(site.root.resolve("content/posts/a.md"), "---\ntitle: Alpha\ndate: 2024-01-01\ntags: [caching, cdn]\nstack: [php]\n---\nedited\n");
        built(site);
        String content = press.publish.Manifest.read(live().resolve(press.publish.Manifest.FILE)).content();
        Files.writeString(extra, "one\n");
        Files.setLastModifiedTime(extra, time);
        java.util.List<Path> posts = java.util.List.of(Path.of("content/posts/a.md"), Path.of("content/posts/b.md"), Path.of("content/posts/c.md"));
        assertEquals(InputHashes.of(site.root, posts, 0, 0, 0).content(), content, "extra.txt hashed as the cache remembers it");
    }

    @Test
    void everyKindOfChangeGivesTheCleanBuildsRelease() throws IOException {
        TestSite site = site();
        built(site);
        Path posts = site.root.resolve("content/posts");
        edit(posts.resolve("a.md"), "---\ntitle: Alpha two\ndate: 2024-01-01\ntags: [caching, go]\nstack: [php]\n---\nnew *body*\n");
        built(site);
        assertSameAsClean(site);

        edit(posts.resolve("d.md"), "---\ntitle: Delta\ndate: 2024-02-01\ntags: [cdn]\n---\nadded\n");
        built(site);
        assertSameAsClean(site);

        Files.delete(posts.resolve("c.md"));
        built(site);
        assertSameAsClean(site);

        Files.move(posts.resolve("d.md"), posts.resolve("renamed.md"));
        built(site);
        assertSameAsClean(site);

        site.file("static/robots-extra.txt", "x\n");
        built(site);
        assertSameAsClean(site);

        Path post = site.root.resolve("templates/post.mustache");
        edit(post, Files.readString(post).replace("<article", "<article data-x=\"1\""));
        assertEquals(rendered(built(site)) > 0, true);
        assertSameAsClean(site);

        edit(site.root.resolve("content/site.yaml"), "posts_per_page: 1\ntitle: Renamed site\n");
        built(site);
        assertSameAsClean(site);
    }

    @Test
    void editsThatReachOtherPagesThroughTheirKeysOrTheSearchIndexGiveTheCleanBuildsRelease() throws IOException {
        TestSite site = site();
        int all = rendered(built(site));
        Path posts = site.root.resolve("content/posts");
        // Beta's title is on Alpha's and Gamma's pages (older, newer) and in the lists; its summary becomes Gamma's too
        edit(posts.resolve("b.md"), "---\ntitle: Beta renamed\ndate: 2024-01-02\nsummary: Same words.\ntags: [caching]\nstack: [php]\n---\nbody\n");
        edit(posts.resolve("c.md"), "---\ntitle: Gamma\ndate: 2024-01-03\nsummary: Same words.\ntags: [go]\nstack: [go]\n---\nbody of c.md\n");
        built(site);
        assertTrue(Files.readString(live().resolve("posts/alpha/index.html")).contains("Beta renamed"));
        assertSameAsClean(site);

        // a body edit: one post scored again for search; its page and those whose similar posts changed rendered
        edit(posts.resolve("a.md"), "---\ntitle: Alpha\ndate: 2024-01-01\ntags: [caching, cdn]\nstack: [php]\n---\nzebra words\n");
        int some = rendered(built(site));
        assertTrue(some > 0 && some < all, "rendered " + some + " of " + all);
        assertTrue(Files.readString(live().resolve("search/t/ze.json")).contains("zebra"));
        assertSameAsClean(site);
    }

    @Test
    void aLinkFromAnUnchangedPageToAFileThatIsGoneStillStopsTheRelease() throws IOException {
        TestSite site = site().file("content/about.md", "---\ntitle: About\n---\nSee [gamma](/posts/gamma/).\n");
        built(site);
        Path before = live();
        Files.delete(site.root.resolve("content/posts/c.md"));
        CliRun r = release(site);
        assertEquals(Main.PROBLEMS, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("content/about.md") && r.err().contains("/posts/gamma/"), r.err());
        assertEquals(before, live(), "the live release is unchanged");
    }

    @Test
    void aPrunedLastReleaseMeansEveryPageIsRenderedAgain() throws IOException {
        TestSite site = site();
        int all = rendered(built(site));
        org.apache.commons.io.file.PathUtils.deleteDirectory(live());
        Files.delete(dir.resolve("live"));
        edit(site.root.resolve("content/posts/b.md"), "---\ntitle: Beta\ndate: 2024-01-02\n---\nedited\n");
        CliRun r = built(site);
        assertTrue(rendered(r) >= all - 2, r.out()); // Beta's tags are gone, so a term page or two less
        assertSameAsClean(site);
        Map<String, byte[]> tree = SiteFixture.tree(dir.resolve("live"));
        assertTrue(tree.containsKey("posts/beta/index.html"));
    }
}
