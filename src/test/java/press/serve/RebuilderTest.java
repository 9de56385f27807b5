package press.serve;

import org.junit.jupiter.api.Test;

import press.problem.BuildException;
import press.problem.SourcePos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every build, good or bad, is a new generation; a failed one keeps its problem lines, and a crash in the pipeline is one too. */
class RebuilderTest {
    @Test
    void eachBuildIsTheNextGenerationAndIsAnnounced() {
        List<BuildState> heard = new ArrayList<>();
        List<RuntimeException> outcomes = new ArrayList<>(List.of(
                BuildException.single("parse", SourcePos.of(Path.of("content/a.md"), 2, 3), "bad date, expected 2024-01-01"),
                new IllegalStateException("disk full")));
        Rebuilder r = new Rebuilder(() -> {
            if (!outcomes.isEmpty()) {
                RuntimeException next = outcomes.remove(0);
                if (next != null) throw next;
            }
        }, heard::add);
        assertEquals(new BuildState(0, List.of()), r.state(), "nothing built yet");

        BuildState failed = r.rebuild();
        assertEquals(new BuildState(1, List.of("content/a.md:2:3: bad date, expected 2024-01-01")), failed);
        assertTrue(failed.failed());

        BuildState crashed = r.rebuild();
        assertEquals(2, crashed.generation());
        assertEquals(List.of("press: the build failed: java.lang.IllegalStateException: disk full"), crashed.problems());

        BuildState good = r.rebuild();
        assertEquals(new BuildState(3, List.of()), good);
        assertFalse(good.failed());
        assertEquals(good, r.state());
        assertEquals(List.of(failed, crashed, good), heard);
    }

    /** After a good build, a change the builder can write ahead is a generation of its own, announced before the full build's. */
    @Test
    void pagesWrittenAheadAreAGenerationBeforeTheBuild() throws InterruptedException {
        List<BuildState> heard = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        boolean[] failNext = {false};
        Rebuilder r = new Rebuilder(new SiteBuilder() {
            @Override
            public void build() {
                calls.add("build");
                if (failNext[0]) throw BuildException.single("parse", SourcePos.of(Path.of("content/a.md"), 1, 1), "bad");
            }

            @Override
            public List<String> preview(Set<Path> changed, Set<String> open) {
                calls.add("preview " + changed.size());
                return changed.isEmpty() ? List.of() : List.of("posts/a/index.html");
            }
        }, heard::add);
        Set<Path> a = Set.of(Path.of("/s/content/posts/a.md"));
        r.changed(a);
        r.awaitIdle();
        assertEquals(List.of("build"), calls, "nothing to write ahead of before the first build");

        r.changed(a);
        r.awaitIdle();
        assertEquals(List.of("build", "preview 1", "build"), calls);
        assertEquals(List.of(new BuildState(1, List.of()), new BuildState(2, List.of(), List.of("posts/a/index.html")),
                new BuildState(3, List.of())), heard);
        assertEquals(new BuildState(3, List.of()), r.state());

        r.changed(Set.of()); // changes not known (events lost): no preview
        r.awaitIdle();
        assertEquals(List.of("build", "preview 1", "build", "build"), calls);
        failNext[0] = true;
        r.changed(a);
        r.awaitIdle();
        failNext[0] = false;
        calls.clear();
        r.changed(a);
        r.awaitIdle();
        assertEquals(List.of("build"), calls, "after a failed build only the full build writes");
        r.close();
    }

    /** A good build that changed no file after a good one keeps the generation: open pages (written ahead) need no reload. */
    @Test
    void aBuildThatChangedNothingKeepsTheGeneration() {
        boolean[] changed = {true};
        boolean[] fail = {false};
        List<BuildState> heard = new ArrayList<>();
        Rebuilder r = new Rebuilder(new SiteBuilder() {
            @Override
            public void build() {
                if (fail[0]) throw BuildException.single("parse", SourcePos.of(Path.of("content/a.md"), 1, 1), "bad");
            }

            @Override
            public boolean changedOutput() {
                return changed[0];
            }
        }, heard::add);
        changed[0] = false;
        assertEquals(1, r.rebuild().generation(), "the first build is always a generation");
        assertEquals(1, r.rebuild().generation(), "nothing changed: the same");
        changed[0] = true;
        assertEquals(2, r.rebuild().generation());
        fail[0] = true;
        assertEquals(3, r.rebuild().generation());
        fail[0] = false;
        changed[0] = false;
        assertEquals(new BuildState(4, List.of()), r.rebuild(), "a good build after a failed one is new, whatever it wrote: the overlay goes");
        assertEquals(5, heard.size(), "every build is told, for the terminal");
    }

    /** A save during a build is written ahead at once, not after the build; saves during one build give one more build. */
    @Test
    void aSaveDuringABuildIsWrittenAheadAtOnce() throws InterruptedException {
        java.util.concurrent.CountDownLatch inBuild = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        Rebuilder r = new Rebuilder(new SiteBuilder() {
            @Override
            public void build() {
                if (builds.incrementAndGet() == 2) {
                    inBuild.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                events.add("build " + builds.get());
            }

            @Override
            public List<String> preview(Set<Path> changed, Set<String> open) {
                events.add("preview");
                return List.of("posts/a/index.html");
            }
        }, s -> { });
        r.rebuild();
        Set<Path> a = Set.of(Path.of("/s/content/posts/a.md"));
        r.changed(a); // preview, then build 2, which waits
        assertTrue(inBuild.await(5, java.util.concurrent.TimeUnit.SECONDS));
        r.changed(a);
        r.changed(a);
        assertEquals(List.of("build 1", "preview", "preview", "preview"), events, "both saves written ahead while build 2 runs");
        release.countDown();
        r.awaitIdle();
        assertEquals(List.of("build 1", "preview", "preview", "preview", "build 2", "build 3"), events, "two saves during a build: one more build");
        assertEquals(6, r.state().generation(), "a build and 3 previews and 2 builds");
        r.close();
    }

    /** The builder's preview is told the pages open now. */
    @Test
    void aPreviewIsToldTheOpenPages() throws InterruptedException {
        List<Set<String>> told = new ArrayList<>();
        Rebuilder r = new Rebuilder(new SiteBuilder() {
            @Override
            public void build() {
            }

            @Override
            public List<String> preview(Set<Path> changed, Set<String> open) {
                told.add(open);
                return List.of();
            }
        }, s -> { }, () -> Set.of("posts/a/index.html"));
        r.rebuild();
        r.changed(Set.of(Path.of("/s/templates/post.mustache")));
        r.awaitIdle();
        assertEquals(List.of(Set.of("posts/a/index.html")), told);
        r.close();
    }
}
