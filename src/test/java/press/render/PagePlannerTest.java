package press.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.config.SiteConfig;
import press.model.Site;
import press.pipeline.Build;
import press.pipeline.BuildOptions;
import press.testing.TestSite;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The routes of content pages and section lists: template by layout or nearest section, the view of each, breadcrumbs, sitemap dates. */
class PagePlannerTest {
    private static final String PAGE = "---\ntitle: %s\n%s---\nbody of %s\n";

    @TempDir
    Path dir;

    private static Site site(TestSite s) {
        return Build.site(new BuildOptions(s.root, s.root.resolve("site"), null, false, 1));
    }

    private static PagePlanner planner(Site site, Predicate<String> hasTemplate, LocalDate newestPost) {
        SiteConfig c = site.config();
        Links links = new Links(c.baseUrl(), c.basePath());
        Views.SiteView view = new Views.SiteView(c.title(), c.description(), c.language(), c.basePath(), "/style.css", "/favicon.svg",
                "/search/", null, List.of(), false);
        return new PagePlanner(site, links, view, new PageHeads(c, links, site.posts()), hasTemplate, newestPost, new BodyImages(c.basePath(), Map.of()));
    }

    private static Route.Page route(List<Route> routes, String path) {
        return (Route.Page) routes.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError("no route " + path));
    }

    /** A docs site at a sub-path: a section with an index, a subsection without one, pages at each level. */
    private TestSite docs() {
        return TestSite.withTestTheme(dir).config("title: T\nbase_url: https://example.org/sub/\n")
                .file("content/about.md", PAGE.formatted("About", "", "about"))
                .file("content/docs/_index.md", PAGE.formatted("Documentation", "description: All of it\nlastmod: 2024-03-01\n", "docs"))
                .file("content/docs/install.md", PAGE.formatted("Install", "date: 2024-05-01T10:00:00Z\ndescription: How\n", "install"))
                .file("content/docs/guides/deep.md", PAGE.formatted("Deep", "layout: wide\n", "deep"))
                .file("content/docs/guides/odd.md", PAGE.formatted("Odd", "layout: post\n", "odd"));
    }

    @Test
    void everyPageAndEverySectionOutsideTheDatedOnesHasARoute() {
        TestSite s = docs().post("a.md", "A post", "2024-01-01").file("content/posts/_index.md", PAGE.formatted("Posts", "", "posts"));
        List<Route> routes = planner(site(s), name -> false, null).plan(Set.of("posts")::contains);
        assertEquals(List.of("about/index.html", "docs/guides/deep/index.html", "docs/guides/odd/index.html", "docs/install/index.html",
                "docs/index.html", "docs/guides/index.html"), routes.stream().map(Route::path).toList(),
                "pages by path, then sections by path; posts/ is listed by the list planner");
    }

    @Test
    void theTemplateIsTheLayoutThenTheNearestSectionsThenTheDefault() {
        Site site = site(docs());
        Predicate<String> none = name -> false;
        List<Route> plain = planner(site, none, null).plan(x -> false);
        assertEquals("page", route(plain, "docs/guides/deep/index.html").template(), "a layout the theme does not have is passed over");
        assertEquals("section", route(plain, "docs/index.html").template());
        Set<String> theme = Set.of("wide", "docs/page", "docs/guides/section", "post");
        List<Route> themed = planner(site, theme::contains, null).plan(x -> false);
        assertEquals("wide", route(themed, "docs/guides/deep/index.html").template());
        assertEquals("docs/page", route(themed, "docs/guides/odd/index.html").template(), "a required template (post) is never a page's layout");
        assertEquals("docs/page", route(themed, "docs/install/index.html").template());
        assertEquals("page", route(themed, "about/index.html").template());
        assertEquals("docs/guides/section", route(themed, "docs/guides/index.html").template());
        assertEquals("section", route(themed, "docs/index.html").template());
    }

    @Test
    void aPageViewCarriesItsDataAndBreadcrumbsDownToItsSection() {
        List<Route> routes = planner(site(docs()), name -> false, null).plan(x -> false);
        Views.ContentPage install = (Views.ContentPage) route(routes, "docs/install/index.html").view().get();
        assertEquals(new Views.PageView("Install", "/sub/docs/install/", "1 May 2024", "2024-05-01", "How", "<p>body of install</p>\n"), install.page());
        assertEquals(List.of(new Views.Link("Home", "/sub/"), new Views.Link("Documentation", "/sub/docs/")), install.breadcrumbs());
        assertEquals("https://example.org/sub/docs/install/", install.head().canonical());
        Views.ContentPage deep = (Views.ContentPage) route(routes, "docs/guides/deep/index.html").view().get();
        assertEquals(List.of(new Views.Link("Home", "/sub/"), new Views.Link("Documentation", "/sub/docs/"), new Views.Link("Guides", "/sub/docs/guides/")),
                deep.breadcrumbs());
        assertNull(deep.page().date());
        assertEquals("Deep on T", deep.head().description(), "without a description the head says what and where it is");
    }

    @Test
    void aSectionViewListsItsSubsectionsThenItsPagesAndStopsItsBreadcrumbsAboveItself() {
        List<Route> routes = planner(site(docs()), name -> false, null).plan(x -> false);
        Views.SectionPage docs = (Views.SectionPage) route(routes, "docs/index.html").view().get();
        assertEquals("Documentation", docs.heading());
        assertEquals("<p>body of docs</p>\n", docs.body());
        assertEquals(List.of(new Views.Entry("Guides", "/sub/docs/guides/", "", null, null)), docs.sections());
        assertEquals(List.of(new Views.Entry("Install", "/sub/docs/install/", "How", "1 May 2024", "2024-05-01")), docs.pages());
        assertEquals(List.of(new Views.Link("Home", "/sub/")), docs.breadcrumbs());
        assertEquals("All of it", docs.head().description());
        Views.SectionPage guides = (Views.SectionPage) route(routes, "docs/guides/index.html").view().get();
        assertNull(guides.body(), "a section without an _index has no text");
        assertEquals(List.of(new Views.Link("Home", "/sub/"), new Views.Link("Documentation", "/sub/docs/")), guides.breadcrumbs());
    }

    @Test
    void aPageWithoutADateIsInTheSitemapWithTheNewestDateOfTheSite() {
        Site site = site(docs());
        List<Route> routes = planner(site, name -> false, LocalDate.of(2024, 2, 1)).plan(x -> false);
        assertEquals(LocalDate.of(2024, 5, 1), route(routes, "docs/install/index.html").lastmod());
        assertEquals(LocalDate.of(2024, 3, 1), route(routes, "docs/index.html").lastmod(), "a section's date is its index's");
        assertEquals(LocalDate.of(2024, 5, 1), route(routes, "about/index.html").lastmod(), "the newest of posts and pages");
        assertEquals(LocalDate.of(2024, 5, 1), route(routes, "docs/guides/index.html").lastmod());
        TestSite undated = TestSite.withTestTheme(dir.resolve("undated")).file("content/about.md", PAGE.formatted("About", "", "about"));
        assertEquals(LocalDate.of(1970, 1, 1), route(planner(site(undated), name -> false, null).plan(x -> false), "about/index.html").lastmod(),
                "never the clock");
        assertEquals(LocalDate.of(2025, 1, 1), route(planner(site(undated), name -> false, LocalDate.of(2025, 1, 1)).plan(x -> false),
                "about/index.html").lastmod());
    }

    @Test
    void theHomePageContentsAreTheTopSectionsThenTheTopPages() {
        assertEquals(List.of(new Views.Link("Documentation", "/sub/docs/"), new Views.Link("About", "/sub/about/")),
                planner(site(docs()), name -> false, null).contents());
    }
}
