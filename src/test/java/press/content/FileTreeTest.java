package press.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileTreeTest {
    @TempDir
    Path dir;

    @Test
    void eachEntryOnceWithItsAttributesASkippedFolderNeitherToldNorEnteredTheRootAlwaysWalked() throws IOException {
        Path root = Files.createDirectories(dir.resolve(".root"));
        Files.createDirectories(root.resolve("a/.skip/deep"));
        Files.writeString(root.resolve("a/x.md"), "x");
        Files.writeString(root.resolve("a/.skip/deep/y.md"), "y");
        Files.createSymbolicLink(root.resolve("link"), root.resolve("a"));
        List<String> told = new ArrayList<>();
        FileTree.walk(root, d -> d.getFileName().toString().startsWith("."), (p, a) ->
                told.add(root.relativize(p).toString().replace('\\', '/') + (a.isDirectory() ? "/" : a.isSymbolicLink() ? "@" : "")));
        told.sort(null);
        assertEquals(List.of("/", "a/", "a/x.md", "link@"), told, "the root is walked though skip would take it; a link to a folder is told, not entered");
    }

    @Test
    void whatTheVisitorThrowsComesOutUnchecked() throws IOException {
        Files.writeString(dir.resolve("x"), "x");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> FileTree.walk(dir, d -> false, (p, a) -> {
            if (!a.isDirectory()) throw new IOException("cannot read " + p.getFileName());
        }));
        assertEquals("cannot read x", e.getCause().getMessage());
    }
}
