package press.pipeline;

import press.content.PostSource;
import press.content.Shortcodes;
import press.model.Post;
import press.model.Site;
import press.output.OutputMemory;
import press.problem.Problems;
import press.render.Route;
import press.render.RoutePlanner;
import press.render.TemplateRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pages of posts just saved, written ahead of the full rebuild ({@code press serve}), as
 * Hugo's fast render shows the edited page first. After a good in-place build, {@link Build}
 * keeps the site it built here. When every changed file is a post of that site that keeps its
 * place among the other pages (the same address, date, terms and visibility: {@link #samePlace};
 * its body, title, summary or other fields may change), each such post is parsed again and its
 * page written from the kept site with the post replaced: the page the full build will write,
 * except its similar posts, which the full build finds again. When every changed file is a page
 * template, the open pages that are posts are written with the templates as they are now. The
 * kept site and templates then take the edit, so later previews build on it. Anything else (a
 * new, deleted or renamed file, the config, a shortcode template, a post with problems or with
 * the site's own shortcodes) writes nothing here: the full build does it all. Either way the full
 * build follows and leaves the output equal to a clean build's.
 */
final class EditPreview {
    private final Path source;
    private final Path out;
    private Site site; // the last build's, with the posts previewed since
    private TemplateRenderer templates; // the templates as last previewed with
    private Map<String, Integer> postFiles; // post page output file to post index, made at the first template preview
    private final java.util.function.Supplier<PostSource> parser;
    private PostSource posts; // made at the first preview: most builds are never previewed from
    private final Map<String, Path> assets;
    private final Map<String, Integer> bySource = new HashMap<>();

    EditPreview(Path source, Path out, Site site, TemplateRenderer templates, java.util.function.Supplier<PostSource> parser, Map<String, Path> assets) {
        this.source = source;
        this.out = out;
        this.site = site;
        this.templates = templates;
        this.parser = parser;
        this.assets = assets;
        for (int i = 0; i < site.posts().size(); i++) bySource.put(site.posts().get(i).source(), i);
    }

    /**
     * Writes pages ahead into the output through {@code memory}: when {@code changed} (absolute
     * paths of changed files) holds only posts that keep their place, their pages; when it holds
     * only page templates, the pages among {@code open} (output files open in a browser) that are
     * posts, with the new templates. Returns the output paths written, sorted; none (and nothing
     * written) for any other change.
     */
    synchronized List<String> write(Set<Path> changed, Set<String> open, OutputMemory memory) {
        List<Path> files = changed.stream().filter(f -> !editorsTemporary(f)).toList();
        if (files.isEmpty()) return List.of();
        if (files.stream().allMatch(this::pageTemplate)) return templatesEdited(open, memory);
        if (posts == null) posts = parser.get();
        List<Post> now = new ArrayList<>(site.posts());
        List<Integer> edited = new ArrayList<>();
        for (Path file : files) {
            Optional<Post> post = reparsed(file);
            Integer i = post.map(p -> bySource.get(p.source())).orElse(null);
            if (i == null || !samePlace(now.get(i), post.get())) return List.of();
            now.set(i, post.get());
            edited.add(i);
        }
        Site edit = new Site(site.config(), List.copyOf(now), site.taxonomies(), site.similar(), site.termsByPost(), site.pages(),
                site.sections(), site.home(), site.menu(), site.bundleFiles(), site.ownPageTexts());
        List<String> written = writePages(edit, edited, memory);
        if (!written.isEmpty()) site = edit; // a template edit next shows these posts as saved, not as the last build had them
        return written;
    }

    /** After an edit of page templates: the open post pages rendered with the templates as they are now; later previews use them too. */
    private List<String> templatesEdited(Set<String> open, OutputMemory memory) {
        Problems problems = new Problems();
        TemplateRenderer now = TemplateRenderer.load(source, problems);
        if (!problems.isEmpty()) return List.of(); // the full build reports them
        templates = now;
        if (postFiles == null) {
            postFiles = new HashMap<>();
            RoutePlanner planner = new RoutePlanner(site, templates::has);
            for (int i = 0; i < site.posts().size(); i++) postFiles.put(planner.postFile(site.posts().get(i)), i);
        }
        List<Integer> shown = open.stream().map(postFiles::get).filter(Objects::nonNull).sorted().toList();
        return shown.isEmpty() ? List.of() : writePages(site, shown, memory);
    }

    /** A Mustache template of pages: under {@code templates/}, not a shortcode's (those render into bodies when posts are parsed). */
    private boolean pageTemplate(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = source.resolve("templates");
        return abs.startsWith(dir) && !abs.startsWith(dir.resolve("shortcodes")) && abs.getFileName().toString().endsWith(".mustache")
                && Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS);
    }

    /** Renders the pages of posts {@code indexes} of {@code edit} and writes them ahead; none when one cannot be (a redirect, a template error). */
    private List<String> writePages(Site edit, List<Integer> indexes, OutputMemory memory) {
        RoutePlanner planner = new RoutePlanner(edit, templates::has);
        Map<String, byte[]> pages = new HashMap<>();
        for (int i : indexes) {
            if (!(planner.postRoute(assets, i) instanceof Route.Page page)) return List.of(); // a redirect_to: the full build
            try {
                pages.put(page.path(), templates.render(page.template(), page.view().get()));
            } catch (RuntimeException e) {
                return List.of(); // a template error: the full build reports it
            }
        }
        List<String> written = new ArrayList<>(new TreeSet<>(pages.keySet()));
        for (String path : written) if (!memory.writeAhead(out, path, pages.get(path))) return List.of();
        return written;
    }

    /**
     * A file an editor made and deleted while saving, which no build reads: vim's {@code 4913}
     * (it checks it may write the folder), JetBrains' {@code a.md___jb_tmp___}. Gone by now, and
     * named as no content or template file is.
     */
    private static boolean editorsTemporary(Path file) {
        String name = file.getFileName().toString();
        return !Files.exists(file, LinkOption.NOFOLLOW_LINKS) && (name.indexOf('.') < 0 || name.endsWith("___"));
    }

    /** The post in {@code file} parsed again, when it is a post file of the site that parses without problems or shortcodes. */
    private Optional<Post> reparsed(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(source) || !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        Path relative = source.relativize(abs);
        if (!bySource.containsKey(relative.toString().replace('\\', '/'))) return Optional.empty();
        Problems problems = new Problems();
        try {
            Optional<Post> post = posts.read(source, relative, problems);
            if (!problems.isEmpty() || post.isEmpty() || !post.get().shortcodes().isEmpty()) return Optional.empty();
            if (post.get().body().isKnown() && Shortcodes.REF_MARKER.matcher(post.get().bodyHtml()).find()) return Optional.empty();
            return post;
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code now} keeps the place {@code was} had among the site's pages: the same address,
     * the same date (the order of posts, so the same neighbours), shown under the same rules, with
     * the same terms (the same term pages link it). Its own fields (title, summary, the meta box)
     * may differ: its own page shows them, and the full build updates the pages that show them too.
     */
    private static boolean samePlace(Post was, Post now) {
        return was.source().equals(now.source()) && was.slug().equals(now.slug()) && was.path().equals(now.path())
                && was.date().equals(now.date()) && was.draft() == now.draft() && was.terms().equals(now.terms())
                && Objects.equals(was.publishDate(), now.publishDate()) && Objects.equals(was.expiryDate(), now.expiryDate());
    }
}
