package press.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Predicate;

/**
 * A walk over a folder tree that hands each entry over with the attributes the walk read for it,
 * so no entry is looked at twice (at 10,000 posts a second {@code stat} per file, and one per
 * name asked about, were most of the content scan). Links are not followed: a link comes with its
 * own attributes ({@link BasicFileAttributes#isSymbolicLink()}).
 */
public final class FileTree {
    private FileTree() {}

    /** Told each folder (the root too) and each file, in the file system's order. */
    public interface Visitor {
        void entry(Path path, BasicFileAttributes attributes) throws IOException;
    }

    /**
     * Walks {@code root}; a folder below it that {@code skip} accepts is neither told nor entered.
     *
     * @throws UncheckedIOException when a folder cannot be read, or what {@code visitor} threw
     */
    public static void walk(Path root, Predicate<Path> skip, Visitor visitor) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) throws IOException {
                    if (!dir.equals(root) && skip.test(dir)) return FileVisitResult.SKIP_SUBTREE;
                    visitor.entry(dir, a);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) throws IOException {
                    visitor.entry(file, a);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
