package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a saved cache folder is trusted for: only a whole stamp of this press, else it is ignored with one warning. */
class BuildCacheTest {
    @TempDir
    Path dir;

    static final BuildResult LAST = new BuildResult(12, 30, 7, 2, 0, 4, 0, List.of(), List.of(), null, "20240101-000000");

    /** A stamp as {@link BuildCache#save} writes it, with line {@code i} replaced when asked. */
    private List<String> stamp() {
        return new ArrayList<>(List.of("press build cache 3", SiteInputs.press(), "inputs-digest", "12", "30", "7", "4", "20240101-000000", "end"));
    }

    private void writeStamp(List<String> lines) throws IOException {
        Files.write(dir.resolve("build.txt"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void noCacheFolderIsAnEmptyCacheThatWillBeSavedWithoutAWarning() {
        List<String> warnings = new ArrayList<>();
        BuildCache c = BuildCache.load(dir.resolve("missing"), warnings);
        assertEquals(List.of(), warnings);
        assertTrue(c.saved);
        assertTrue(c.isEmpty());
        assertNull(c.inputs);
        assertNull(c.last);
    }

    private press.testing.TestSite threePosts() {
        return new press.testing.TestSite(dir.resolve("src"))
                .post("a.md", "Alpha", "2024-01-01", "tags: [caching, cdn]")
                .post("b.md", "Beta", "2024-01-02", "tags: [caching]")
                .post("c.md", "Gamma", "2024-01-03", "tags: [go]");
    }

    /** The output in {@code dir/site} has the files and bytes of a clean build of {@code site}. */
    private void assertSameAsClean(press.testing.TestSite site) {
        Build.run(new BuildOptions(site.root, dir.resolve("clean"), null, false, 1));
        java.util.Map<String, byte[]> want = press.testing.SiteFixture.tree(dir.resolve("clean"));
        java.util.Map<String, byte[]> got = press.testing.SiteFixture.tree(dir.resolve("site"));
        assertEquals(want.keySet(), got.keySet());
        want.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, got.get(path)), path + " differs"));
    }

    /**
     * A cache that started empty writes its parts as the build goes and lets go of them; saved, it
     * reads them back from its folder for a next build with the same object, whose output equals a
     * clean build's after an edit.
     */
    @Test
    void aCacheWrittenAsTheBuildWentIsReadBackByItsNextBuild() throws IOException {
        press.testing.TestSite site = threePosts();
        Path folder = site.root.resolve(BuildCache.FOLDER);
        BuildCache c = BuildCache.load(folder, new ArrayList<>());
        BuildOptions options = new BuildOptions(site.root, dir.resolve("site"), null, false, 2);
        Build.run(options, c);
        assertFalse(Files.exists(folder.resolve(BuildCache.STAMP)), "no stamp before the save");
        c.save(folder);
        assertTrue(Files.isRegularFile(folder.resolve(BuildCache.STAMP)));

        site.post("b.md", "Beta", "2024-01-02", "tags: [caching, go]");
        BuildResult r = Build.run(options, c);
        assertEquals(2, r.stats().postsReused(), "two posts read back from the folder");
        assertSameAsClean(site);
    }

    /**
     * A cache that wrote ahead has let go of its posts' words: building again before it is saved is
     * refused (rather than a build that reads spent posts); after a failed build it is emptied, and
     * the next build with it starts afresh and equals a clean one.
     */
    @Test
    void aCacheWrittenAheadIsSavedBeforeItBuildsAgainAndEmptiedByAFailedBuild() throws IOException {
        press.testing.TestSite site = threePosts();
        Path folder = site.root.resolve(BuildCache.FOLDER);
        BuildOptions options = new BuildOptions(site.root, dir.resolve("site"), null, false, 2);
        BuildCache c = BuildCache.load(folder, new ArrayList<>());
        Build.run(options, c);
        assertThrows(IllegalStateException.class, () -> Build.run(options, c), "not saved since it wrote ahead");

        BuildCache failing = BuildCache.load(dir.resolve("other-cache"), new ArrayList<>());
        Path post = site.root.resolve("templates/post.mustache");
        String template = Files.readString(post);
        site.file("templates/post.mustache", template + "{{#post.summary}}{{post.nosuch}}{{/post.summary}}\n");
        site.post("c.md", "Gamma", "2024-01-03", "tags: [go]", "summary: fails");
        assertThrows(press.problem.BuildException.class, () -> Build.run(options, failing));
        site.file("templates/post.mustache", template);
        BuildResult r = Build.run(options, failing);
        assertEquals(0, r.stats().postsReused(), "afresh after the failed build");
        assertSameAsClean(site);
    }

    @Test
    void aWholeStampOfThisPressIsReadBack() throws IOException {
        writeStamp(stamp());
        List<String> warnings = new ArrayList<>();
        BuildCache c = BuildCache.load(dir, warnings);
        assertEquals(List.of(), warnings);
        assertTrue(c.saved);
        assertEquals("inputs-digest", c.inputs);
        assertEquals(12, c.last.pages());
        assertEquals(30, c.last.files());
        assertEquals(7, c.last.posts());
        assertEquals(4, c.last.terms());
        assertEquals("20240101-000000", c.last.release());
    }

    @Test
    void aFolderBuildsReleaseIsReadBackAsNone() throws IOException {
        List<String> lines = stamp();
        lines.set(7, "null");
        writeStamp(lines);
        List<String> warnings = new ArrayList<>();
        assertNull(BuildCache.load(dir, warnings).last.release());
        assertEquals(List.of(), warnings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"other tool", "short", "format", "pages", "not ended", "extra line", "empty"})
    void aCorruptStampIsIgnoredWithAWarning(String damage) throws IOException {
        List<String> lines = stamp();
        switch (damage) {
            case "other tool" -> lines = List.of("some other tool's file");
            case "short" -> lines.remove(8);
            case "format" -> lines.set(0, "press build cache 1");
            case "pages" -> lines.set(3, "twelve");
            case "not ended" -> lines.set(8, "en");
            case "extra line" -> lines.add("more");
            case "empty" -> lines = List.of();
            default -> throw new IllegalArgumentException(damage);
        }
        writeStamp(lines);
        List<String> warnings = new ArrayList<>();
        BuildCache c = BuildCache.load(dir, warnings);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(dir + " is unreadable ("), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("; ignored, this build starts afresh"), warnings.get(0));
        assertNull(c.inputs, "a corrupt stamp's digest is never trusted");
        assertNull(c.last);
        assertTrue(c.saved, "the next save replaces it");
    }

    @Test
    void aCacheOfOtherPressCodeIsIgnoredWithAWarningNamingThat() throws IOException {
        List<String> lines = stamp();
        lines.set(1, "0".repeat(64));
        writeStamp(lines);
        List<String> warnings = new ArrayList<>();
        BuildCache c = BuildCache.load(dir, warnings);
        assertEquals(List.of(dir + " was written by another press version; ignored, this build starts afresh"), warnings);
        assertNull(c.inputs);
        assertNull(c.last);
    }

    @Test
    void aGoodStampWithUnreadablePostsIsDroppedWhenRead() throws IOException {
        writeStamp(stamp());
        Files.write(dir.resolve("posts-07.bin"), new byte[] {1, 2, 3}); // one shard of the saved posts
        List<String> warnings = new ArrayList<>();
        BuildCache c = BuildCache.load(dir, warnings);
        assertEquals(List.of(), warnings, "posts are read only when a build needs them");
        c.readAhead(); // as a build starts it; the read's failure comes out when it is waited for
        c.read();
        warnings.addAll(c.takeReadWarnings());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("is unreadable") && warnings.get(0).contains("ignored"), warnings.get(0));
        assertNull(c.inputs, "an unreadable part makes the whole cache untrusted");
        assertNull(c.last);
        c.read();
        warnings.addAll(c.takeReadWarnings());
        assertEquals(1, warnings.size(), "read once");
    }

    @Test
    void nothingIsSavedWithoutABuildsDigestAndResult() throws IOException {
        BuildCache c = BuildCache.persistent(new BuildCache());
        Path to = dir.resolve("cache");
        c.save(to);
        assertFalse(Files.exists(to));
        c.inputs = "x";
        c.save(to);
        assertFalse(Files.exists(to), "no result yet");
    }

    @Test
    void aLoadedCacheNotReadIsLeftAsItWasOnSave() throws IOException {
        writeStamp(stamp());
        BuildCache c = BuildCache.load(dir, new ArrayList<>());
        c.inputs = "changed";
        c.save(dir);
        assertEquals(stamp(), Files.readAllLines(dir.resolve("build.txt")), "an up-to-date build keeps the saved stamp");
    }

    @Test
    void aSaveWritesTheStampLastAndIgnoresTheFolderInGit() throws IOException {
        BuildCache c = BuildCache.persistent(new BuildCache());
        c.inputs = "inputs-digest";
        c.last = LAST;
        Path to = dir.resolve("cache");
        c.save(to);
        assertEquals("*\n", Files.readString(to.resolve(".gitignore")));
        assertEquals(stamp(), Files.readAllLines(to.resolve("build.txt")));
        assertFalse(Files.exists(to.resolve("build.txt.tmp")));
        List<String> warnings = new ArrayList<>();
        BuildCache back = BuildCache.load(to, warnings);
        assertEquals(List.of(), warnings);
        assertEquals("inputs-digest", back.inputs);
        assertEquals(LAST.release(), back.last.release());
    }
}
