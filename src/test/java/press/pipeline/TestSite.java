package press.pipeline;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny site written inline by a test: the repo's theme, a site.yaml and some posts. */
public final class TestSite {
    public final Path root;

    public TestSite(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
            PathUtils.copyDirectory(Path.of("templates"), root.resolve("templates"));
            Files.createDirectories(root.resolve("content/posts"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite config(String yaml) {
        return file("content/site.yaml", yaml);
    }

    public TestSite post(String name, String text) {
        return file("content/posts/" + name, text);
    }

    /** A post with the given title, date and extra front-matter lines. */
    public TestSite post(String name, String title, String date, String... extra) {
        StringBuilder sb = new StringBuilder("---\ntitle: \"" + title.replace("\"", "\\\"") + "\"\ndate: " + date + "\n");
        for (String e : extra) sb.append(e).append('\n');
        return post(name, sb.append("---\nbody of ").append(name).append('\n').toString());
    }

    public TestSite file(String relative, String text) {
        try {
            Path f = root.resolve(relative);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BuildResult build() {
        return Build.run(new BuildOptions(root, root.resolve("site"), null, false, 2));
    }

    public String read(String outputPath) {
        try {
            return Files.readString(root.resolve("site").resolve(outputPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String outputPath) {
        return Files.exists(root.resolve("site").resolve(outputPath));
    }
}
