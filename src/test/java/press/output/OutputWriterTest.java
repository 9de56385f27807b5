package press.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both output strategies: nothing reaches the target before commit, one path check, and the in-place update writes only what changed. */
class OutputWriterTest {
    @TempDir
    Path tmp;

    private static List<String> files(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
        }
        out.sort(null);
        return out;
    }

    @Test
    void aFreshFolderAppearsOnlyOnCommitAndAnAbandonedOneLeavesNoTrace() throws IOException {
        Path out = tmp.resolve("site");
        try (OutputFolder f = OutputFolder.begin(out)) {
            f.write("a/index.html", "A".getBytes());
            assertFalse(Files.exists(out), "target written before commit");
        }
        assertFalse(Files.exists(out));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(0, s.count(), "staging folder left behind");
        }
        try (OutputFolder f = OutputFolder.begin(out)) {
            f.write("a/index.html", "A".getBytes());
            f.commit();
        }
        assertEquals(List.of(OutputFolder.MARKER, "a/index.html"), files(out));
    }

    @Test
    void everyWriterRefusesPathsOutsideTheFolder() {
        OutputMemory memory = new OutputMemory();
        for (String bad : List.of("../x.html", "/etc/x", "a\\b", "", "a/../../x")) {
            try (OutputWriter w = memory.open(tmp.resolve("site"), "t")) {
                assertThrows(IllegalArgumentException.class, () -> w.write(bad, new byte[0]), bad);
            }
        }
        try (OutputWriter w = memory.open(tmp.resolve("site"), "t")) {
            w.write("ok.html", "x".getBytes());
            w.commit();
        }
        try (OutputWriter w = memory.open(tmp.resolve("site"), "t")) {
            assertInstanceOf(OutputUpdate.class, w);
            assertThrows(IllegalArgumentException.class, () -> w.write("../escape.html", new byte[0]));
            assertThrows(IllegalArgumentException.class, () -> w.needsRender("../escape.html", "v"));
        }
        assertFalse(Files.exists(tmp.resolve("escape.html")));
    }

    @Test
    void anUpdateSkipsEqualViewsWritesChangedBytesAndDeletesWhatIsGone() throws IOException {
        Path out = tmp.resolve("site");
        OutputMemory memory = new OutputMemory();
        try (OutputWriter w = memory.open(out, "t1")) {
            assertTrue(w.needsRender("a/index.html", "view-a"));
            w.write("a/index.html", "A".getBytes());
            assertTrue(w.needsRender("b/index.html", "view-b"));
            w.write("b/index.html", "B".getBytes());
            w.write("feed.xml", "F".getBytes());
            w.commit();
        }
        long feedTime = Files.getLastModifiedTime(out.resolve("feed.xml")).toMillis();

        OutputUpdate u = (OutputUpdate) memory.open(out, "t1");
        assertFalse(u.needsRender("a/index.html", "view-a"), "an equal view is not rendered again");
        assertTrue(u.needsRender("c/index.html", "view-c"));
        u.write("c/index.html", "C".getBytes());
        u.write("feed.xml", "F".getBytes());
        assertFalse(Files.exists(out.resolve("c/index.html")), "written before commit");
        u.commit();
        u.close();
        assertEquals(2, u.touched(), "one file added, one deleted, the unchanged feed left alone");
        assertEquals(List.of(OutputFolder.MARKER, "a/index.html", "c/index.html", "feed.xml"), files(out));
        assertFalse(Files.exists(out.resolve("b")), "emptied folders are removed");
        assertEquals(feedTime, Files.getLastModifiedTime(out.resolve("feed.xml")).toMillis());

        try (OutputWriter w = memory.open(out, "t2")) {
            assertTrue(w.needsRender("a/index.html", "view-a"), "after a template change every page renders again");
        }
    }

    @Test
    void aFailedUpdateLeavesTheFolderAsItWas() throws IOException {
        Path out = tmp.resolve("site");
        OutputMemory memory = committed(out, "a.html", "old");
        try (OutputWriter w = memory.open(out, "t")) {
            w.write("a.html", "new".getBytes());
            w.write("b.html", "new".getBytes());
            // no commit: the build failed
        }
        assertEquals(List.of(OutputFolder.MARKER, "a.html"), files(out));
        assertEquals("old", Files.readString(out.resolve("a.html")));
    }

    @Test
    void aMissingFolderFallsBackToAFreshWrite() throws IOException {
        Path out = tmp.resolve("site");
        OutputMemory memory = committed(out, "a.html", "A");
        org.apache.commons.io.FileUtils.deleteDirectory(out.toFile());
        try (OutputWriter w = memory.open(out, "t")) {
            assertInstanceOf(OutputFolder.class, w);
            w.write("a.html", "A".getBytes());
            w.commit();
        }
        assertEquals("A", Files.readString(out.resolve("a.html")));
    }

    /** An output memory that has written one file into {@code out} and committed. */
    private static OutputMemory committed(Path out, String file, String text) throws IOException {
        OutputMemory memory = new OutputMemory();
        try (OutputWriter w = memory.open(out, "t")) {
            w.write(file, text.getBytes());
            w.commit();
        }
        return memory;
    }
}
