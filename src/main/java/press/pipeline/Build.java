package press.pipeline;

import press.config.ConfigLoader;
import press.config.SiteConfig;
import press.content.ContentScanner;
import press.content.PostSource;
import press.content.StaticAssets;
import press.model.Post;
import press.model.Site;
import press.output.OutputFolder;
import press.output.OutputWriter;
import press.problem.BuildException;
import press.problem.Problems;
import press.problem.SourcePos;
import press.render.Route;
import press.render.RoutePlanner;
import press.render.SearchIndexWriter;
import press.render.TemplateRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The pipeline, one named and timed step after another. {@link #run} either replaces the output
 * folder with a complete new site or, on any problem, leaves it exactly as it was.
 */
public final class Build {
    private Build() {}

    /**
     * Builds the site.
     *
     * @throws BuildException with every problem found, when the content or templates are wrong
     */
    public static BuildResult run(BuildOptions options) {
        return run(options, null);
    }

    /**
     * Builds the site, reusing what {@code cache} kept from the last build of the same site (parsed
     * posts, the output folder to update in place) when it is not null: the way {@code press serve}
     * rebuilds. The output bytes are the same as a full build's.
     */
    public static BuildResult run(BuildOptions options, BuildCache cache) {
        Path out = options.out().toAbsolutePath().normalize();
        Steps steps = new Steps();
        Problems problems = new Problems();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, options.threads()));
        try {
            Loaded loaded = load(options, steps, problems, pool, cache);
            Site site = loaded.site();
            List<Route> planned = steps.time("plan", () -> new RoutePlanner(site).plan(StaticAssets.find(loaded.source())));
            List<Route> routes = new java.util.ArrayList<>(planned);
            routes.addAll(steps.time("search", () -> SearchIndexWriter.routes(site)));
            routes.sort(java.util.Comparator.comparing(Route::path));
            steps.time("render+write", () -> write(pool, routes, loaded.templates(), problems,
                    () -> cache == null ? OutputFolder.begin(out) : cache.output.open(out, TemplateRenderer.fingerprint(loaded.source())), out));
            int pages = (int) routes.stream().filter(r -> r instanceof Route.Page).count();
            int terms = site.taxonomies().stream().mapToInt(t -> t.terms().size()).sum();
            return new BuildResult(pages, routes.size(), site.posts().size(), terms, steps.totalMillis(), steps.lines(), List.of());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The site model without writing anything: config, scan, parse and assemble, as a build does
     * them (for commands that look at the site, such as {@code press similar}).
     *
     * @throws BuildException with every problem found
     */
    public static Site site(BuildOptions options) {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, options.threads()));
        try {
            return load(options, new Steps(), new Problems(), pool, null).site();
        } finally {
            pool.shutdownNow();
        }
    }

    private record Loaded(Path source, Site site, TemplateRenderer templates) {}

    private static Loaded load(BuildOptions options, Steps steps, Problems problems, ForkJoinPool pool, BuildCache cache) {
        Path source = options.source().toAbsolutePath().normalize();
        checkFolders(source, options.out().toAbsolutePath().normalize());
        SiteConfig config = steps.time("config", () -> withBaseUrl(ConfigLoader.load(source, problems), options.baseUrl(), problems));
        problems.throwIfAny("config");
        List<Path> files = steps.time("scan", () -> ContentScanner.scan(source));
        // templates are checked before the content problems are thrown, so one run reports both
        TemplateRenderer templates = steps.time("templates", () -> TemplateRenderer.load(source, problems));
        PostSource from = cache == null ? PostSource.fresh(config) : cache.posts.source(config);
        List<Post> posts = steps.time("parse", () -> parse(pool, source, files, from, problems));
        problems.throwIfAny("parse");
        Site site = steps.time("assemble", () -> SiteAssembler.assemble(config, posts, options.drafts(), options.threads(), problems));
        problems.throwIfAny("assemble");
        return new Loaded(source, site, templates);
    }

    private static SiteConfig withBaseUrl(SiteConfig config, String baseUrl, Problems problems) {
        if (baseUrl == null) return config;
        String url = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        if (!url.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            problems.add(new SourcePos("--base-url", 0, 0), "expected an absolute http(s) URL such as https://example.org/blog/, got \"" + baseUrl + "\"");
            return config;
        }
        return config.withBaseUrl(url);
    }

    /** The output replaces a whole folder, so it must not be the site folder or hold it, nor sit in content/ or templates/. */
    private static void checkFolders(Path source, Path out) {
        if (!Files.isDirectory(source)) {
            throw BuildException.single("setup", new SourcePos(source.toString(), 0, 0), "not a folder, expected a site folder holding content/ and templates/");
        }
        if (source.startsWith(out) || out.startsWith(source.resolve("content")) || out.startsWith(source.resolve("templates"))) {
            throw BuildException.single("setup", new SourcePos(out.toString(), 0, 0),
                    "the output folder would replace the site's own files, expected a folder such as " + source.resolve("site"));
        }
    }

    private static List<Post> parse(ForkJoinPool pool, Path source, List<Path> files, PostSource from, Problems problems) {
        List<Optional<Post>> parsed = inPool(pool, () -> IntStream.range(0, files.size()).parallel().mapToObj(i -> {
            Path file = files.get(i);
            try {
                return from.read(source, file, problems);
            } catch (IOException e) {
                problems.add(SourcePos.file(file), "cannot read: " + e.getMessage());
                return Optional.<Post>empty();
            }
        }).toList());
        List<Post> posts = new ArrayList<>(parsed.size());
        parsed.forEach(p -> p.ifPresent(posts::add));
        return posts;
    }

    /** Renders every page the writer needs and writes it with the data files and assets; commits only when nothing failed. */
    private static Void write(ForkJoinPool pool, List<Route> routes, TemplateRenderer templates, Problems problems,
                              Supplier<OutputWriter> open, Path out) {
        OutputWriter writer;
        try {
            writer = open.get();
        } catch (IllegalStateException e) {
            throw BuildException.single("write", new SourcePos(out.toString(), 0, 0), e.getMessage());
        }
        try (writer) {
            inPool(pool, () -> {
                routes.parallelStream().forEach(r -> {
                    if (r instanceof Route.Page p) {
                        if (writer.needsRender(p.path(), p.view())) render(templates, p, problems).ifPresent(b -> writer.write(p.path(), b));
                    } else if (r instanceof Route.Data d) {
                        writer.write(d.path(), d.bytes());
                    } else if (r instanceof Route.Copy c) {
                        writer.copy(c.path(), c.from());
                    }
                });
                return null;
            });
            problems.throwIfAny("render");
            writer.commit();
        }
        return null;
    }

    private static Optional<byte[]> render(TemplateRenderer templates, Route.Page page, Problems problems) {
        try {
            return Optional.of(templates.render(page));
        } catch (TemplateRenderer.TemplateError e) {
            problems.add(e.pos(), e.getMessage()); // the same for every page that fails alike, so it prints once
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.add(SourcePos.file(Path.of("templates", page.template() + ".mustache")),
                    "template error while rendering " + page.path() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static <T> T inPool(ForkJoinPool pool, java.util.concurrent.Callable<T> task) {
        try {
            return pool.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
