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
        assertEquals(Main.OK, Main.run("generate", "--count", "1000", "--into", s.root.resolve("content/posts").toString()));
        Path out = tmp.resolve("pub/site");
        long t0 = System.nanoTime();
        assertEquals(0, child(s.root, out).waitFor());
        long fullBuild = System.nanoTime() - t0;
        System.err.printf("kill test: a full child build took %d ms%n", fullBuild / 1_000_000);
        // a killed build is waited for up to 4 full builds (at least 2 minutes): on a loaded machine a build can take minutes
        long patience = Math.max(TimeUnit.SECONDS.toNanos(120), 4 * fullBuild);
        SortedMap<String, byte[]> live = SiteFixture.tree(out);
        int total = live.size();
        Path releases = Releases.of(out).folder();

        s.post("edited.md", "An edit the killed builds never publish", "2024-06-01");
        for (double share : new double[] {0.0, 0.5, 0.99}) {
            Process p = child(s.root, out);
            int seen = waitForPartial(releases, p, (int) Math.ceil(share * total), patience);
            p.destroyForcibly(); // SIGKILL
            p.waitFor(30, TimeUnit.SECONDS);
            System.err.printf("kill test: killed at %d of %d files (asked %.0f %%)%n", seen, total, share * 100);
            assertNull(SiteFixture.difference(live, SiteFixture.tree(out)), "live site changed by a build killed at " + share);
            assertEquals(1, Releases.of(out).list().size());
        }
        assertEquals(0, child(s.root, out).waitFor());
        assertTrue(SiteFixture.tree(out).containsKey("posts/an-edit-the-killed-builds-never-publish/index.html"));
        try (Stream<Path> l = Files.list(releases)) {
            assertEquals(List.of(), l.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(), "leftovers of killed builds");
        }
    }

    /** Waits until the child's partial release holds at least {@code files} files; returns how many it saw. */
    private static int waitForPartial(Path releases, Process p, int files, long patienceNanos) throws Exception {
        long deadline = System.nanoTime() + patienceNanos;
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) fail("the build finished before it could be killed (exit " + p.exitValue() + ")");
            if (Files.isDirectory(releases)) {
                try (Stream<Path> l = Files.list(releases)) {
                    for (Path partial : l.filter(x -> x.getFileName().toString().startsWith(Releases.PARTIAL)).toList()) {
                        int n = count(partial);
                        if (n >= Math.max(1, files)) return n;
                    }
                } catch (IOException | java.io.UncheckedIOException raced) {
                    // the folder changed while listed; look again
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the build never reached " + files + " files in " + TimeUnit.NANOSECONDS.toSeconds(patienceNanos) + " s");
    }

    private static int count(Path dir) throws IOException {
        try (Stream<Path> w = Files.walk(dir)) {
            return (int) w.filter(Files::isRegularFile).count();
        }
    }

    private static Process child(Path source, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "press.cli.Main", "build",
                "--source", source.toString(), "--out", out.toString(), "--threads", "2")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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
