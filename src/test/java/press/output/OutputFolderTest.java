package press.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which folders a fresh output may replace, where it is staged, and what commit and abandon leave behind. */
class OutputFolderTest {
    @TempDir
    Path tmp;

    /** What {@code dir} holds once the background deletions ({@link Trash}) are done. */
    private List<String> names(Path dir) throws IOException {
        Trash.await();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws IOException {
        Path out = tmp.resolve("site");
        Files.writeString(out, "a file");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OutputFolder.begin(out));
        assertEquals(out + " is a file, expected an output folder", e.getMessage());
        assertEquals("a file", Files.readString(out));
        assertEquals(List.of("site"), names(tmp), "nothing staged");
    }

    @Test
    void aFolderOfOtherFilesIsNeverReplaced() throws IOException {
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.tex"), "mine");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OutputFolder.begin(out));
        assertTrue(e.getMessage().startsWith("refusing to replace " + out + ": it holds files press did not write"), e.getMessage());
        assertEquals(List.of("thesis.tex"), names(out));
        assertEquals(List.of("site"), names(tmp));
    }

    @Test
    void anEmptyFolderAndAnEarlierOutputAreReplaced() throws IOException {
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        try (OutputFolder f = OutputFolder.begin(out)) {
            f.write("a.html", "A".getBytes(StandardCharsets.UTF_8));
            f.commit();
        }
        Files.writeString(out.resolve("stale.html"), "from before");
        try (OutputFolder f = OutputFolder.begin(out)) {
            f.write("b.html", "B".getBytes(StandardCharsets.UTF_8));
            f.commit();
        }
        assertEquals(List.of(OutputFolder.MARKER, "b.html"), names(out), "the old folder is replaced whole");
        assertEquals(List.of("site"), names(tmp), "no staging or trash folder left");
    }

    @Test
    void anOldFolderAKilledBuildDidNotDeleteIsSweptByTheNext() throws IOException {
        Path out = tmp.resolve("site");
        Files.createDirectories(tmp.resolve(".site.old-123/posts"));
        Files.writeString(tmp.resolve(".site.old-123/posts/index.html"), "swapped out, never deleted");
        Files.createDirectories(tmp.resolve(".other.old-1"));
        try (OutputFolder f = OutputFolder.begin(out)) {
            f.write("a.html", "A".getBytes(StandardCharsets.UTF_8));
            f.commit();
        }
        assertEquals(List.of(".other.old-1", "site"), names(tmp), "only this output's leftovers go");
    }

    @Test
    void theNewFolderIsStagedAsAHiddenSiblingUntilCommit() throws IOException {
        Path out = tmp.resolve("site");
        try (OutputFolder f = OutputFolder.begin(out)) {
            f.write("deep/er/page.html", "P".getBytes(StandardCharsets.UTF_8));
            List<String> staged = names(tmp);
            assertEquals(1, staged.size(), staged.toString());
            assertTrue(staged.get(0).startsWith(".site.new-"), staged.toString());
            assertTrue(Files.isRegularFile(tmp.resolve(staged.get(0)).resolve("deep/er/page.html")));
            assertTrue(Files.isRegularFile(tmp.resolve(staged.get(0)).resolve(OutputFolder.MARKER)), "marked from the start");
            assertFalse(Files.exists(out));
            f.commit();
        }
        assertEquals("P", Files.readString(out.resolve("deep/er/page.html")));
    }

    @Test
    void closingAfterCommitKeepsTheOutputAndAbandoningDropsOnlyTheStaging() throws IOException {
        Path out = tmp.resolve("site");
        OutputFolder f = OutputFolder.begin(out);
        f.write("a.html", "A".getBytes(StandardCharsets.UTF_8));
        f.commit();
        f.abandon();
        f.close();
        assertEquals("A", Files.readString(out.resolve("a.html")));
        OutputFolder g = OutputFolder.begin(out);
        g.write("a.html", "changed".getBytes(StandardCharsets.UTF_8));
        g.abandon();
        g.abandon();
        assertEquals("A", Files.readString(out.resolve("a.html")), "an abandoned build never reaches the folder");
        assertEquals(List.of("site"), names(tmp));
    }

    @Test
    void aCopyIsTheSourceFilesBytes() throws IOException {
        Path from = tmp.resolve("logo.png");
        Files.write(from, new byte[] {1, 2, 3});
        Path out = tmp.resolve("out");
        try (OutputFolder f = OutputFolder.begin(out)) {
            f.copy("img/logo.png", from);
            f.copy("img/logo.png", from); // a second copy to the same place replaces the first
            f.commit();
        }
        assertEquals(3, Files.size(out.resolve("img/logo.png")));
    }

    @Test
    void pathsOutsideTheStagingFolderAreRefusedForWritesAndCopies() throws IOException {
        Path out = tmp.resolve("site");
        Path from = tmp.resolve("x.txt");
        Files.writeString(from, "x");
        try (OutputFolder f = OutputFolder.begin(out)) {
            for (String bad : List.of("../escaped.html", "a/../../escaped.html", "/tmp/escaped.html", "a\\..\\..\\escaped.html", "")) {
                assertThrows(IllegalArgumentException.class, () -> f.write(bad, new byte[0]), bad);
                assertThrows(IllegalArgumentException.class, () -> f.copy(bad, from), bad);
            }
        }
        assertEquals(List.of("x.txt"), names(tmp), "nothing was written beside the folder");
    }

    @Test
    void aFreshFolderRendersEveryPage() {
        try (OutputFolder f = OutputFolder.begin(tmp.resolve("site"))) {
            assertTrue(f.needsRender("a.html", "view"));
            assertTrue(f.needsRender("a.html", "view"));
        }
    }
}
