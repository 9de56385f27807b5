package press.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import press.problem.Problems;
import press.problem.SourcePos;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders pages with the site's Mustache templates ({@code templates/NAME.mustache}). All
 * templates a plan needs are compiled up front, so a broken template is reported once, before
 * any page is rendered. Thread-safe after construction.
 */
public final class TemplateRenderer {
    public static final String FOLDER = "templates";
    public static final List<String> REQUIRED = List.of("post", "list", "terms", "404");

    private final Map<String, Mustache> compiled = new HashMap<>();

    private TemplateRenderer() {}

    /** Compiles the required templates of the site folder {@code source}; problems name the template file. */
    public static TemplateRenderer load(Path source, Problems problems) {
        TemplateRenderer r = new TemplateRenderer();
        Path dir = source.resolve(FOLDER);
        DefaultMustacheFactory factory = new DefaultMustacheFactory(dir.toFile());
        for (String name : REQUIRED) {
            Path file = dir.resolve(name + ".mustache");
            Path shown = Path.of(FOLDER, name + ".mustache");
            if (!Files.isRegularFile(file)) {
                problems.add(SourcePos.file(shown), "template missing, expected " + shown + " (see the theme in press's templates/)");
                continue;
            }
            try {
                r.compiled.put(name, factory.compile(name + ".mustache"));
            } catch (MustacheException e) {
                problems.add(where(e, shown), "template error: " + e.getMessage().replaceFirst(" @\\[[^\\]]*\\]$", ""));
            } catch (UncheckedIOException e) {
                problems.add(SourcePos.file(shown), "template error: " + e.getMessage());
            }
        }
        return r;
    }

    /** The template file and line Mustache names (it may be a partial or the layout), else the template being compiled. */
    private static SourcePos where(MustacheException e, Path shown) {
        var context = e.getContext();
        if (context == null || context.file() == null) return SourcePos.file(shown);
        return SourcePos.of(Path.of(FOLDER, context.file()), context.line(), 0);
    }

    /**
     * A digest of every file under {@code templates/} (names and bytes), so a long-running process
     * can tell whether pages must be rendered again although their views did not change.
     */
    public static String fingerprint(Path source) {
        Path dir = source.resolve(FOLDER);
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                md.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.nio.file.NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renders one page; a failure is reported as a problem of its template. */
    public byte[] render(Route.Page page) {
        Mustache m = compiled.get(page.template());
        StringWriter out = new StringWriter(16 * 1024);
        try {
            m.execute(out, page.view()).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
