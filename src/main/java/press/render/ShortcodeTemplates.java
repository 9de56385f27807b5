package press.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import press.model.ShortcodeCall;
import press.problem.Problems;
import press.problem.SourcePos;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The site's own shortcodes: {@code templates/shortcodes/NAME.mustache}, rendered with the
 * shortcode's arguments ({@code {{args.kind}}}, positional ones as {@code {{args.0}}}) and its
 * inner Markdown as HTML ({@code {{{inner}}}}). Unlike page templates a missing argument is
 * simply empty, as shortcode arguments are optional. Thread-safe after loading.
 */
public final class ShortcodeTemplates {
    public static final String FOLDER = "templates/shortcodes";
    private static final List<String> BUILT_IN = List.of("comment", "details", "figure", "gist", "highlight", "instagram", "param", "ref", "relref",
            "tweet", "twitter", "twitter_simple", "vimeo", "vimeo_simple", "x", "youtube");

    /** What a shortcode template sees. */
    public record ShortcodeView(Map<String, String> args, String inner) {}

    public static final String INCLUDES = "templates/includes";
    private static final java.util.regex.Pattern INCLUDE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private final Map<String, Mustache> compiled = new TreeMap<>();
    private final Path source;

    private ShortcodeTemplates(Path source) {
        this.source = source;
    }

    /**
     * Compiles every {@code templates/shortcodes/**.mustache}, a file in a folder by its path
     * ({@code blocks/cover.mustache} is Hugo's {@code {{% blocks/cover %}}}); a broken one is a problem naming it.
     */
    public static ShortcodeTemplates load(Path source, Problems problems) {
        ShortcodeTemplates t = new ShortcodeTemplates(source);
        Path dir = source.resolve(FOLDER);
        if (!Files.isDirectory(dir)) return t;
        DefaultMustacheFactory factory = new DefaultMustacheFactory(source.resolve("templates").toFile());
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".mustache") && Files.isRegularFile(p)).sorted().toList()) {
                String name = dir.relativize(f).toString().replace('\\', '/').replaceFirst("\\.mustache$", "");
                try {
                    t.compiled.put(name, factory.compile("shortcodes/" + name + ".mustache"));
                } catch (MustacheException e) {
                    problems.add(SourcePos.file(Path.of(FOLDER, name + ".mustache")), "template error: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    /**
     * {@code html} with each call's token replaced by its template's output, or by its text,
     * escaped, with a warning added when the site has no template of that name.
     */
    public String expand(String html, List<ShortcodeCall> calls, List<String> warnings, Problems problems) {
        String out = html;
        for (int i = calls.size() - 1; i >= 0; i--) { // an outer call first: it puts in the tokens of the calls inside it
            ShortcodeCall c = calls.get(i);
            Mustache m = compiled.get(c.name());
            String replacement;
            if (c.name().equals(ShortcodeCall.INCLUDE)) {
                replacement = include(c, warnings);
            } else if (m == null) {
                warnings.add(c.at() + ": unknown shortcode {{< " + c.name() + " >}}, expected " + FOLDER + "/" + c.name()
                        + ".mustache or one of " + BUILT_IN + "; shown as text");
                replacement = c.innerHtml() == null ? AliasPages.escape(c.text())
                        : AliasPages.escape(c.text()) + "\n" + c.innerHtml() + AliasPages.escape(c.closing());
            } else {
                StringWriter w = new StringWriter();
                try {
                    m.execute(w, new ShortcodeView(c.args(), c.innerHtml() == null ? "" : c.innerHtml())).flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (MustacheException e) {
                    problems.add(SourcePos.file(Path.of(FOLDER, c.name() + ".mustache")), "template error at " + c.at() + ": " + e.getMessage());
                }
                replacement = w.toString();
            }
            out = out.replace("<p>" + c.token() + "</p>", replacement).replace(c.token(), replacement);
        }
        return out;
    }

    /** {@code {% include footer.html %}}: the theme's file as it is (theme files are trusted like templates); missing is a warning. */
    private String include(ShortcodeCall c, List<String> warnings) {
        String name = c.args().getOrDefault("0", "");
        Path file = source.resolve(INCLUDES).resolve(name).normalize();
        if (INCLUDE_NAME.matcher(name).matches() && !name.contains("..") && file.startsWith(source.resolve(INCLUDES).normalize())
                && Files.isRegularFile(file)) {
            try {
                return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        warnings.add(c.at() + ": {% include " + name + " %}: no file " + INCLUDES + "/" + name + ", expected the included file there; shown as text");
        return AliasPages.escape(c.text());
    }
}
