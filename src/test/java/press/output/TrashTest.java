package press.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrashTest {
    @TempDir
    Path dir;

    @Test
    void aFolderHandedOverIsDeletedWholeInTheBackground() throws IOException {
        Path trash = dir.resolve(".trash-1");
        Files.createDirectories(trash.resolve("posts/a"));
        Files.writeString(trash.resolve("posts/a/index.html"), "<p>a</p>");
        Files.writeString(trash.resolve("index.html"), "<p>home</p>");
        Trash.deleteLater(trash);
        Trash.await();
        assertFalse(Files.exists(trash));
    }

    @Test
    void aSymlinkInsideIsRemovedNotFollowed() throws IOException {
        Path kept = Files.createDirectories(dir.resolve("authors-files"));
        Files.writeString(kept.resolve("draft.md"), "mine");
        Path trash = Files.createDirectories(dir.resolve(".trash-2"));
        Files.createSymbolicLink(trash.resolve("link"), kept);
        Trash.deleteLater(trash);
        Trash.await();
        assertFalse(Files.exists(trash));
        assertEquals("mine", Files.readString(kept.resolve("draft.md")));
    }

    @Test
    void aFolderHandedOverTwiceOrAlreadyGoneIsNoError() throws IOException {
        Path trash = Files.createDirectories(dir.resolve(".trash-3/x"));
        Trash.deleteLater(trash.getParent());
        Trash.deleteLater(trash.getParent());
        Trash.deleteLater(dir.resolve("never-there"));
        Trash.await();
        assertFalse(Files.exists(trash.getParent()));
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void whatIsLeftAtExitIsDeletedByADetachedRm() throws Exception {
        Path trash = Files.createDirectories(dir.resolve(".trash-4/posts/a"));
        Files.writeString(trash.resolve("index.html"), "<p>a</p>");
        Trash.handOver(java.util.List.of(dir.resolve(".trash-4")));
        for (long deadline = System.nanoTime() + 30_000_000_000L; Files.exists(dir.resolve(".trash-4")) && System.nanoTime() < deadline; ) Thread.sleep(20);
        assertFalse(Files.exists(dir.resolve(".trash-4")), "rm ran without being waited for");
    }
}
