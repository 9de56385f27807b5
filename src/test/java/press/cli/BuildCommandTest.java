package press.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.publish.Releases;
import press.testing.CliRun;
import press.testing.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code press build}'s own decisions: which options it refuses (and the words it uses), the
 * summary's lines, the cache it reads and writes, and the failure line naming the output kept.
 * The cache's contents are {@code pipeline.SavedCacheTest}'s; the releases are {@code publish.ReleasesTest}'s.
 */
class BuildCommandTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir.resolve("src")).post("a.md", "A", "2024-01-01");
    }

    /** {@code press build --source SITE EXTRA...}, with two threads unless EXTRA says how many. */
    private static CliRun build(TestSite site, String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("build", "--source", site.root.toString()));
        if (!java.util.List.of(extra).contains("--threads")) args.addAll(java.util.List.of("--threads", "2"));
        args.addAll(java.util.List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void badOptionsAreUsageErrorsThatNameTheOptionAndWriteNothing() {
        TestSite site = site();
        CliRun progress = build(site, "--progress", "sometimes");
        assertEquals(Main.USAGE, progress.code());
        assertEquals("press build: --progress must be auto or never, got \"sometimes\"\n", progress.err());
        CliRun now = build(site, "--now", "yesterday");
        assertEquals(Main.USAGE, now.code());
        assertEquals("press build: --now expects a time such as 2024-05-01T12:00:00Z or a date such as 2024-05-01, got \"yesterday\"\n", now.err());
        CliRun threads = build(site, "--threads", "0");
        assertEquals(Main.USAGE, threads.code());
        assertEquals("press build: --threads must be 1 or more\n", threads.err());
        assertEquals("", progress.out() + now.out() + threads.out());
        assertFalse(Files.exists(site.root.resolve("site"), java.nio.file.LinkOption.NOFOLLOW_LINKS), "nothing built");
        assertFalse(Files.exists(site.root.resolve(".press-cache")), "no cache written");
    }

    @Test
    void theSummaryNamesTheNowTheLiveReleaseAndTheSkippedFiles() {
        TestSite site = site().file("content/notes.txt", "not content");
        CliRun r = build(site, "--progress", "never", "--now", "2024-05-01");
        assertEquals(Main.OK, r.code(), r.err());
        String live = Releases.of(site.root.resolve("site")).live().orElseThrow();
        assertTrue(r.out().contains("\n  skipped 1 content file, each named in a warning above\n  steps: "), r.out());
        assertTrue(r.out().contains("\n  now: 2024-05-01T00:00:00Z (--now); later publishDate and past expiryDate are left out "
                + "unless --future / --expired\n  live release: " + live + "\n"), r.out());
        assertTrue(r.err().startsWith("warning: content/notes.txt: skipped: not a content file"), r.err());

        CliRun folder = build(site, "--progress", "never", "--folder", "--out", dir.resolve("plain").toString());
        assertEquals(Main.OK, folder.code(), folder.err());
        assertTrue(folder.out().contains("\n  now: not set (--now or SOURCE_DATE_EPOCH), so publishDate and expiryDate leave nothing out\n")
                || System.getenv("SOURCE_DATE_EPOCH") != null, folder.out());
        assertFalse(folder.out().contains("live release"), "a plain folder has no release: " + folder.out());
        assertTrue(folder.out().endsWith(" into " + dir.resolve("plain") + "\n  skipped 1 content file, each named in a warning above\n"
                + folder.out().substring(folder.out().indexOf("  steps: "))), folder.out());
    }

    @Test
    void noCacheNeitherReadsNorWritesTheCacheAndCleanRebuildsEverything() {
        TestSite site = site();
        Path cache = site.root.resolve(".press-cache");
        assertTrue(build(site, "--no-cache").out().startsWith("built "));
        assertFalse(Files.exists(cache), "--no-cache wrote a cache");
        assertTrue(build(site, "--no-cache").out().startsWith("built "), "--no-cache read nothing, so it built again");

        assertTrue(build(site).out().startsWith("built "));
        assertTrue(Files.isRegularFile(cache.resolve("build.txt")), "a default build saves the cache");
        assertTrue(build(site).out().startsWith("up to date: "), "and the next reads it");
        assertTrue(build(site, "--no-cache").out().startsWith("built "), "--no-cache ignores a saved cache too");
        assertTrue(build(site, "--clean").out().startsWith("built "), "--clean ignores it");
        assertTrue(build(site).out().startsWith("up to date: "), "--clean wrote the cache afresh");
    }

    @Test
    void aCacheThatCannotBeSavedIsAWarningAndTheBuildStillSucceeds() throws Exception {
        TestSite site = site();
        Path cache = site.root.resolve(".press-cache");
        Files.writeString(cache, "a file where the cache folder goes");
        CliRun r = build(site, "--progress", "never");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("built "), r.out());
        assertTrue(r.err().startsWith("warning: could not save the build cache in " + cache + ": "), r.err());
        assertTrue(r.err().endsWith("; the next build starts afresh\n"), r.err());
    }

    @Test
    void aFailedBuildNamesTheOutputItLeftAsItWas() {
        TestSite site = site().post("b.md", "---\ndate: 2024-01-01\n---\n");
        Path out = dir.resolve("elsewhere");
        CliRun r = build(site, "--out", out.toString());
        assertEquals(Main.PROBLEMS, r.code());
        assertTrue(r.err().endsWith("press build: failed, 1 problem; " + out + " was left as it was\n"), r.err());
        assertEquals("", r.out());
    }
}
