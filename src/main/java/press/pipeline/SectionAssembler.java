package press.pipeline;

import press.config.SiteConfig;
import press.content.Slugs;
import press.model.BundleFile;
import press.model.Page;
import press.model.Post;
import press.model.Section;
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

    record Result(List<Page> pages, List<Section> sections, Page home, List<SiteConfig.MenuEntry> menu, List<BundleFile> bundleFiles) {
        /** The same result with {@code change} applied to every page, section index and the home index, each once. */
        Result withBodies(java.util.function.UnaryOperator<Page> change) {
            Map<String, Page> changed = new HashMap<>();
            java.util.function.UnaryOperator<Page> once = p -> p == null ? null : changed.computeIfAbsent(p.source(), k -> change.apply(p));
            return new Result(pages.stream().map(once).toList(), sections.stream().map(s -> section(s, once)).toList(), once.apply(home),
                    menu, bundleFiles);
        }

        private static Section section(Section s, java.util.function.UnaryOperator<Page> once) {
            return new Section(s.path(), s.title(), once.apply(s.index()), s.pages().stream().map(once).toList(),
                    s.sections().stream().map(c -> section(c, once)).toList(), s.weight());
        }
    }

    private SectionAssembler() {}

    static Result assemble(SiteConfig config, List<Page> parsed, boolean drafts, press.model.Schedule schedule, List<Post> posts,
                           Map<Path, Path> bundles, Problems problems) {
        List<Page> pages = new ArrayList<>();
        Map<String, Page> indexes = new TreeMap<>();
        Map<String, Page> byPath = new TreeMap<>();
        Set<String> taxonomyPaths = new java.util.HashSet<>();
        config.taxonomies().forEach(t -> taxonomyPaths.add(t.path()));
        taxonomyPaths.add("categories");
        Map<String, String> postAt = postPaths(posts, taxonomyPaths, problems);
        for (Page p : parsed.stream().sorted(Comparator.comparing(Page::source)).toList()) {
            if ((p.draft() && !drafts) || !schedule.shows(p.publishDate(), p.expiryDate())) continue;
            if (p.sectionIndex()) {
                indexes.put(p.path(), p);
                continue;
            }
            String top = p.path().contains("/") ? p.path().substring(0, p.path().indexOf('/')) : p.path();
            if (p.path().isEmpty() || RESERVED.contains(top) || taxonomyPaths.contains(top)) {
                problems.add(SourcePos.of(Path.of(p.source()), 0, 0), "page path /" + p.path() + " is used by the site's own pages (home, posts, "
                        + "taxonomies, archive, search, assets, feed), expected another file name or url:");
                continue;
            }
            if (postAt.containsKey(p.path())) {
                problems.add(SourcePos.of(Path.of(p.source()), 0, 0), "page path /" + p.path() + " is also the path of the post "
                        + postAt.get(p.path()) + ", expected each page to have its own path (set slug: or url: to tell them apart)");
                continue;
            }
            Page other = byPath.putIfAbsent(p.path(), p);
            if (other != null) {
                problems.add(SourcePos.of(Path.of(p.source()), 0, 0), "page path /" + p.path() + " is also the path of " + other.source()
                        + ", expected each page to have its own path (set slug: or url: to tell them apart)");
                continue;
            }
            pages.add(p);
        }
        Map<String, List<Page>> pagesOf = new TreeMap<>();
        for (Page p : pages) addSection(p.section(), pagesOf).add(p);
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
        return new Result(List.copyOf(pages), List.copyOf(sections), indexes.get(""), menu(config, pages, indexes),
                bundleFiles(bundles, posts, pages, indexes, problems));
    }

    /** Each post's path to its file; a post on another post's path, or on a path of the site's own, is a problem. */
    private static Map<String, String> postPaths(List<Post> posts, Set<String> taxonomyPaths, Problems problems) {
        Map<String, String> at = new HashMap<>();
        Map<String, String> slugAt = new HashMap<>();
        for (Post p : posts) {
            String top = p.path().contains("/") ? p.path().substring(0, p.path().indexOf('/')) : p.path();
            if (!p.path().startsWith("posts/") && (RESERVED.contains(top) || taxonomyPaths.contains(top))) {
                problems.add(SourcePos.of(Path.of(p.source()), 0, 0), "post path /" + p.path() + " is used by the site's own pages (home, posts, "
                        + "taxonomies, assets, feed), expected another permalink");
                continue;
            }
            String other = at.putIfAbsent(p.path(), p.source());
            String otherSlug = slugAt.putIfAbsent(p.path(), p.slug());
            if (other != null && !p.slug().equals(otherSlug)) { // the same slug twice is reported as such
                problems.add(SourcePos.of(Path.of(p.source()), 0, 0), "post path /" + p.path() + " is also the path of " + other
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
     */
    private static List<BundleFile> bundleFiles(Map<Path, Path> bundles, List<Post> posts, List<Page> pages, Map<String, Page> indexes,
                                                Problems problems) {
        Map<String, String> outputOf = new HashMap<>();
        for (Post p : posts) outputOf.put(p.source(), p.path());
        for (Page p : pages) outputOf.put(p.source(), p.path());
        for (Page p : indexes.values()) outputOf.put(p.source(), p.path());
        List<BundleFile> out = new ArrayList<>();
        bundles.forEach((file, owner) -> {
            String at = outputOf.get(owner.toString().replace('\\', '/'));
            if (at == null) return; // its page is a draft, or has problems of its own
            String rel = owner.getParent().relativize(file).toString().replace('\\', '/');
            String dir = at.endsWith("/") || at.isEmpty() ? at : Section.parentOf(at);
            String ownFile = at.endsWith("/") || at.isEmpty() ? at + "index.html" : at;
            if ((dir + rel).equals(ownFile)) {
                problems.add(SourcePos.file(file), rel + " beside " + owner.getFileName() + " would replace its page, expected another name");
                return;
            }
            out.add(new BundleFile(dir + rel, file.toString().replace('\\', '/')));
        });
        out.sort(Comparator.comparing(BundleFile::path));
        return List.copyOf(out);
    }
}
