package press.build;

import press.config.ConfigLoader;
import press.config.SiteConfig;
import press.content.ContentScanner;
import press.content.PostParser;
import press.model.Post;
import press.model.Site;
import press.output.OutputFolder;
import press.problem.BuildException;
import press.problem.Problems;
import press.problem.SourcePos;
import press.render.Route;
import press.render.RoutePlanner;
import press.render.TemplateRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
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
     * posts, the output folder) when it is not null: the way {@code press serve} rebuilds. The
     * output bytes are the same as a full build's.
     */
    public static BuildResult run(BuildOptions options, BuildCache cache) {
        Path out = options.out().toAbsolutePath().normalize();
        Steps steps = new Steps();
        Problems problems = new Problems();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, options.threads()));
        try {
            Loaded loaded = load(options, steps, problems, pool, cache);
            Site site = loaded.site();
            List<Route> routes = steps.time("plan", () -> new RoutePlanner(site).plan(StaticAssets.find(loaded.source())));
            if (cache == null) {
                steps.time("render+write", () -> write(pool, out, routes, loaded.templates(), problems, null));
            } else {
                String templatesPrint = TemplateRenderer.fingerprint(loaded.source());
                if (IncrementalWriter.canUpdate(cache, out, templatesPrint)) {
                    steps.time("render+update", () -> inPool(pool, () -> IncrementalWriter.update(cache, out, routes, loaded.templates(), templatesPrint, problems)));
                } else {
                    cache.output = null;
                    Map<String, String> digests = new ConcurrentHashMap<>();
                    steps.time("render+write", () -> write(pool, out, routes, loaded.templates(), problems, digests));
                    IncrementalWriter.remember(cache, out, routes, templatesPrint, digests);
                }
            }
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
        List<Post> posts = steps.time("parse", () -> parse(pool, source, files, new PostParser(config), problems, cache, config));
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

    private static List<Post> parse(ForkJoinPool pool, Path source, List<Path> files, PostParser parser, Problems problems,
                                    BuildCache cache, SiteConfig config) {
        if (cache != null && !config.equals(cache.parsedWith)) {
            cache.posts.clear();
            cache.parsedWith = config;
        }
        List<Optional<Post>> parsed = inPool(pool, () -> IntStream.range(0, files.size()).parallel().mapToObj(i -> {
            Path file = files.get(i);
            try {
                if (cache == null) return parser.parse(file, Files.readAllBytes(source.resolve(file)), problems);
                BasicFileAttributes attrs = Files.readAttributes(source.resolve(file), BasicFileAttributes.class);
                BuildCache.FileKey key = new BuildCache.FileKey(attrs.size(), attrs.lastModifiedTime().toMillis());
                BuildCache.Parsed hit = cache.posts.get(file);
                if (hit != null && hit.key().equals(key)) return Optional.of(hit.post());
                Optional<Post> post = parser.parse(file, Files.readAllBytes(source.resolve(file)), problems);
                if (post.isPresent()) cache.posts.put(file, new BuildCache.Parsed(key, post.get()));
                else cache.posts.remove(file);
                return post;
            } catch (IOException e) {
                problems.add(SourcePos.file(file), "cannot read: " + e.getMessage());
                return Optional.<Post>empty();
            }
        }).toList());
        List<Post> posts = new ArrayList<>(parsed.size());
        parsed.forEach(p -> p.ifPresent(posts::add));
        return posts;
    }

    /** A full write into a fresh folder, swapped in at the end; {@code digests} (if not null) gets every file's digest. */
    private static Void write(ForkJoinPool pool, Path out, List<Route> routes, TemplateRenderer templates, Problems problems,
                              Map<String, String> digests) {
        OutputFolder folder;
        try {
            folder = OutputFolder.begin(out);
        } catch (IllegalStateException e) {
            throw BuildException.single("write", new SourcePos(out.toString(), 0, 0), e.getMessage());
        }
        try (folder) {
            inPool(pool, () -> {
                routes.parallelStream().forEach(r -> {
                    if (r instanceof Route.Page p) render(templates, p, problems).ifPresent(b -> {
                        folder.write(p.path(), b);
                        if (digests != null) digests.put(p.path(), IncrementalWriter.digest(b));
                    });
                    else if (r instanceof Route.Data d) {
                        folder.write(d.path(), d.bytes());
                        if (digests != null) digests.put(d.path(), IncrementalWriter.digest(d.bytes()));
                    } else if (r instanceof Route.Copy c) {
                        folder.copy(c.path(), c.from());
                        if (digests != null) digests.put(c.path(), IncrementalWriter.digest(readBytes(c.from())));
                    }
                });
                return null;
            });
            problems.throwIfAny("render");
            folder.commit();
        }
        return null;
    }

    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<byte[]> render(TemplateRenderer templates, Route.Page page, Problems problems) {
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

    static <T> T inPool(ForkJoinPool pool, java.util.concurrent.Callable<T> task) {
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
