package press.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Static files: the theme's {@code templates/static/}, then the site's {@code static/}, which wins on the same path. Dotfiles are skipped. */
public final class StaticAssets {
    private StaticAssets() {}

    public static Map<String, Path> find(Path source) {
        Map<String, Path> out = new TreeMap<>();
        add(source.resolve("templates/static"), out);
        add(source.resolve("static"), out);
        return out;
    }

    private static void add(Path root, Map<String, Path> out) {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                boolean hidden = false;
                for (String part : rel.split("/")) hidden |= part.startsWith(".");
                if (!hidden) out.put(rel, p);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
