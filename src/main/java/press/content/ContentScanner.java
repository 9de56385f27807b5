package press.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the post files of a site: {@code content/posts/**}{@code /*.md}, sorted, dotfiles skipped. */
public final class ContentScanner {
    public static final String POSTS = "content/posts";

    private ContentScanner() {}

    /** Post files relative to {@code source}, sorted by their path text so every run sees the same order. */
    public static List<Path> scan(Path source) {
        Path root = source.resolve(POSTS);
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .map(source::relativize)
                    .filter(p -> !hidden(p))
                    .sorted((a, b) -> a.toString().compareTo(b.toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("_")) return true;
        }
        return false;
    }
}
