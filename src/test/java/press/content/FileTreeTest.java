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

    /**
     * A folder past the size whose attributes are read in parallel: every entry is told once, with
     * its own attributes, in the order {@code Files.walkFileTree} (links not followed) tells them.
     */
    @Test
    void aBigFolderIsToldInTheOrderOfASequentialWalk() throws IOException {
        for (int i = 0; i < 700; i++) Files.writeString(dir.resolve("p" + i + ".md"), "x".repeat(i));
        for (int d = 0; d < 3; d++) {
            Files.createDirectories(dir.resolve("sub" + d + "/deeper"));
            Files.writeString(dir.resolve("sub" + d + "/deeper/q.md"), "q");
        }
        Files.createSymbolicLink(dir.resolve("link.md"), dir.resolve("p3.md"));
        List<String> told = new ArrayList<>();
        FileTree.walk(dir, d -> false, (p, a) -> told.add(p + " " + a.isDirectory() + " " + a.isSymbolicLink() + " " + a.size()));
        List<String> sequential = new ArrayList<>();
        Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                sequential.add(p + " " + a.isDirectory() + " " + a.isSymbolicLink() + " " + a.size());
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                sequential.add(p + " " + a.isDirectory() + " " + a.isSymbolicLink() + " " + a.size());
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        assertEquals(1 + 700 + 3 * 3 + 1, sequential.size());
        assertEquals(sequential, told);
    }
}
