package press.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import press.digest.Sha256;
import press.problem.Problems;
import press.problem.SourcePos;

import java.io.IOException;
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
    public static final List<String> REQUIRED = List.of("post", "list", "terms", "404", "search");
    /** Needed only by sites that have them: pages, section lists; {@code <section>/page} and {@code <section>/section} too. */
    public static final List<String> PER_SECTION = List.of("page", "section");

    private final Map<String, Mustache> compiled = new HashMap<>();
    private final java.util.Set<String> present = new java.util.HashSet<>();

    private TemplateRenderer() {}

    /** Compiles the required templates of the site folder {@code source}; problems name the template file. */
    public static TemplateRenderer load(Path source, Problems problems) {
        return load(source, problems, new ViewNames());
    }

    /** The same, with {@code lookup} finding names in the views ({@code RenderBench} compares it with Mustache's own). */
    static TemplateRenderer load(Path source, Problems problems, com.github.mustachejava.ObjectHandler lookup) {
        TemplateRenderer r = new TemplateRenderer();
        Path dir = source.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            problems.add(SourcePos.file(Path.of(FOLDER)), "templates folder missing, expected " + FOLDER + "/ with "
                    + String.join(", ", REQUIRED) + " .mustache files (see the theme in press's templates/)");
            return r;
        }
        // partials are named from templates/ wherever the template is, so templates/docs/page.mustache can use {{<layout}}
        DefaultMustacheFactory factory = new DefaultMustacheFactory(dir.toFile()) {
            @Override
            public String resolvePartialPath(String from, String name, String extension) {
                String n = name.startsWith("/") ? name.substring(1) : name;
                return n.endsWith(extension) ? n : n + extension;
            }

            @Override
            public void encode(String value, java.io.Writer writer) {
                if (writer instanceof Utf8Out out) {
                    out.writeEscaped(value); // the same bytes as HtmlEscaper, without its char array
                    return;
                }
                Utf8Out page = writer.getClass().getName().equals(PASS_THROUGH) ? BUFFER.get()[1] : null;
                if (page != null) page.writeEscaped(value);
                else super.encode(value, writer);
            }
        };
        factory.setObjectHandler(lookup);
        List<String> names = new java.util.ArrayList<>(REQUIRED);
        names.addAll(optional(dir));
        r.present.addAll(names);
        for (String name : names) {
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

    /**
     * {@code page}, {@code section} and {@code docs/page} ... that exist: per-section templates in folders of templates/ (not static/).
     * templates/ may be a symbolic link to a shared theme (docs/templates is one), so the walk starts at its real path.
     */
    private static List<String> optional(Path templates) {
        if (!Files.isDirectory(templates)) return List.of();
        try (java.util.stream.Stream<Path> s = Files.walk(templates.toRealPath())) {
            Path dir = templates.toRealPath();
            return s.filter(Files::isRegularFile)
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .filter(rel -> !rel.startsWith("static/"))
                    .filter(rel -> PER_SECTION.stream().anyMatch(n -> rel.equals(n + ".mustache") || rel.endsWith("/" + n + ".mustache")))
                    .map(rel -> rel.substring(0, rel.length() - ".mustache".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code templates/NAME.mustache} exists and compiled. */
    public boolean has(String name) {
        return compiled.containsKey(name);
    }

    /** A site with pages needs {@code page.mustache}, one with sections {@code section.mustache}, as fallbacks for every section. */
    public void checkSections(press.model.Site site, Problems problems) {
        if (!site.pages().isEmpty() && !present.contains("page")) missing("page", "the site has pages", problems);
        if (!site.sections().isEmpty() && !present.contains("section")) missing("section", "the site has sections", problems);
    }

    private static void missing(String name, String why, Problems problems) {
        Path shown = Path.of(FOLDER, name + ".mustache");
        problems.add(SourcePos.file(shown), "template missing, expected " + shown + " because " + why + " (see the theme in press's templates/)");
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
        try (java.util.stream.Stream<Path> s = Files.walk(source.resolve(FOLDER).toRealPath())) {
            Path dir = source.resolve(FOLDER).toRealPath();
            java.security.MessageDigest md = Sha256.start();
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                md.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
            }
            return Sha256.hex(md);
        } catch (java.nio.file.NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each rendering thread's page buffer, taken while a page renders (one grown past 1 MB is not
     * kept), and the buffer of the page it is rendering.
     */
    private static final ThreadLocal<Utf8Out[]> BUFFER = ThreadLocal.withInitial(() -> new Utf8Out[2]);
    /**
     * The writer Mustache puts around the page's while a partial that recurses runs (the meta box):
     * it passes every write through unchanged and unbuffered, so escaped values may go straight
     * to the page's buffer.
     */
    private static final String PASS_THROUGH = "com.github.mustachejava.codes.DepthLimitedWriter";

    /**
     * Renders one page.
     *
     * @throws TemplateError naming the template file and line where Mustache failed
     */
    public byte[] render(String template, Object view) {
        Mustache m = compiled.get(template);
        Utf8Out[] mine = BUFFER.get();
        Utf8Out out = mine[0] != null ? mine[0].reset() : new Utf8Out(32 * 1024); // a render inside a render gets its own
        mine[0] = null;
        Utf8Out outer = mine[1];
        mine[1] = out;
        try {
            m.execute(out, view).flush();
            return out.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MustacheException e) {
            throw TemplateError.of(e, template);
        } finally {
            mine[0] = out.capacity() <= 1 << 20 ? out : null;
            mine[1] = outer;
        }
    }

    /** A template failed while rendering: where (the innermost template and line Mustache names) and why (the root cause). */
    public static final class TemplateError extends RuntimeException {
        private final transient SourcePos pos;

        private TemplateError(SourcePos pos, String message) {
            super(message);
            this.pos = pos;
        }

        public SourcePos pos() {
            return pos;
        }

        static TemplateError of(MustacheException e, String template) {
            SourcePos pos = SourcePos.file(Path.of(FOLDER, template + ".mustache"));
            Throwable cause = e;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof MustacheException me && me.getContext() != null && me.getContext().file() != null) {
                    pos = new SourcePos(FOLDER + "/" + me.getContext().file(), me.getContext().line(), 0);
                }
                cause = t;
            }
            String why = cause instanceof MustacheException me && me.getContext() != null
                    ? me.getMessage().replace(" @[" + me.getContext().file() + ":" + me.getContext().line() + "]", "")
                    : String.valueOf(cause.getMessage());
            return new TemplateError(pos, "template error: " + why);
        }
    }
}
