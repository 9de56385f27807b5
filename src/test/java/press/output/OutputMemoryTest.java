package press.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the memory of the last output allows an in-place update, and what it saves and refuses to load. */
class OutputMemoryTest {
    @TempDir
    Path tmp;

    record View(String title) {}

    private void build(OutputMemory memory, Path out, String templates, String title) {
        try (OutputWriter w = memory.open(out, templates)) {
            if (w.needsRender("a.html", new View(title))) w.write("a.html", title.getBytes(StandardCharsets.UTF_8));
            w.write("style.css", "p{}".getBytes(StandardCharsets.UTF_8));
            w.commit();
        }
    }

    @Test
    void theFirstBuildIsAFreshFolderAndTheNextAnUpdate() {
        OutputMemory memory = new OutputMemory();
        assertTrue(memory.isEmpty());
        Path out = tmp.resolve("site");
        try (OutputWriter w = memory.open(out, "t1")) {
            assertInstanceOf(OutputFolder.class, w);
        }
        assertTrue(memory.isEmpty(), "an abandoned build is not remembered");
        build(memory, out, "t1", "A");
        assertFalse(memory.isEmpty());
        try (OutputWriter w = memory.open(out, "t1")) {
            assertInstanceOf(OutputUpdate.class, w);
            assertFalse(w.needsRender("a.html", new View("A")), "the same view is not rendered again");
            assertTrue(w.needsRender("a.html", new View("B")));
        }
    }

    /**
     * A page written ahead is on disk at once and remembered, so the next build does not write
     * its bytes again; written while an update runs, it is newer than that update's page, which
     * the commit then leaves (the build the same save asked for comes next).
     */
    @Test
    void aPageWrittenAheadIsKeptByTheNextBuildAndSurvivesTheRunningOne() throws IOException {
        OutputMemory memory = new OutputMemory();
        Path out = tmp.resolve("site");
        assertFalse(memory.writeAhead(out, "a.html", "X".getBytes(StandardCharsets.UTF_8)), "nothing committed yet: nothing written");
        assertFalse(Files.exists(out.resolve("a.html")));
        build(memory, out, "t1", "A");
        assertFalse(memory.writeAhead(tmp.resolve("elsewhere"), "a.html", "X".getBytes(StandardCharsets.UTF_8)), "another folder");
        assertThrows(IllegalArgumentException.class, () -> memory.writeAhead(out, "../escape.html", new byte[0]), "the same path checks");

        assertTrue(memory.writeAhead(out, "a.html", "B".getBytes(StandardCharsets.UTF_8)));
        assertEquals("B", Files.readString(out.resolve("a.html")));
        Path a = out.resolve("a.html");
        java.nio.file.attribute.FileTime ahead = Files.getLastModifiedTime(a);
        try (OutputWriter w = memory.open(out, "t1")) {
            assertTrue(w.needsRender("a.html", new View("B")), "no view is remembered for a page written ahead");
            w.write("a.html", "B".getBytes(StandardCharsets.UTF_8));
            w.write("style.css", "p{}".getBytes(StandardCharsets.UTF_8));
            Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(1000));
            w.commit();
        }
        assertEquals(1000, Files.getLastModifiedTime(a).toMillis(), "the same bytes are not written again");
        assertFalse(memory.lastCommitChanged(), "the update after the page written ahead changed no file");
        assertFalse(ahead.toMillis() == 1000);

        try (OutputWriter w = memory.open(out, "t1")) {
            w.needsRender("a.html", new View("C")); // this build made C from what it read...
            w.write("a.html", "C".getBytes(StandardCharsets.UTF_8));
            w.write("style.css", "p{}".getBytes(StandardCharsets.UTF_8));
            assertTrue(memory.writeAhead(out, "a.html", "D".getBytes(StandardCharsets.UTF_8))); // ...while a newer save was written ahead
            w.commit();
        }
        assertEquals("D", Files.readString(a), "the commit leaves the page written ahead during it");
        assertFalse(memory.lastCommitChanged(), "C was left for D: nothing written");
        try (OutputWriter w = memory.open(out, "t1")) {
            assertTrue(w.needsRender("a.html", new View("C")));
            w.write("a.html", "D".getBytes(StandardCharsets.UTF_8));
            w.write("style.css", "p{}".getBytes(StandardCharsets.UTF_8));
            Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(2000));
            w.commit();
        }
        assertEquals(2000, Files.getLastModifiedTime(a).toMillis(), "remembered as D: the next build's D is not written again");
        try (OutputWriter w = memory.open(out, "t1")) {
            w.needsRender("a.html", new View("E"));
            w.write("a.html", "E".getBytes(StandardCharsets.UTF_8));
            w.write("style.css", "p{}".getBytes(StandardCharsets.UTF_8));
            w.commit();
        }
        assertEquals("E", Files.readString(a), "a page written ahead before an update began is that update's to replace");
        assertTrue(memory.lastCommitChanged());
    }

    @Test
    void changedTemplatesRenderEveryPageAgain() {
        OutputMemory memory = new OutputMemory();
        Path out = tmp.resolve("site");
        build(memory, out, "t1", "A");
        try (OutputWriter w = memory.open(out, "t2")) {
            assertInstanceOf(OutputUpdate.class, w, "still updated in place");
            assertTrue(w.needsRender("a.html", new View("A")));
        }
    }

    @Test
    void anotherFolderOrALostMarkerStartsAfreshAndForgetsTheOld() throws IOException {
        OutputMemory memory = new OutputMemory();
        Path out = tmp.resolve("site");
        build(memory, out, "t1", "A");
        try (OutputWriter w = memory.open(tmp.resolve("other"), "t1")) {
            assertInstanceOf(OutputFolder.class, w);
        }
        assertTrue(memory.isEmpty(), "opening another folder forgets the first");
        build(memory, out, "t1", "A");
        Files.delete(out.resolve(OutputFolder.MARKER));
        // a folder without the marker may not be press's any more: a fresh build, which then refuses to replace it
        assertThrows(IllegalStateException.class, () -> memory.open(out, "t1"));
        assertTrue(Files.exists(out.resolve("a.html")));
    }

    @Test
    void theSameFolderNamedAnotherWayIsStillTheSame() {
        OutputMemory memory = new OutputMemory();
        build(memory, tmp.resolve("site"), "t1", "A");
        try (OutputWriter w = memory.open(tmp.resolve("x/../site"), "t1")) {
            assertInstanceOf(OutputUpdate.class, w);
        }
    }

    @Test
    void nothingIsSavedBeforeACommit() throws IOException {
        Path file = tmp.resolve("output.bin");
        new OutputMemory().save(file);
        assertFalse(Files.exists(file));
    }

    @Test
    void aSavedMemoryLoadsBackAndItsFirstUpdateLooksAtTheFolder() throws IOException {
        OutputMemory memory = new OutputMemory();
        Path out = tmp.resolve("site");
        build(memory, out, "t1", "A");
        Path file = tmp.resolve("output.bin");
        memory.save(file);
        OutputMemory back = OutputMemory.load(file);
        assertFalse(back.isEmpty());
        Files.delete(out.resolve("a.html")); // changed by someone else between two runs of press
        try (OutputWriter w = back.open(out, "t1")) {
            assertInstanceOf(OutputUpdate.class, w);
            assertTrue(w.needsRender("a.html", new View("A")), "its file is gone: the loaded memory looks before it trusts");
            assertTrue(w.needsRender("a.html", new View("A")));
            w.write("a.html", "A".getBytes(StandardCharsets.UTF_8));
            w.write("style.css", "p{}".getBytes(StandardCharsets.UTF_8));
            w.commit();
        }
        try (OutputWriter w = back.open(out, "t1")) {
            assertFalse(w.needsRender("a.html", new View("A")), "after one look the memory is its own again");
        }
    }

    @Test
    void theSavedBytesAreTheSameForTheSameOutput() throws IOException {
        OutputMemory one = new OutputMemory();
        OutputMemory two = new OutputMemory();
        build(one, tmp.resolve("site"), "t1", "A");
        build(two, tmp.resolve("site"), "t1", "A");
        one.save(tmp.resolve("one.bin"));
        two.save(tmp.resolve("two.bin"));
        assertEquals(-1, Files.mismatch(tmp.resolve("one.bin"), tmp.resolve("two.bin")));
    }

    @Test
    void aForeignTruncatedOrOverlongFileIsRefused() throws IOException {
        OutputMemory memory = new OutputMemory();
        build(memory, tmp.resolve("site"), "t1", "A");
        Path good = tmp.resolve("output.bin");
        memory.save(good);
        byte[] bytes = Files.readAllBytes(good);

        Path foreign = tmp.resolve("foreign.bin");
        try (press.store.CacheOutput out = press.store.CacheOutput.create(foreign, "press output memory 2")) {
            out.string("an older format");
        }
        assertEquals("foreign.bin is not a press output memory 3 file", assertThrows(IOException.class, () -> OutputMemory.load(foreign)).getMessage());

        Path cut = tmp.resolve("cut.bin");
        for (int at : new int[] {bytes.length - 1, bytes.length - 3, bytes.length / 2, 10}) {
            Files.write(cut, java.util.Arrays.copyOf(bytes, at));
            assertThrows(IOException.class, () -> OutputMemory.load(cut), "cut at " + at);
        }

        Path longer = tmp.resolve("longer.bin");
        Files.write(longer, java.util.Arrays.copyOf(bytes, bytes.length + 1));
        assertEquals("the file does not end where it should", assertThrows(IOException.class, () -> OutputMemory.load(longer)).getMessage());

        Path missing = tmp.resolve("missing.bin");
        try (press.store.CacheOutput out = press.store.CacheOutput.create(missing, "press output memory 3")) {
            out.string(tmp.resolve("site").toString()).string("t1").number(1).string("index.html").string(null).string(null);
        }
        assertEquals("corrupt: a path or digest is missing", assertThrows(IOException.class, () -> OutputMemory.load(missing)).getMessage());

        Path empty = tmp.resolve("empty.bin");
        Files.write(empty, new byte[0]);
        assertThrows(IOException.class, () -> OutputMemory.load(empty));
    }
}
