package press.serve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.serve.FakeSite.write;

/** Which changes in a site folder call for a rebuild, and that a burst of them calls once. */
class SourceWatcherTest {
    @TempDir
    Path site;
    final Semaphore calls = new Semaphore(0);
    /** The changed files each call reported, in order. */
    final java.util.concurrent.BlockingQueue<java.util.Set<Path>> reported = new java.util.concurrent.LinkedBlockingQueue<>();

    private void heard(java.util.Set<Path> changed) {
        reported.add(changed);
        calls.release();
    }

    @BeforeEach
    void folders() throws IOException {
        write(site.resolve("content/posts/a.md"), "a");
        write(site.resolve("templates/page.mustache"), "t");
        Files.createDirectories(site.resolve("site"));
    }

    private SourceWatcher watch() throws IOException {
        return new SourceWatcher(site, Duration.ofMillis(150), this::heard);
    }

    private boolean called() throws InterruptedException {
        return calls.tryAcquire(5, TimeUnit.SECONDS);
    }

    private boolean quiet() throws InterruptedException {
        return !calls.tryAcquire(800, TimeUnit.MILLISECONDS);
    }

    @Test
    void aBurstOfSavesIsOneCall() throws Exception {
        try (SourceWatcher w = watch()) {
            for (int i = 0; i < 5; i++) write(site.resolve("content/posts/a.md"), "a" + i);
            write(site.resolve("content/posts/b.md"), "b");
            write(site.resolve("templates/page.mustache"), "t2");
            assertTrue(called());
            assertTrue(quiet(), "more than one call for one burst");
        }
    }

    @Test
    void aCallSaysWhichFilesChangedWithoutEditorNoise() throws Exception {
        try (SourceWatcher w = watch()) {
            write(site.resolve("content/posts/a.md"), "a2");
            write(site.resolve("content/posts/.a.md.swp"), "swap");
            write(site.resolve("templates/page.mustache"), "t2");
            assertTrue(called());
            assertEquals(java.util.Set.of(site.resolve("content/posts/a.md"), site.resolve("templates/page.mustache")), reported.take());
        }
    }

    @Test
    void aTemplateOrConfigChangeCalls() throws Exception {
        try (SourceWatcher w = watch()) {
            write(site.resolve("templates/page.mustache"), "changed");
            assertTrue(called());
            assertTrue(quiet());
            write(site.resolve("content/site.yaml"), "title: x");
            assertTrue(called());
        }
    }

    @Test
    void aStaticFileOfTheSiteCallsAlsoInAFolderMadeWhileWatching() throws Exception {
        write(site.resolve("static/assets/app.css"), "a{}");
        try (SourceWatcher w = watch()) {
            write(site.resolve("static/assets/app.css"), "a{color:red}");
            assertTrue(called(), "an edit in static/");
            assertTrue(quiet());
            write(site.resolve("static/img/new.svg"), "<svg/>");
            assertTrue(called(), "a file in a new folder of static/");
        }
    }

    @Test
    void theOutputFolderAndOtherSiteFilesDoNotCall() throws Exception {
        try (SourceWatcher w = watch()) {
            write(site.resolve("site/index.html"), "built");
            Files.move(site.resolve("site"), site.resolve("site.old"));
            write(site.resolve("notes.txt"), "mine");
            write(site.resolve(".press-cache/build.txt"), "x");
            assertTrue(quiet());
        }
    }

    @Test
    void editorSwapAndBackupFilesDoNotCall() throws Exception {
        try (SourceWatcher w = watch()) {
            write(site.resolve("content/posts/.a.md.swp"), "swap");
            write(site.resolve("content/posts/a.md~"), "backup");
            write(site.resolve("content/posts/#a.md#"), "autosave");
            assertTrue(quiet());
        }
    }

    @Test
    void aFolderMadeAfterTheStartIsWatchedToo() throws Exception {
        try (SourceWatcher w = watch()) {
            Files.createDirectories(site.resolve("content/docs/deep"));
            assertTrue(called(), "a new folder is a change");
            assertTrue(quiet());
            write(site.resolve("content/docs/deep/x.md"), "x");
            assertTrue(called(), "a file in the new folder is seen");
        }
    }

    @Test
    void aContentFolderMadeAfterTheStartCalls() throws Exception {
        Path other = site.resolve("other");
        Files.createDirectories(other.resolve("site"));
        try (SourceWatcher w = new SourceWatcher(other, Duration.ofMillis(150), this::heard)) {
            Files.createDirectories(other.resolve("content"));
            assertTrue(called());
            assertTrue(quiet());
            write(other.resolve("content/a.md"), "a");
            assertTrue(called());
        }
    }

    @Test
    void editorNoiseIsDotHashAndTildeNames() {
        for (String name : new String[] {".a.md.swp", ".#a.md", "#a.md#", "a.md~", ".DS_Store"}) assertTrue(SourceWatcher.editorNoise(name), name);
        for (String name : new String[] {"a.md", "a#b.md", "a~b.md", "site.yaml"}) assertFalse(SourceWatcher.editorNoise(name), name);
        assertEquals(0, calls.availablePermits());
    }
}
