package press.testing;

import press.pipeline.Build;
import press.pipeline.BuildOptions;
import press.pipeline.BuildResult;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny site written inline by a test: a theme, a site.yaml and some posts. The theme is the
 * repo's, or with {@link #withTestTheme} the test theme ({@code src/test/resources/testtheme}),
 * whose templates print each view as {@code kind|value|...} lines that {@link #lines} reads back.
 */
public final class TestSite {
    public static final Path TEST_THEME = Path.of("src/test/resources/testtheme");
    public final Path root;

    public TestSite(Path root) {
        this(root, Path.of("templates"));
    }

    /** A site whose pages print their view data as lines, so a test asserts data, not the shipped theme's markup. */
    public static TestSite withTestTheme(Path root) {
        return new TestSite(root, TEST_THEME);
    }

    private TestSite(Path root, Path theme) {
        this.root = root;
        try {
            Files.createDirectories(root);
            PathUtils.copyDirectory(theme, root.resolve("templates"));
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

    /** The lines of a page built with the test theme that start with {@code kind|}, each without that prefix. */
    public java.util.List<String> lines(String outputPath, String kind) {
        return read(outputPath).lines().filter(l -> l.startsWith(kind + "|")).map(l -> l.substring(kind.length() + 1)).toList();
    }

    /** The one line of {@code kind} of a page built with the test theme. */
    public String line(String outputPath, String kind) {
        java.util.List<String> found = lines(outputPath, kind);
        if (found.size() != 1) throw new AssertionError("expected one " + kind + "| line in " + outputPath + ", got " + found + " in:\n" + read(outputPath));
        return found.get(0);
    }

    public boolean exists(String outputPath) {
        return Files.exists(root.resolve("site").resolve(outputPath));
    }
}
