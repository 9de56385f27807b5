package press.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code press init DIR}: a site that builds and serves at once: config, the shipped theme (from
 * the jar), two posts and an about page in the menu.
 */
public final class SiteStarter {
    /** The shipped theme's files, as they are in the repo's {@code templates/} (a test keeps this list whole). */
    public static final List<String> THEME = List.of("404.mustache", "breadcrumbs.mustache", "layout.mustache", "list.mustache",
            "meta.mustache", "page.mustache", "post.mustache", "search.mustache", "section.mustache", "terms.mustache",
            "static/assets/favicon.svg", "static/assets/search.js", "static/assets/style.css");

    private SiteStarter() {}

    /**
     * Writes a new site into {@code dir} (created if needed); posts are dated {@code today} and the day before.
     *
     * @return the files written, relative to {@code dir}, in order
     * @throws IllegalStateException when {@code dir} already holds content/ or templates/
     */
    public static List<Path> init(Path dir, LocalDate today) {
        for (String taken : List.of("content", "templates")) {
            if (Files.exists(dir.resolve(taken))) {
                throw new IllegalStateException(dir.resolve(taken) + " already exists, expected a new or empty folder for the site");
            }
        }
        List<Path> written = new ArrayList<>();
        write(dir, "content/site.yaml", """
                version: 1
                title: my site
                description: a new press site
                base_url: http://localhost:1313/
                menu:
                  - {name: Posts, url: /, weight: 1}
                """, written);
        write(dir, "content/posts/" + today.minusDays(1) + "-hello.md", ContentWriter.post("Hello, press", today.minusDays(1),
                "This is the first post. Edit it in content/posts/, then run `press serve` to see the change.\n"), written);
        write(dir, "content/posts/" + today + "-second-post.md", ContentWriter.post("A second post", today,
                "Posts are Markdown with front matter. Pages live anywhere else in content/, like the [about page](/about/).\n"), written);
        write(dir, "content/about.md", """
                ---
                title: About
                menu: main
                weight: 2
                ---
                A page: no date, at its path in content/ (`content/about.md` is `/about/`).
                """, written);
        for (String f : THEME) {
            try (InputStream in = SiteStarter.class.getResourceAsStream("/press/theme/" + f)) {
                if (in == null) throw new IllegalStateException("the theme file " + f + " is missing from press's jar");
                write(dir, "templates/" + f, new String(in.readAllBytes(), StandardCharsets.UTF_8), written);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(written);
    }

    private static void write(Path dir, String relative, String text, List<Path> written) {
        try {
            Path f = dir.resolve(relative);
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
            written.add(Path.of(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
