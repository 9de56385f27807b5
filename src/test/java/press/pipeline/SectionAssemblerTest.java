package press.pipeline;

import org.junit.jupiter.api.Test;
import press.config.SiteConfig;
import press.content.PageParser;
import press.content.PostParser;
import press.model.BundleFile;
import press.model.Page;
import press.model.Post;
import press.model.Schedule;
import press.model.Section;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parsed pages to sections (a tree with ordered pages), the menu and the bundle files; every page on a taken path is an error naming the other. */
class SectionAssemblerTest {
    private static final SiteConfig CONFIG = SiteConfig.defaults();
    /** The files are not on disk, so clashes are reported at 1:1 here; AddressClashTest pins real positions. */
    private static final press.content.PathOrigins ORIGINS = new press.content.PathOrigins(Path.of("."));

    private static Page page(String file, String frontMatter) {
        Problems p = new Problems();
        Page page = new PageParser(CONFIG).parse(Path.of(file), ("---\n" + frontMatter + "---\nbody\n").getBytes(StandardCharsets.UTF_8), p).orElseThrow();
        assertTrue(p.isEmpty(), p.sorted().toString());
        return page;
    }

    private static Post post(String file, String frontMatter) {
        Problems p = new Problems();
        Post post = new PostParser(CONFIG, PostParser.Indexer.NONE).parse(Path.of(file),
                ("---\ntitle: T\ndate: 2024-01-01\n" + frontMatter + "---\nbody\n").getBytes(StandardCharsets.UTF_8), p).orElseThrow();
        assertTrue(p.isEmpty(), p.sorted().toString());
        return post;
    }

    private static SectionAssembler.Result assemble(List<Page> pages, Problems problems) {
        return SectionAssembler.assemble(CONFIG, pages, false, Schedule.NONE, List.of(), Map.of(), ORIGINS, problems);
    }

    private static SectionAssembler.Result assemble(Page... pages) {
        Problems problems = new Problems();
        SectionAssembler.Result r = assemble(List.of(pages), problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        return r;
    }

    private static Section section(SectionAssembler.Result r, String path) {
        return r.sections().stream().filter(s -> s.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError("no section " + path));
    }

    private static List<String> paths(List<Page> pages) {
        return pages.stream().map(Page::path).toList();
    }

    private static List<String> errors(Problems problems) {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void foldersBecomeATreeOfSectionsWithTheirParents() {
        SectionAssembler.Result r = assemble(page("content/docs/a/b/deep.md", ""), page("content/docs/intro.md", ""),
                page("content/docs/_index.md", "title: Documentation\nweight: 2\n"), page("content/about.md", ""), page("content/_index.md", "title: Welcome\n"));
        assertEquals(List.of("docs/", "docs/a/", "docs/a/b/"), r.sections().stream().map(Section::path).toList(),
                "a folder with no page of its own is a section when one below it has pages; the top level is no section");
        Section docs = section(r, "docs/");
        assertEquals("Documentation", docs.title());
        assertEquals(2, docs.weight());
        assertEquals("content/docs/_index.md", docs.index().source());
        assertEquals(List.of("docs/intro/"), paths(docs.pages()));
        assertEquals(List.of("docs/a/"), docs.sections().stream().map(Section::path).toList());
        assertEquals("A", section(r, "docs/a/").title(), "without an _index the folder name is the title");
        assertNull(section(r, "docs/a/").index());
        assertEquals(List.of("about/", "docs/a/b/deep/", "docs/intro/"), paths(r.pages()), "pages by path; _index files are not among them");
        assertEquals("Welcome", r.home().title());
    }

    @Test
    void anEmptySectionWithAnIndexIsStillASection() {
        assertEquals(List.of("news/"), assemble(page("content/news/_index.md", "")).sections().stream().map(Section::path).toList());
    }

    @Test
    void pagesAreWeightedFirstThenByTitleThenByPath() {
        SectionAssembler.Result r = assemble(page("content/d/z.md", "title: beta\n"), page("content/d/y.md", "title: Alpha\n"),
                page("content/d/x.md", "title: Last\nweight: 9\n"), page("content/d/w.md", "title: First\nweight: -1\n"),
                page("content/d/v.md", "title: alpha\n"), page("content/d/u.md", "title: zed\nlinkTitle: Aardvark\n"));
        assertEquals(List.of("First", "Last", "zed", "Alpha", "alpha", "beta"), section(r, "d/").pages().stream().map(Page::title).toList(),
                "weight, then linkTitle ignoring case, then as written, then path");
        SectionAssembler.Result subs = assemble(page("content/d/b/p.md", ""), page("content/d/a/p.md", ""), page("content/d/c/_index.md", "weight: 1\n"),
                page("content/d/c/p.md", ""));
        assertEquals(List.of("d/c/", "d/a/", "d/b/"), section(subs, "d/").sections().stream().map(Section::path).toList());
    }

    @Test
    void draftsAndScheduledPagesAreLeftOutUnlessAskedFor() {
        List<Page> pages = List.of(page("content/a.md", "draft: true\n"), page("content/b.md", "publishDate: 2030-01-01\n"),
                page("content/c.md", "expiryDate: 2020-01-01\n"), page("content/d.md", ""));
        Schedule in2024 = new Schedule(Instant.parse("2024-06-01T00:00:00Z"), false, false);
        Problems p = new Problems();
        assertEquals(List.of("d/"), paths(SectionAssembler.assemble(CONFIG, pages, false, in2024, List.of(), Map.of(), ORIGINS, p).pages()));
        assertEquals(List.of("a/", "d/"), paths(SectionAssembler.assemble(CONFIG, pages, true, in2024, List.of(), Map.of(), ORIGINS, p).pages()));
        assertEquals(List.of("a/", "b/", "c/", "d/"),
                paths(SectionAssembler.assemble(CONFIG, pages, true, new Schedule(in2024.now(), true, true), List.of(), Map.of(), ORIGINS, p).pages()));
        assertTrue(p.isEmpty());
    }

    @Test
    void aPageOnATakenPathIsAnErrorNamingWhatHasIt() {
        Problems problems = new Problems();
        List<Page> pages = List.of(page("content/about/index.md", ""), page("content/about.md", ""), page("content/tags.md", ""),
                page("content/x.md", "url: /posts/x/\n"), page("content/y.md", "url: /categories/y/\n"), page("content/hello.md", ""),
                page("content/find.md", "url: /search/\n"));
        SectionAssembler.Result r = SectionAssembler.assemble(CONFIG, pages, false, Schedule.NONE,
                List.of(post("content/posts/hello.md", "url: /hello/\n")), Map.of(), ORIGINS, problems);
        String own = " is used by the site's own pages (home, posts, taxonomies, archive, search, assets, feed), expected another file name or url:";
        assertEquals(List.of("content/tags.md"), r.ownPageTexts().values().stream().map(Page::source).toList(), "tags.md at /tags/ is the list's text");
        assertEquals(List.of(
                "content/about/index.md:1:1: page path /about/ is also the path of content/about.md:1:1, expected each page to have its own path (set slug: or url: to tell them apart)",
                "content/find.md:1:1: page path /search/" + own,
                "content/hello.md:1:1: page path /hello/ is also the path of the post content/posts/hello.md:1:1, expected each page to have its own path (set slug: or url: to tell them apart)",
                "content/x.md:1:1: page path /posts/x/" + own,
                "content/y.md:1:1: page path /categories/y/" + own), errors(problems));
        assertEquals(List.of("about/"), paths(r.pages()), "the first by file name keeps the path");
    }

    @Test
    void aPostOnAPathOfTheSiteOrOfAnotherPostIsAnError() {
        Problems problems = new Problems();
        SectionAssembler.assemble(CONFIG, List.of(), false, Schedule.NONE, List.of(post("content/posts/a.md", "url: /tags/a/\n"),
                post("content/posts/b.md", "slug: b\nurl: /same/\n"), post("content/posts/c.md", "slug: c\nurl: /same/\n")), Map.of(), ORIGINS, problems);
        assertEquals(List.of("content/posts/a.md:1:1: post path /tags/a/ is used by the site's own pages (home, posts, taxonomies, assets, feed), expected another permalink",
                "content/posts/c.md:1:1: post path /same/ is also the path of content/posts/b.md:1:1, expected each post to have its own path (its permalink gives the same one)"),
                errors(problems));
    }

    @Test
    void theMenuJoinsSiteYamlEntriesAndMainMenuPagesByWeightThenName() {
        SiteConfig config = new SiteConfig(CONFIG.title(), CONFIG.baseUrl(), CONFIG.language(), CONFIG.description(), CONFIG.postsPerPage(),
                CONFIG.taxonomies(), CONFIG.similar(), CONFIG.markdown(), CONFIG.importer(),
                new SiteConfig.ContentConfig(List.of("md"), List.of("posts"), List.of(new SiteConfig.MenuEntry("Source", "https://example.com/", 5),
                        new SiteConfig.MenuEntry("Blog", "/", 0))), CONFIG.output(), false, Map.of(), CONFIG.pages());
        List<Page> pages = List.of(page("content/about.md", "menu: main\nweight: 5\n"), page("content/docs/_index.md", "title: Docs\nmenu: [main]\nweight: 1\n"),
                page("content/docs/x.md", "menu: footer\n"), page("content/docs/y.md", "linkTitle: Why\nmenu: {main: {}}\n"));
        Problems problems = new Problems();
        SectionAssembler.Result r = SectionAssembler.assemble(config, pages, false, Schedule.NONE, List.of(), Map.of(), ORIGINS, problems);
        assertEquals(List.of(new SiteConfig.MenuEntry("Blog", "/", 0), new SiteConfig.MenuEntry("Why", "/docs/y/", 0),
                new SiteConfig.MenuEntry("Docs", "/docs/", 1), new SiteConfig.MenuEntry("About", "/about/", 5),
                new SiteConfig.MenuEntry("Source", "https://example.com/", 5)), r.menu());
    }

    @Test
    void bundleFilesGoBesideTheirOwnersOutput() {
        Map<Path, Path> bundles = new TreeMap<>();
        bundles.put(Path.of("content/posts/trip/map.png"), Path.of("content/posts/trip/index.md"));
        bundles.put(Path.of("content/posts/trip/img/a.jpg"), Path.of("content/posts/trip/index.md"));
        bundles.put(Path.of("content/docs/x/diagram.svg"), Path.of("content/docs/x/index.md"));
        bundles.put(Path.of("content/docs/logo.png"), Path.of("content/docs/_index.md"));
        bundles.put(Path.of("content/drafty/d.png"), Path.of("content/drafty/index.md"));
        bundles.put(Path.of("content/docs/x/index.html"), Path.of("content/docs/x/index.md"));
        List<Page> pages = List.of(page("content/docs/x/index.md", "slug: renamed\n"), page("content/docs/_index.md", ""),
                page("content/drafty/index.md", "draft: true\n"));
        Problems problems = new Problems();
        SectionAssembler.Result r = SectionAssembler.assemble(CONFIG, pages, false, Schedule.NONE,
                List.of(post("content/posts/trip/index.md", "slug: road-trip\n")), bundles, ORIGINS, problems);
        assertEquals(List.of(new BundleFile("docs/logo.png", "content/docs/logo.png"), new BundleFile("docs/renamed/diagram.svg", "content/docs/x/diagram.svg"),
                new BundleFile("posts/road-trip/img/a.jpg", "content/posts/trip/img/a.jpg"), new BundleFile("posts/road-trip/map.png", "content/posts/trip/map.png")),
                r.bundleFiles(), "the owner's output folder, whatever its slug; a draft's files stay out with it");
        assertEquals(List.of("content/docs/x/index.html: index.html beside index.md would replace its page, expected another name"), errors(problems));
    }

    @Test
    void aPageOrPostAtAnHtmlAddressHasItsFilesInThatAddresssFolder() {
        Map<Path, Path> bundles = new TreeMap<>();
        bundles.put(Path.of("content/docs/old/shot.png"), Path.of("content/docs/old/index.md"));
        bundles.put(Path.of("content/docs/old/img/a.jpg"), Path.of("content/docs/old/index.md"));
        bundles.put(Path.of("content/top/logo.png"), Path.of("content/top/index.md"));
        bundles.put(Path.of("content/top/top.html"), Path.of("content/top/index.md"));
        bundles.put(Path.of("content/posts/trip/map.png"), Path.of("content/posts/trip/index.md"));
        List<Page> pages = List.of(page("content/docs/old/index.md", "url: /old-site/old.html\n"), page("content/top/index.md", "url: /top.html\n"));
        Problems problems = new Problems();
        SectionAssembler.Result r = SectionAssembler.assemble(CONFIG, pages, false, Schedule.NONE,
                List.of(post("content/posts/trip/index.md", "url: /2019/trip.html\n")), bundles, ORIGINS, problems);
        assertEquals(List.of(new BundleFile("2019/map.png", "content/posts/trip/map.png"), new BundleFile("logo.png", "content/top/logo.png"),
                new BundleFile("old-site/img/a.jpg", "content/docs/old/img/a.jpg"), new BundleFile("old-site/shot.png", "content/docs/old/shot.png")),
                r.bundleFiles(), "as in Hugo: beside the page's file, in the folder of its .html address");
        assertEquals(List.of("content/top/top.html: top.html beside index.md would replace its page, expected another name"), errors(problems));
    }

    @Test
    void withBodiesChangesEachPageOnceWhereverItIsListed() {
        SectionAssembler.Result r = assemble(page("content/docs/_index.md", ""), page("content/docs/a.md", ""), page("content/_index.md", ""));
        List<String> changed = new ArrayList<>();
        SectionAssembler.Result after = r.withBodies(p -> {
            changed.add(p.source());
            return p.withBody("<p>new</p>");
        });
        assertEquals(List.of("content/docs/a.md", "content/docs/_index.md", "content/_index.md"), changed);
        assertSame(after.pages().get(0), section(after, "docs/").pages().get(0), "the page in its section is the same changed page");
        assertEquals("<p>new</p>", section(after, "docs/").index().bodyHtml());
        assertEquals("<p>new</p>", after.home().bodyHtml());
    }
}
