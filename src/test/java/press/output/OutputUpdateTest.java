package press.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputUpdateTest {
    @TempDir
    Path out;

    record View(String title) {}

    private final AtomicReference<OutputUpdate.Written> last = new AtomicReference<>(new OutputUpdate.Written(Map.of(), Map.of(), 0));

    private OutputUpdate open(boolean look) {
        return new OutputUpdate(out, last.get().views(), last.get().digests(), last::set, look);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String read(String path) throws Exception {
        return Files.readString(out.resolve(path));
    }

    /** A first build: a.html from a view, docs/b.html and c.css. */
    private void first() {
        OutputUpdate u = open(false);
        assertTrue(u.needsRender("a.html", new View("A")));
        u.write("a.html", utf8("<p>A</p>"));
        u.write("docs/b.html", utf8("b"));
        u.write("c.css", utf8("c{}"));
        u.commit();
        assertEquals(3, u.touched());
    }

    @Test
    void anUnchangedViewIsNotRenderedAndAChangedOneIs() throws Exception {
        first();
        OutputUpdate u = open(false);
        assertFalse(u.needsRender("a.html", new View("A")));
        assertTrue(u.needsRender("a.html", new View("A!")), "another view renders again");
        assertTrue(u.needsRender("new.html", new View("A")), "a new path renders");
        u.write("new.html", utf8("n"));
        u.write("a.html", utf8("<p>A!</p>"));
        u.write("docs/b.html", utf8("b"));
        u.write("c.css", utf8("c{}"));
        u.commit();
        assertEquals(2, u.touched(), "unchanged bytes are not written again");
        assertEquals("<p>A!</p>", read("a.html"));
    }

    @Test
    void aPageNotRenderedKeepsItsFileAndIsNotDeleted() throws Exception {
        first();
        OutputUpdate u = open(false);
        assertFalse(u.needsRender("a.html", new View("A")));
        u.write("docs/b.html", utf8("b"));
        u.write("c.css", utf8("c{}"));
        u.commit();
        assertEquals(0, u.touched());
        assertEquals("<p>A</p>", read("a.html"));
        assertEquals(last.get().digests().keySet(), Map.of("a.html", "", "docs/b.html", "", "c.css", "").keySet());
    }

    @Test
    void changedBytesReachTheFolderOnlyAtCommit() throws Exception {
        first();
        OutputUpdate u = open(false);
        u.needsRender("a.html", new View("A2"));
        u.write("a.html", utf8("<p>A2</p>"));
        u.write("docs/b.html", utf8("b"));
        u.write("c.css", utf8("c{}"));
        assertEquals("<p>A</p>", read("a.html"), "not before commit");
        u.close();
        assertEquals("<p>A</p>", read("a.html"), "a closed update leaves the folder as it was");

        OutputUpdate again = open(false);
        again.needsRender("a.html", new View("A2"));
        again.write("a.html", utf8("<p>A2</p>"));
        again.write("docs/b.html", utf8("b"));
        again.write("c.css", utf8("c{}"));
        again.commit();
        assertEquals("<p>A2</p>", read("a.html"));
        try (var s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void filesNoLongerWrittenAreDeletedWithTheirEmptyFolders() {
        first();
        OutputUpdate u = open(false);
        u.needsRender("a.html", new View("A"));
        u.write("c.css", utf8("c{}"));
        u.commit();
        assertEquals(1, u.touched());
        assertFalse(Files.exists(out.resolve("docs/b.html")));
        assertFalse(Files.exists(out.resolve("docs")), "its empty folder goes too");
        assertTrue(Files.exists(out.resolve("a.html")));
        assertFalse(last.get().digests().containsKey("docs/b.html"));
    }

    @Test
    void lookingAtTheFolderRewritesMissingFilesAndDeletesForeignOnes() throws Exception {
        first();
        Files.delete(out.resolve("c.css"));
        Files.delete(out.resolve("a.html"));
        Files.writeString(out.resolve("stray.txt"), "not press's");
        OutputUpdate u = open(true);
        assertTrue(u.needsRender("a.html", new View("A")), "its file is gone: render again");
        u.write("a.html", utf8("<p>A</p>"));
        u.write("docs/b.html", utf8("b"));
        u.write("c.css", utf8("c{}"));
        u.commit();
        assertEquals("c{}", read("c.css"));
        assertEquals("<p>A</p>", read("a.html"));
        assertFalse(Files.exists(out.resolve("stray.txt")));
        assertEquals(3, u.touched());
    }
}
