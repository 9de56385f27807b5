package press.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bin/press}'s JVM options: C1 only for a site under 20,000 Markdown files, lean C2 from there (docs/content/internals/performance.md). */
class LauncherTest {
    @TempDir
    Path dir;

    private static String options(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("sh", "bin/press", "--print-java-opts"));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().remove("PRESS_JAVA_OPTS");
        b.environment().remove("PRESS_POSTS");
        b.environment().remove("PRESS_THP_FILE");
        b.environment().remove("PRESS_JAR");
        b.environment().remove("PRESS_JSA");
        b.environment().putAll(env);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void aSmallSiteRunsC1OnlyAndABigOneLeanC2() throws Exception {
        Path posts = Files.createDirectories(dir.resolve("content/posts"));
        for (int i = 0; i < 3; i++) Files.writeString(posts.resolve("p" + i + ".md"), "---\ntitle: p\n---\n");
        String small = options(Map.of(), "--source", dir.toString());
        assertTrue(small.contains("-XX:TieredStopAtLevel=1"), small);
        assertTrue(small.contains("-XX:+UseSerialGC"), small);
        assertFalse(small.contains("FreqInlineSize"), small);
        assertEquals(small, options(Map.of(), "--source=" + dir), "both spellings of --source");

        String big = options(Map.of("PRESS_POSTS", "20000"), "--source", dir.toString());
        assertTrue(big.contains("-XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 -XX:LoopUnrollLimit=0"), big);
        assertFalse(big.contains("TieredStopAtLevel"), big);
        assertTrue(big.startsWith("-XX:+UseParallelGC ") && !big.contains("SerialGC"), "a big site's young pauses take both cores: " + big);
        assertEquals(big.replace("-XX:+UseParallelGC", "-XX:+UseSerialGC"), options(Map.of(), "serve", "--source", dir.toString()),
                "press serve runs for hours: lean C2 whatever the size, and the small heap");
        assertEquals(big.replace("-XX:+UseParallelGC", "-XX:+UseSerialGC"), options(Map.of("PRESS_POSTS", "20000"), "serve", "--source", dir.toString()));
        assertEquals(small, options(Map.of(), "build", "--source", dir.toString()));
    }

    /** A stamp as the build cache saves it ({@code SavedCacheTest} checks the lines bin/press reads: the 6th, the post count, and the 9th). */
    private void stamp(String posts, String last) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(press.pipeline.BuildCache.FOLDER));
        Files.writeString(folder.resolve(press.pipeline.BuildCache.STAMP), String.join("\n", "format", "press", "inputs", "14925", "16268", posts, "224", "null", last) + "\n");
    }

    @Test
    void aSiteBuiltBeforeIsSizedByItsSavedStampWithoutWalkingContent() throws Exception {
        Path posts = Files.createDirectories(dir.resolve("content/posts"));
        for (int i = 0; i < 3; i++) Files.writeString(posts.resolve("p" + i + ".md"), "---\ntitle: p\n---\n");
        String small = options(Map.of(), "build", "--source", dir.toString());
        String big = options(Map.of("PRESS_POSTS", "25000"), "build", "--source", dir.toString());
        assertTrue(small.contains("-XX:TieredStopAtLevel=1") && big.contains("-XX:+UseParallelGC"), small + " / " + big);
        stamp("25000", "end");
        assertEquals(big, options(Map.of(), "build", "--source", dir.toString()), "the last build's 25,000 posts, not the 3 files");
        assertEquals(big, options(Map.of(), "build", "--clean", "--source", dir.toString()), "--clean too: the stamp still says the size");
        assertTrue(options(Map.of("PRESS_POSTS", "3"), "build", "--source", dir.toString()).contains("-XX:TieredStopAtLevel=1"), "PRESS_POSTS wins");
        stamp("25000", "cut");
        assertTrue(options(Map.of(), "build", "--source", dir.toString()).contains("-XX:TieredStopAtLevel=1"), "a stamp cut short: content/ is counted");
        stamp("many", "end");
        assertTrue(options(Map.of(), "build", "--source", dir.toString()).contains("-XX:TieredStopAtLevel=1"), "not a number: content/ is counted");
    }

    @Test
    void theHeapTakesTransparentHugePagesWhereTheKernelOffersThem() throws Exception {
        for (String setting : new String[] {"[always] madvise never", "always [madvise] never", "always madvise [never]", "none: no such file"}) {
            Path file = dir.resolve("thp");
            if (setting.startsWith("none")) Files.deleteIfExists(file);
            else Files.writeString(file, setting + "\n");
            String opts = options(Map.of("PRESS_THP_FILE", file.toString()), "--source", dir.toString());
            assertEquals(setting.contains("[always]") || setting.contains("[madvise]"), opts.contains("-XX:+UseTransparentHugePages"), setting + ": " + opts);
        }
    }

    @Test
    void aBigSitesHeapStartsAtTheCapItIsGiven() throws Exception {
        Map<String, String> big = Map.of("PRESS_POSTS", "100000", "PRESS_JAVA_OPTS", "-Xss2m -Xmx2g");
        assertTrue(options(big, "--source", dir.toString()).contains(" -Xms2g"), "-Xms as -Xmx");
        assertTrue(options(Map.of("PRESS_POSTS", "100000", "PRESS_JAVA_OPTS", "-Xmx1g -Xmx3g"), "--source", dir.toString()).contains(" -Xms3g"),
                "the last -Xmx wins, as in the JVM");
        assertFalse(options(Map.of("PRESS_POSTS", "100000", "PRESS_JAVA_OPTS", "-Xms512m -Xmx2g"), "--source", dir.toString()).contains("-Xms2g"),
                "an -Xms of the user's stays");
        assertFalse(options(Map.of("PRESS_POSTS", "100000"), "--source", dir.toString()).contains("-Xms"), "no cap, no start");
        assertFalse(options(Map.of("PRESS_POSTS", "500", "PRESS_JAVA_OPTS", "-Xmx2g"), "--source", dir.toString()).contains("-Xms"),
                "a small site's heap grows as it needs");
    }

    @Test
    void aBuildFromTheSavedCachePromotesSurvivorsAtOnce() throws Exception {
        String promote = "-XX:MaxTenuringThreshold=0";
        Files.createDirectories(dir.resolve("content/posts"));
        assertFalse(options(Map.of(), "build", "--source", dir.toString()).contains(promote), "no saved cache: a clean build");
        // the names the build cache saves under: a rename there must be made in bin/press too
        Files.createDirectories(dir.resolve(press.pipeline.BuildCache.FOLDER));
        Files.writeString(dir.resolve(press.pipeline.BuildCache.FOLDER).resolve(press.pipeline.BuildCache.STAMP), "stamp\n");
        assertTrue(options(Map.of(), "build", "--source", dir.toString()).contains(promote));
        assertTrue(options(Map.of(), "build", "--source=" + dir, "--stats").contains(promote));
        assertFalse(options(Map.of(), "build", "--source", dir.toString(), "--clean").contains(promote), "--clean ignores the cache");
        assertFalse(options(Map.of(), "build", "--no-cache", "--source", dir.toString()).contains(promote), "--no-cache");
        assertFalse(options(Map.of("PRESS_JAVA_OPTS", "-Xss2m -Dpress.cache=off"), "build", "--source", dir.toString()).contains(promote),
                "the harnesses' clean builds");
        assertFalse(options(Map.of(), "serve", "--source", dir.toString()).contains(promote), "press serve keeps its cache in memory for hours");
        assertFalse(options(Map.of(), "check", "--source", dir.toString()).contains(promote));
        assertFalse(options(Map.of("PRESS_POSTS", "20000"), "build", "--source", dir.toString()).contains(promote), "a big site's Parallel GC");
    }

    @Test
    void theArchiveIsMappedWhereItWasMadeForOnlyWhenItIsUsed() throws Exception {
        String mapped = "-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0";
        Path jar = Files.writeString(dir.resolve("press.jar"), "jar");
        Path jsa = dir.resolve("press.jsa");
        Map<String, String> env = Map.of("PRESS_JAR", jar.toString(), "PRESS_JSA", jsa.toString());
        String none = options(env, "--source", dir.toString());
        assertFalse(none.contains("SharedArchiveFile") || none.contains("ArchiveRelocationMode"), "no archive: " + none);
        Files.writeString(jsa, "archive");
        Files.setLastModifiedTime(jsa, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        String with = options(env, "--source", dir.toString());
        assertTrue(with.contains("-XX:SharedArchiveFile=" + jsa + " " + mapped), "an archive newer than the jar: " + with);
        Files.setLastModifiedTime(jsa, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 2000));
        String old = options(env, "--source", dir.toString());
        assertFalse(old.contains("SharedArchiveFile") || old.contains("ArchiveRelocationMode"), "an archive older than the jar is refused: " + old);
        // the options the launcher gives are ones this JVM takes
        List<String> command = new java.util.ArrayList<>(List.of("java"));
        command.addAll(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-version"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }

    @Test
    void aCollectorOfTheUsersReplacesSerial() throws Exception {
        String opts = options(Map.of("PRESS_JAVA_OPTS", "-XX:+UseG1GC"), "--source", dir.toString());
        assertFalse(opts.contains("UseSerialGC"), opts);
        opts = options(Map.of("PRESS_JAVA_OPTS", "-XX:+UseG1GC", "PRESS_POSTS", "100000"), "--source", dir.toString());
        assertFalse(opts.contains("UseParallelGC") || opts.contains("UseSerialGC"), opts);
    }
}
