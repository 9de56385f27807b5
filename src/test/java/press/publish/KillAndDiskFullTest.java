package press.publish;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.cli.Main;
import press.testing.TestSite;
import press.testing.SiteFixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A build killed with SIGKILL at the start, the middle and the end of writing its release, or one
 * that runs out of disk, leaves the live site byte-identical, and the next build works.
 */
class KillAndDiskFullTest {
    @TempDir
    Path tmp;

    @Test
    void aBuildKilledEarlyMidwayOrLateLeavesTheLiveSiteAsItWas() throws Exception {
        TestSite s = new TestSite(tmp.resolve("src"));
        assertEquals(Main.OK, Main.run("generate", "--count", "300", "--into", s.root.resolve("content/posts").toString()));
        Path out = tmp.resolve("pub/site");
        assertEquals(0, child(s.root, out, Integer.MAX_VALUE, tmp.resolve("unused")).waitFor());
        SortedMap<String, byte[]> live = SiteFixture.tree(out);
        int total = live.size();
        Path releases = Releases.of(out).folder();

        s.post("edited.md", "An edit the killed builds never publish", "2024-06-01");
        for (double share : new double[] {0.0, 0.5, 0.99}) {
            int files = Math.max(1, (int) Math.ceil(share * total));
            Path marker = tmp.resolve("paused-" + files);
            Process p = child(s.root, out, files, marker);
            waitForPause(p, marker);
            assertEquals(1, partials(releases), "a partial release is being written");
            p.destroyForcibly(); // SIGKILL
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            System.err.printf("kill test: killed at %s of %d files (asked %.0f %%)%n", Files.readString(marker), total, share * 100);
            assertNull(SiteFixture.difference(live, SiteFixture.tree(out)), "live site changed by a build killed at " + share);
            assertEquals(1, Releases.of(out).list().size());
        }
        assertEquals(0, child(s.root, out, Integer.MAX_VALUE, tmp.resolve("unused")).waitFor());
        assertTrue(SiteFixture.tree(out).containsKey("posts/an-edit-the-killed-builds-never-publish/index.html"));
        // the leftovers of killed builds and the pruned releases are deleted after the build, by a detached rm: soon, not at once
        List<String> left = List.of();
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); System.nanoTime() < deadline; Thread.sleep(100)) {
            try (Stream<Path> l = Files.list(releases)) {
                left = l.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            }
            if (left.isEmpty()) break;
        }
        assertEquals(List.of(), left, "leftovers of killed builds, a minute after the build");
    }

    @Test
    void aBuildKilledAfterRecyclingAReleaseLosesOnlyThatRelease() throws Exception {
        TestSite s = new TestSite(tmp.resolve("src")).config("output: {keep: 2}\n");
        assertEquals(Main.OK, Main.run("generate", "--count", "60", "--into", s.root.resolve("content/posts").toString()));
        Path out = tmp.resolve("pub/site");
        assertEquals(0, child(s.root, out, Integer.MAX_VALUE, tmp.resolve("unused")).waitFor());
        s.post("first.md", "A first edit", "2024-06-01");
        assertEquals(0, child(s.root, out, Integer.MAX_VALUE, tmp.resolve("unused")).waitFor());
        List<Releases.Release> before = Releases.of(out).list();
        assertEquals(2, before.size(), "keep is full: the next build recycles the older release");
        SortedMap<String, byte[]> live = SiteFixture.tree(out);

        s.post("second.md", "An edit the killed build never publishes", "2024-06-02");
        Path marker = tmp.resolve("paused");
        Process p = child(s.root, out, live.size() / 2, marker);
        waitForPause(p, marker);
        Path releases = Releases.of(out).folder();
        assertEquals(1, partials(releases), "the recycled release, as a partial folder");
        assertEquals(List.of(before.get(1).id()), Releases.of(out).list().stream().map(Releases.Release::id).toList(),
                "the recycled release left the list when the build took it");
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertNull(SiteFixture.difference(live, SiteFixture.tree(out)), "live site changed by a build killed after recycling");

        assertEquals(0, child(s.root, out, Integer.MAX_VALUE, tmp.resolve("unused")).waitFor());
        Path clean = tmp.resolve("clean/site");
        assertEquals(Main.OK, Main.run("build", "--no-cache", "--source", s.root.toString(), "--out", clean.toString()));
        assertNull(SiteFixture.difference(SiteFixture.tree(clean), SiteFixture.tree(out)), "the build after the kill against a clean one");
        assertEquals(2, Releases.of(out).list().size());
    }

    /** Waits until the child says it paused; a child that exits first fails the test with its output. */
    private static void waitForPause(Process p, Path marker) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!Files.exists(marker)) {
            if (!p.isAlive()) fail("the build ended (exit " + p.exitValue() + ") before it paused:\n" + new String(p.getInputStream().readAllBytes()));
            if (System.nanoTime() > deadline) fail("the build did not reach its pause in 5 minutes");
            Thread.sleep(20);
        }
    }

    private static long partials(Path releases) throws IOException {
        try (Stream<Path> l = Files.list(releases)) {
            return l.filter(x -> x.getFileName().toString().startsWith(Releases.PARTIAL)).count();
        }
    }

    /** {@code press build} in a child JVM that pauses once its release holds {@code files} files (see {@link PausingBuild}). */
    private static Process child(Path source, Path out, int files, Path marker) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PausingBuild.class.getName(),
                Integer.toString(files), marker.toString(),
                "build", "--source", source.toString(), "--out", out.toString(), "--threads", "2", "--progress", "never")
                .redirectErrorStream(true).start();
    }

    @Test
    void aBuildThatRunsOutOfDiskLeavesTheLiveSiteAsItWas() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(mount.waitFor() == 0, "needs root to mount a 4 MB tmpfs: " + new String(mount.getInputStream().readAllBytes()));
        try {
            TestSite s = new TestSite(tmp.resolve("src"));
            assertEquals(Main.OK, Main.run("generate", "--count", "5", "--into", s.root.resolve("content/posts").toString()));
            Path out = disk.resolve("site");
            assertEquals(Main.OK, Main.run("build", "--source", s.root.toString(), "--out", out.toString()));
            SortedMap<String, byte[]> live = SiteFixture.tree(out);

            assertEquals(Main.OK, Main.run("generate", "--count", "400", "--into", s.root.resolve("content/posts").toString()));
            assertEquals(Main.PROBLEMS, Main.run("build", "--source", s.root.toString(), "--out", out.toString()));
            assertNull(SiteFixture.difference(live, SiteFixture.tree(out)), "live site changed by a build that ran out of disk");
            try (Stream<Path> l = Files.list(Releases.of(out).folder())) {
                assertEquals(1, l.count(), "the partial release was not removed");
            }

            Files.walk(s.root.resolve("content/posts")).filter(p -> p.toString().endsWith(".md")).sorted()
                    .skip(5).forEach(p -> p.toFile().delete());
            s.post("after.md", "After the disk was full", "2024-06-01");
            assertEquals(Main.OK, Main.run("build", "--source", s.root.toString(), "--out", out.toString()));
            assertTrue(SiteFixture.tree(out).containsKey("posts/after-the-disk-was-full/index.html"));
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }
}
