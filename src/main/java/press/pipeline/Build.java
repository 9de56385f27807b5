package press.pipeline;

import press.config.ConfigLoader;
import press.config.SiteConfig;
import press.content.ContentFiles;
import press.content.ContentScanner;
import press.content.PageParser;
import press.content.PostSource;
import press.content.StaticAssets;
import press.model.Page;
import press.model.Post;
import press.model.PostBody;
import press.model.Site;
import press.output.OutputFolder;
import press.problem.BuildException;
import press.publish.Manifest;
import press.publish.ReleaseWriter;
import press.problem.Problems;
import press.problem.SourcePos;
import press.render.Route;
import press.render.ShortcodeTemplates;
import press.render.TemplateRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

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
        return run(options, cache, Progress.NONE);
    }

    /** As {@link #run(BuildOptions, BuildCache)}, telling {@code progress} how it goes. */
    public static BuildResult run(BuildOptions options, BuildCache cache, Progress progress) {
        Path out = options.out().toAbsolutePath().normalize();
        if (cache != null) cache.checkSaved();
        Steps steps = new Steps(progress::step);
        SiteInputs.Checked checked = cache != null && cache.saved
                ? steps.time("check", () -> SiteInputs.check(options.source().toAbsolutePath().normalize(), options)) : null;
        String inputs = checked == null ? null : checked.digest();
        if (inputs != null && inputs.equals(cache.inputs) && cache.last != null && Files.isRegularFile(out.resolve(OutputFolder.MARKER))
                && liveRelease(out).equals(String.valueOf(cache.last.release()))) {
            BuildResult l = cache.last;
            return new BuildResult(l.pages(), l.files(), l.posts(), l.contentPages(), 0, l.terms(), steps.totalMillis(), steps.lines(), List.of(),
                    new BuildResult.Stats(timed(steps), 0, 0, l.posts(), Steps.peakHeapBytes(), true), l.release());
        }
        List<String> warnings = new ArrayList<>();
        if (cache != null && cache.saved) cache.readAhead(); // read while the config, content and templates are read; waited for before the parse
        Problems problems = new Problems();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, options.threads()));
        Planning.SearchIndex[] search = new Planning.SearchIndex[1];
        try {
            // a build without a cache takes its post files' hashes from the parse; with one, cache.files (read in the load: not before)
            FileHashes parsedHashes = cache == null ? new FileHashes() : null;
            // a clean build, and a first one that writes its cache as it goes, start the search index beside the similar posts
            // (assemble+plan 1.41 -> 1.18 s at 10,000 posts); a build from the cache starts it with the plan, as its index is
            // small work and beside the similar memo it cost ~0.1 s of a one-post rebuild (4 Dec, pairs on one site)
            Loaded loaded = load(options, steps, problems, pool, cache, false, checked, new Taps(parsedHashes, s -> {
                if (cache == null) search[0] = Planning.SearchIndex.start(s, null);
                else if (cache.beginAhead()) search[0] = Planning.SearchIndex.start(s, cache.search);
            }));
            Site site = loaded.site();
            if (cache != null) warnings.addAll(cache.takeReadWarnings());
            java.util.Map<String, Path> assets = assets(loaded.source(), site);
            List<Route> routes = Planning.routes(steps, site, loaded.templates(), assets,
                    search[0] != null ? search[0] : Planning.SearchIndex.start(site, cache == null ? null : cache.search));
            // similar posts and the search index are made: no page needs the posts' words; without a cache they go now, and a
            // saved cache that started empty writes them beside the pages, then lets go of them
            if (cache == null) site.posts().forEach(p -> p.index().spend());
            else cache.saveAhead(site.posts());
            OutputClaims.check(routes, site, loaded.source(), new press.content.PathOrigins(loaded.source()), problems);
            int pages = (int) routes.stream().filter(r -> r instanceof Route.Page).count();
            int terms = site.taxonomies().stream().mapToInt(t -> t.terms().size()).sum();
            // press serve (a cache kept in memory) updates its folder in place; press build writes a release or a fresh folder
            boolean inPlace = cache != null && !cache.saved;
            boolean release = !inPlace && SiteConfig.OutputConfig.RELEASES.equals(
                    options.output() != null ? options.output() : site.config().output().mode());
            ReleaseWriter[] releaseWriter = new ReleaseWriter[1];
            RenderWrite.Written written = steps.time("render+write", () -> RenderWrite.write(pool, routes, loaded.templates(), problems, () -> {
                if (inPlace) return cache.output.open(out, TemplateRenderer.fingerprint(loaded.source()));
                if (!release) return cache == null ? OutputFolder.begin(out) : cache.output.open(out, TemplateRenderer.fingerprint(loaded.source()));
                SiteConfig c = site.config();
                // build.json's input hashes (a stat of every input file, a read of the changed ones: 35-50 ms at 10,000 posts)
                // are only needed at the commit: made on the common pool beside the pages, not before them
                java.util.concurrent.ForkJoinTask<Manifest.Inputs> hashes = java.util.concurrent.ForkJoinTask.adapt(() -> InputHashes.of(
                        loaded.source(), loaded.files().posts(), pages, site.posts().size(), terms,
                        cache == null ? parsedHashes : cache.files, checked == null ? Map.of() : checked.stats())).fork();
                releaseWriter[0] = ReleaseWriter.begin(out, new ReleaseWriter.Settings(c.baseUrl(), c.basePath(), c.output().keep(), hashes::join,
                        new SourceLinks(loaded.source(), site), c.output().brokenLinksWarn()));
                // with a saved cache, pages whose views are unchanged are linked from the last release, not rendered
                return cache == null ? releaseWriter[0].recycling() : releaseWriter[0].remembering(cache.output, TemplateRenderer.fingerprint(loaded.source()));
            }, out, progress));
            BuildResult.Stats stats = new BuildResult.Stats(timed(steps), written.rendered().get(), written.bytes().get(),
                    cache == null ? 0 : cache.posts.hits(), Steps.peakHeapBytes(), false);
            warnings.addAll(loaded.warnings());
            if (releaseWriter[0] != null) warnings.addAll(releaseWriter[0].warnings());
            BuildResult result = new BuildResult(pages, routes.size(), site.posts().size(), site.pages().size(),
                    loaded.files().skipped().size(), terms, steps.totalMillis(), steps.lines(), List.copyOf(warnings), stats,
                    releaseWriter[0] == null ? null : releaseWriter[0].id());
            if (cache != null) {
                // a build with warnings is never skipped as up to date, its warnings must be said again; its cache is saved all
                // the same (with a digest no inputs have), so the next build still takes its unchanged posts from it
                cache.inputs = warnings.isEmpty() || inputs == null ? inputs : BuildCache.WARNED;
                cache.last = result;
                if (inPlace) cache.preview = new EditPreview(loaded.source(), out, site, loaded.templates(), loaded.parser(), assets);
            }
            return result;
        } catch (RuntimeException | Error e) {
            // nothing goes on writing after a failed build: the search index (which may be writing a cache's postings) and the
            // cache's parts written ahead are waited for
            if (search[0] != null) search[0].settle();
            if (cache != null) cache.abandonAhead();
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writes the pages of the posts in {@code changed} (absolute paths of files just saved) ahead
     * of the full rebuild, when the last build with {@code cache} updated its output in place
     * ({@code press serve}) and the change is only to post bodies ({@link EditPreview}); returns
     * the output paths written, or none. The full rebuild must follow: it finds the similar posts
     * again and updates every other page.
     */
    public static List<String> preview(BuildCache cache, java.util.Set<Path> changed) {
        return preview(cache, changed, java.util.Set.of());
    }

    /** As above; after an edit of templates only, the post pages among {@code open} (output files, as browsers have them open) are written ahead. */
    public static List<String> preview(BuildCache cache, java.util.Set<Path> changed, java.util.Set<String> open) {
        return cache.preview == null ? List.of() : cache.preview.write(changed, open, cache.output);
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
            return load(options, new Problems(), pool, false).site();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The theme's and site's static files, then each bundle file beside its page. */
    static java.util.Map<String, Path> assets(Path source, Site site) {
        java.util.Map<String, Path> assets = new java.util.TreeMap<>(StaticAssets.find(source));
        site.bundleFiles().forEach(b -> assets.put(b.path(), source.resolve(b.source())));
        return assets;
    }

    /** What the load steps made; {@code parser} makes a source that parses a post afresh as this build did (without the cache). */
    record Loaded(Path source, Site site, TemplateRenderer templates, ContentFiles files, List<String> warnings,
                  java.util.function.Supplier<PostSource> parser) {}


    /** {@code path:line:col: ...} lines by path, then line and column as numbers. */
    private static int byPosition(String a, String b) {
        String[] x = a.split(":", 4);
        String[] y = b.split(":", 4);
        int c = x[0].compareTo(y[0]);
        for (int i = 1; c == 0 && i < 3; i++) c = Long.compare(number(x, i), number(y, i));
        return c != 0 ? c : a.compareTo(b);
    }

    private static long number(String[] parts, int i) {
        return i < parts.length && parts[i].matches("\\d{1,9}") ? Long.parseLong(parts[i]) : -1;
    }

    /** One line per skipped content file, in path order ({@code content/x.txt: skipped: why}), then those of each file's body, in file order. */
    private static List<String> warnings(ContentFiles files, List<Post> posts, List<Page> pages) {
        List<String> out = new ArrayList<>();
        files.skipped().forEach((file, why) -> out.add(SourcePos.display(file) + ": skipped: " + why));
        java.util.TreeMap<String, List<String>> byFile = new java.util.TreeMap<>();
        posts.forEach(p -> {
            if (!p.warnings().isEmpty()) byFile.put(p.source(), p.warnings());
        });
        pages.forEach(p -> {
            if (!p.warnings().isEmpty()) byFile.put(p.source(), p.warnings());
        });
        byFile.values().forEach(out::addAll);
        return List.copyOf(out);
    }

    /** The release {@code out} links to ("null" for a plain folder): a rollback since the last build means it is not up to date. */
    private static String liveRelease(Path out) {
        try {
            return Files.isSymbolicLink(out) ? Files.readSymbolicLink(out).getFileName().toString() : "null";
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static List<BuildResult.Step> timed(Steps steps) {
        return steps.steps().stream().map(s -> new BuildResult.Step(s.name(), s.millis(), s.cpuMillis())).toList();
    }

    /**
     * The load steps without a cache, as {@code press check}, {@code press similar} and tests run
     * them; with {@code keepGoing} (press check) parse problems do not stop the run: the posts that
     * parsed are assembled too.
     */
    static Loaded load(BuildOptions options, Problems problems, ForkJoinPool pool, boolean keepGoing) {
        return load(options, new Steps(), problems, pool, null, keepGoing, null, Taps.NONE);
    }

    /**
     * What a build takes from the load as it goes: {@code parsed}, when not null, is told the content
     * hash of each post file parsed without a cache ({@link FileHashes#parsed}); {@code beforeSimilar}
     * is given the site once its posts and terms are assembled, before its similar posts are found
     * (the build starts the search index there, which reads neither).
     */
    record Taps(FileHashes parsed, java.util.function.Consumer<Site> beforeSimilar) {
        static final Taps NONE = new Taps(null, s -> {});
    }

    /**
     * The load steps (config, scan, templates, cache, parse, assemble), timed in {@code steps}:
     * with {@code cache} (or null) the posts come from it where their files are unchanged;
     * {@code keepGoing}: as above; {@code checked}: what the inputs check read
     * ({@link SiteInputs#check}): the content files, so content/ is not walked again, and their
     * attributes, so the post cache does not read them again; or null; {@code taps}: what the
     * build takes from the load as it goes.
     */
    static Loaded load(BuildOptions options, Steps steps, Problems problems, ForkJoinPool pool, BuildCache cache, boolean keepGoing,
                       SiteInputs.Checked checked, Taps taps) {
        List<Path> walked = checked == null ? null : checked.content();
        Path source = options.source().toAbsolutePath().normalize();
        checkFolders(source, options.out().toAbsolutePath().normalize());
        // config problems do not stop the run: the loader keeps defaults for wrong values, so the posts' problems are found too
        Problems configWarnings = new Problems();
        SiteConfig config = steps.time("config", () -> withBaseUrl(
                withEnvironment(ConfigLoader.load(source, problems, configWarnings), options.env(), problems), options.baseUrl(), problems));
        boolean drafts = options.drafts() || (options.env() != null && config.environments().containsKey(options.env())
                && config.environments().get(options.env()).drafts());
        ContentFiles files = steps.time("scan", () -> ContentScanner.scan(source, config.content(), walked));
        // templates are checked before the content problems are thrown, so one run reports both
        TemplateRenderer templates = steps.time("templates", () -> TemplateRenderer.load(source, problems));
        press.content.Cascade cascade = press.content.Cascade.read(source, files.pages(), config, options.env(), problems);
        if (cache != null && cache.saved) steps.time("cache", () -> {
            cache.read();
            return null;
        });
        PostSource from = cache == null ? (taps.parsed() == null ? PostSource.fresh(config, BodyIndexer.INDEX, cascade, files.hugo())
                : PostSource.fresh(config, BodyIndexer.INDEX, cascade, files.hugo(), taps.parsed()::parsed))
                : cache.posts.source(config, BodyIndexer.INDEX, cascade, files.hugo(), checked == null ? Map.of() : checked.stats());
        PageParser pageParser = new PageParser(config, files.hugo(), cascade);
        List<Post> posts = steps.time("parse", () -> parse(pool, source, files.posts(), from::read, problems));
        if (cache != null) cache.posts.keepOnly(files.posts());
        // pages are few beside posts and parsed fresh each build; only posts are cached
        List<Page> pages = steps.time("parse pages", () -> parse(pool, source, files.pages(),
                (src, file, p) -> pageParser.parse(file, Files.readAllBytes(src.resolve(file)), p), problems));
        ShortcodeTemplates shortcodes = ShortcodeTemplates.load(source, problems);
        List<String> shortcodeWarnings = new ArrayList<>();
        posts = posts.stream().map(p -> p.shortcodes().isEmpty() ? p
                : p.withBody(PostBody.of(shortcodes.expand(p.bodyHtml(), p.shortcodes(), shortcodeWarnings, problems)))).toList();
        pages = pages.stream().map(p -> p.shortcodes().isEmpty() ? p
                : p.withBody(shortcodes.expand(p.bodyHtml(), p.shortcodes(), shortcodeWarnings, problems))).toList();
        if (!keepGoing) problems.throwIfAny("parse");
        Problems assembling = keepGoing ? new Problems() : problems; // the assembler stops on any problem it is given
        press.content.PathOrigins origins = new press.content.PathOrigins(source);
        List<Post> parsedPosts = keepGoing ? SiteAssembler.withUniqueSlugs(posts, drafts, origins, problems) : posts;
        List<Page> parsedPages = pages;
        Site site;
        try {
            site = steps.time("assemble", () -> SiteAssembler.assemble(config, parsedPosts, parsedPages, files.bundles(), drafts,
                    options.schedule(), options.threads(), origins, assembling, cache == null ? press.similar.SimilarMemo.none() : cache.similar,
                    taps.beforeSimilar()));
            templates.checkSections(site, assembling);
        } finally {
            if (keepGoing) problems.addAll(assembling);
        }
        if (!keepGoing) problems.throwIfAny("assemble");
        List<String> warnings = new ArrayList<>(warnings(files, posts, pages));
        warnings.addAll(shortcodeWarnings);
        configWarnings.sorted().forEach(w -> warnings.add(w.toString()));
        warnings.sort(Build::byPosition);
        return new Loaded(source, site, templates, files, List.copyOf(warnings), () -> PostSource.fresh(config, BodyIndexer.INDEX, cascade, files.hugo()));
    }

    private static SiteConfig withEnvironment(SiteConfig config, String env, Problems problems) {
        if (env == null) return config;
        SiteConfig.EnvironmentConfig e = config.environments().get(env);
        if (e == null) {
            problems.add(new SourcePos("--env", 0, 0), "no environment \"" + env + "\" in content/site.yaml, expected one of "
                    + config.environments().keySet());
            return config;
        }
        return config.withEnvironment(e);
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

    /** Reads one file of a site; empty with problems added when it has any. */
    private interface FileReader<T> {
        Optional<T> read(Path source, Path file, Problems problems) throws IOException;
    }

    private static <T> List<T> parse(ForkJoinPool pool, Path source, List<Path> files, FileReader<T> from, Problems problems) {
        List<Optional<T>> parsed = Shares.map(pool, files.size(), i -> {
            Path file = files.get(i);
            try {
                return from.read(source, file, problems);
            } catch (IOException e) {
                problems.add(SourcePos.file(file), "cannot read: " + e.getMessage());
                return Optional.<T>empty();
            }
        });
        List<T> posts = new ArrayList<>(parsed.size());
        parsed.forEach(p -> p.ifPresent(posts::add));
        return posts;
    }
}
