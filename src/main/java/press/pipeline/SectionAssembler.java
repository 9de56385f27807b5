package press.pipeline;

import press.config.SiteConfig;
import press.content.Slugs;
import press.model.BundleFile;
import press.model.Page;
import press.model.Post;
import press.model.Section;
import press.model.Site;
import press.problem.Problems;
import press.problem.SourcePos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Pages to sections (a tree of folders with list pages), the site menu, and the bundle files to copy beside pages and posts. */
final class SectionAssembler {
    /** Weighted first (lower first; 0 is unweighted), then by title, then by path, which is unique. */
    static final Comparator<Page> PAGE_ORDER = Comparator.<Page>comparingLong(p -> p.weight() == 0 ? Long.MAX_VALUE : p.weight())
            .thenComparing(p -> p.linkTitle().toLowerCase(java.util.Locale.ROOT)).thenComparing(Page::linkTitle).thenComparing(Page::path);
    private static final Set<String> RESERVED = Set.of("posts", "page", "assets", "archive", "search", "404.html", "feed.xml", "feed.json", "sitemap.xml",
            "robots.txt");

    /**
     * @param ownPageTexts pages at a taxonomy list's own address ({@code content/tags.md} with {@code /tags/}, as Chirpy's tabs
     *                     and Hugo's {@code content/tags/_index.md} give one): by taxonomy path, the title and text of that list;
     *                     at {@code Site.NOT_FOUND}, the not-found page's (Jekyll's {@code 404.md})
     */
    record Result(List<Page> pages, List<Section> sections, Page home, List<SiteConfig.MenuEntry> menu, List<BundleFile> bundleFiles,
                  Map<String, Page> ownPageTexts) {
        /** The same result with {@code change} applied to every page, section index and the home index, each once. */
        Result withBodies(java.util.function.UnaryOperator<Page> change) {
            Map<String, Page> changed = new HashMap<>();
            java.util.function.UnaryOperator<Page> once = p -> p == null ? null : changed.computeIfAbsent(p.source(), k -> change.apply(p));
            Map<String, Page> texts = new TreeMap<>();
            ownPageTexts.forEach((k, v) -> texts.put(k, once.apply(v)));
            return new Result(pages.stream().map(once).toList(), sections.stream().map(s -> section(s, once)).toList(), once.apply(home),
                    menu, bundleFiles, texts);
        }

        private static Section section(Section s, java.util.function.UnaryOperator<Page> once) {
            return new Section(s.path(), s.title(), once.apply(s.index()), s.pages().stream().map(once).toList(),
                    s.sections().stream().map(c -> section(c, once)).toList(), s.weight());
        }
    }

    private SectionAssembler() {}

    static Result assemble(SiteConfig config, List<Page> parsed, boolean drafts, press.model.Schedule schedule, List<Post> posts,
                           Map<Path, Path> bundles, press.content.PathOrigins origins, Problems problems) {
        List<Page> pages = new ArrayList<>();
        Map<String, Page> indexes = new TreeMap<>();
        Map<String, Page> byPath = new TreeMap<>();
        Map<String, Page> ownPageTexts = new TreeMap<>();
        Set<String> taxonomyPaths = new java.util.HashSet<>();
        config.taxonomies().forEach(t -> taxonomyPaths.add(t.path()));
        taxonomyPaths.add("categories");
        Map<String, String> postAt = postPaths(posts, taxonomyPaths, origins, problems);
        List<Page> unrendered = new ArrayList<>(); // headless: true, build: {render: never}
        for (Page p : parsed.stream().sorted(Comparator.comparing(Page::source)).toList()) {
            if ((p.draft() && !drafts) || !schedule.shows(p.publishDate(), p.expiryDate())) continue;
            if (!p.publish().render()) {
                unrendered.add(p);
                continue;
            }
            String top = p.path().contains("/") ? p.path().substring(0, p.path().indexOf('/')) : p.path();
            boolean notFound = p.path().equals(Site.NOT_FOUND) || p.path().equals("404/"); // Jekyll's 404.md (permalink: /404.html)
            if (notFound || (taxonomyPaths.contains(top) && p.path().equals(top + "/"))) { // content/tags.md or content/tags/_index.md
                if (notFound) top = Site.NOT_FOUND;
                Page before = ownPageTexts.putIfAbsent(top, p);
                if (before != null) {
                    problems.add(origins.page(p.source()), (notFound ? "the text of the not-found page /" + Site.NOT_FOUND : "the text of the list /" + p.path()) + " is also given by "
                            + origins.page(before.source()) + ", expected one page at that address");
                }
                continue;
            }
            if (p.sectionIndex()) {
                Page before = indexes.putIfAbsent(p.path(), p);
                if (before != null) {
                    problems.add(origins.page(p.source()), "the text of " + (p.path().isEmpty() ? "the home page" : "the section /" + p.path())
                            + " is also given by " + origins.page(before.source()) + ", expected one index file per folder (_index.md, or Jekyll's index.md at the top)");
                }
                continue;
            }
            if (p.path().isEmpty() || RESERVED.contains(top) || taxonomyPaths.contains(top)) {
                problems.add(origins.page(p.source()), "page path /" + p.path() + " is used by the site's own pages (home, posts, "
                        + "taxonomies, archive, search, assets, feed), expected another file name or url:");
                continue;
            }
            if (postAt.containsKey(p.path())) {
                problems.add(origins.page(p.source()), "page path /" + p.path() + " is also the path of the post "
                        + origins.post(postAt.get(p.path())) + ", expected each page to have its own path (set slug: or url: to tell them apart)");
                continue;
            }
            Page other = byPath.putIfAbsent(p.path(), p);
            if (other != null) {
                problems.add(origins.page(p.source()), "page path /" + p.path() + " is also the path of " + origins.page(other.source())
                        + ", expected each page to have its own path (set slug: or url: to tell them apart)");
                continue;
            }
            pages.add(p);
        }
        Map<String, List<Page>> pagesOf = new TreeMap<>();
        for (Page p : pages) {
            List<Page> list = addSection(p.section(), pagesOf);
            if (p.publish().list()) list.add(p);
        }
        for (String path : indexes.keySet()) if (!path.isEmpty()) addSection(path, pagesOf);
        Map<String, Section> built = new HashMap<>();
        List<String> paths = new ArrayList<>(pagesOf.keySet());
        paths.sort(Comparator.comparingInt((String s) -> -s.length()).thenComparing(s -> s)); // children before parents
        for (String path : paths) {
            if (path.isEmpty()) continue;
            List<Section> children = new ArrayList<>();
            for (String c : pagesOf.keySet()) if (!c.equals(path) && Section.parentOf(c).equals(path)) children.add(built.get(c));
            children.sort(SECTION_ORDER);
            List<Page> mine = new ArrayList<>(pagesOf.get(path));
            mine.sort(PAGE_ORDER);
            Page index = indexes.get(path);
            String title = index != null ? index.title() : Slugs.humanize(Section.lastPart(path));
            built.put(path, new Section(path, title, index, List.copyOf(mine), List.copyOf(children), index == null ? 0 : index.weight()));
        }
        List<Section> sections = new ArrayList<>(built.values());
        sections.sort(Comparator.comparing(Section::path));
        pages.sort(Comparator.comparing(Page::path));
        List<Page> withLists = new ArrayList<>(pages);
        withLists.addAll(ownPageTexts.values()); // a list's text page may have files beside it too
        return new Result(List.copyOf(pages), List.copyOf(sections), indexes.get(""), menu(config, pages, indexes),
                bundleFiles(bundles, posts, withLists, unrendered, indexes, problems), Map.copyOf(ownPageTexts));
    }

    /** Each post's path to its file; a post on another post's path, or on a path of the site's own, is a problem. */
    private static Map<String, String> postPaths(List<Post> posts, Set<String> taxonomyPaths, press.content.PathOrigins origins, Problems problems) {
        Map<String, String> at = new HashMap<>();
        Map<String, String> slugAt = new HashMap<>();
        for (Post p : posts) {
            String top = p.path().contains("/") ? p.path().substring(0, p.path().indexOf('/')) : p.path();
            if (!p.path().startsWith("posts/") && (RESERVED.contains(top) || taxonomyPaths.contains(top))) {
                problems.add(origins.post(p.source()), "post path /" + p.path() + " is used by the site's own pages (home, posts, "
                        + "taxonomies, assets, feed), expected another permalink");
                continue;
            }
            String other = at.putIfAbsent(p.path(), p.source());
            String otherSlug = slugAt.putIfAbsent(p.path(), p.slug());
            if (other != null && !p.slug().equals(otherSlug)) { // the same slug twice is reported as such
                problems.add(origins.post(p.source()), "post path /" + p.path() + " is also the path of " + origins.post(other)
                        + ", expected each post to have its own path (its permalink gives the same one)");
            }
        }
        return at;
    }

    private static final Comparator<Section> SECTION_ORDER = Comparator.<Section>comparingLong(s -> s.weight() == 0 ? Long.MAX_VALUE : s.weight())
            .thenComparing(s -> s.title().toLowerCase(java.util.Locale.ROOT)).thenComparing(Section::path);

    /** Registers {@code path} and its parents as sections; returns its page list. */
    private static List<Page> addSection(String path, Map<String, List<Page>> pagesOf) {
        for (String p = Section.parentOf(path); !p.isEmpty(); p = Section.parentOf(p)) pagesOf.computeIfAbsent(p, k -> new ArrayList<>());
        return pagesOf.computeIfAbsent(path, k -> new ArrayList<>());
    }

    private static List<SiteConfig.MenuEntry> menu(SiteConfig config, List<Page> pages, Map<String, Page> indexes) {
        List<SiteConfig.MenuEntry> menu = new ArrayList<>(config.content().menu());
        for (Page p : pages) if (p.menus().contains("main")) menu.add(new SiteConfig.MenuEntry(p.linkTitle(), "/" + p.path(), p.weight()));
        for (Page p : indexes.values()) if (p.menus().contains("main")) menu.add(new SiteConfig.MenuEntry(p.linkTitle(), "/" + p.path(), p.weight()));
        menu.sort(Comparator.comparingInt(SiteConfig.MenuEntry::weight).thenComparing(SiteConfig.MenuEntry::name).thenComparing(SiteConfig.MenuEntry::url));
        return List.copyOf(menu);
    }

    /**
     * Each bundle file goes beside its owner's output: {@code content/posts/x/a.png} of post slug y is {@code posts/y/a.png}.
     * An owner at an {@code .html} address has its files in that address's folder, as in Hugo ({@code url: /2019/old.html}
     * puts {@code a.png} at {@code 2019/a.png}), so its relative links keep working; a file on the owner's own output is an error.
     * A translated index ({@code index.de.md}) shares its folder's files: they go beside each language's page.
     */
    private static List<BundleFile> bundleFiles(Map<Path, Path> bundles, List<Post> posts, List<Page> pages, List<Page> unrendered,
                                                Map<String, Page> indexes, Problems problems) {
        Map<String, String> outputOf = new HashMap<>();
        for (Post p : posts) outputOf.put(p.source(), p.path());
        for (Page p : pages) if (p.publish().resources()) outputOf.put(p.source(), p.path());
        for (Page p : unrendered) if (p.publish().resources()) outputOf.put(p.source(), p.path()); // build: {render: never} alone
        for (Page p : indexes.values()) outputOf.put(p.source(), p.path());
        Map<String, List<String>> translated = new HashMap<>();
        for (Page p : pages) if (!p.language().isEmpty() && p.path().endsWith("/") && p.publish().resources()) translated.computeIfAbsent(folderOf(p.source()), k -> new ArrayList<>()).add(p.path());
        for (Page p : indexes.values()) if (!p.language().isEmpty()) translated.computeIfAbsent(folderOf(p.source()), k -> new ArrayList<>()).add(p.path());
        List<BundleFile> out = new ArrayList<>();
        bundles.forEach((file, owner) -> {
            String source = owner.toString().replace('\\', '/');
            List<String> addresses = new ArrayList<>();
            if (outputOf.containsKey(source)) addresses.add(outputOf.get(source));
            String stem = press.content.ContentScanner.stem(owner.getFileName().toString());
            if (stem.equals("index") || stem.equals("_index")) translated.getOrDefault(folderOf(source), List.of()).stream().filter(d -> !addresses.contains(d)).forEach(addresses::add);
            // none: its page is a draft, headless, or has problems of its own
            String rel = owner.getParent().relativize(file).toString().replace('\\', '/');
            java.util.Set<String> dirs = new java.util.LinkedHashSet<>();
            for (String at : addresses) {
                String dir = at.endsWith("/") || at.isEmpty() ? at : Section.parentOf(at);
                String ownFile = at.endsWith("/") || at.isEmpty() ? at + "index.html" : at;
                if ((dir + rel).equals(ownFile)) {
                    problems.add(SourcePos.file(file), rel + " beside " + owner.getFileName() + " would replace its page, expected another name");
                    return;
                }
                dirs.add(dir);
            }
            for (String dir : dirs) out.add(new BundleFile(dir + rel, file.toString().replace('\\', '/')));
        });
        out.sort(Comparator.comparing(BundleFile::path));
        return List.copyOf(out);
    }

    /** The folder of a source file, with its index's name part: {@code content/x/index.de.md} and {@code content/x/index.md} are both {@code content/x/index}. */
    private static String folderOf(String source) {
        int slash = source.lastIndexOf('/');
        String name = source.substring(slash + 1);
        String first = name.substring(0, Math.max(0, name.indexOf('.')));
        return source.substring(0, slash + 1) + (first.equals("index") || first.equals("_index") ? first : name);
    }
}
