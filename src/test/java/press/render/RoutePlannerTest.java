package press.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.model.Site;
import press.pipeline.Build;
import press.pipeline.BuildOptions;
import press.testing.TestSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The route plan: every output file, with its template and view, decided before anything renders. */
class RoutePlannerTest {
    @TempDir
    Path dir;

    private Site site(TestSite s) {
        return Build.site(new BuildOptions(s.root, s.root.resolve("site"), null, false, 1));
    }

    private static Route route(List<Route> routes, String path) {
        return routes.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError("no route " + path));
    }

    @Test
    void theOutputsOfASmallSiteSortedByPath() {
        TestSite s = TestSite.withTestTheme(dir).config("title: T\nbase_url: https://example.org/\nposts_per_page: 1\n")
                .post("a.md", "Alpha", "2024-01-01", "tags: [go]")
                .post("b.md", "Beta", "2024-01-02", "aliases: [/old/beta/]");
        s.file("style.css", "body{}");
        List<Route> routes = new RoutePlanner(site(s), name -> true).plan(Map.of("assets/style.css", dir.resolve("style.css")));
        List<String> paths = routes.stream().map(Route::path).toList();
        assertEquals(paths.stream().sorted().toList(), paths, "routes are sorted by path");
        assertEquals(List.of("404.html", "_headers", "archive/2024/01/index.html", "archive/2024/01/page/2/index.html", "archive/2024/index.html",
                "archive/2024/page/2/index.html", "archive/index.html", "assets/style.", "feed.json", "feed.xml", "index.html", "old/beta/index.html",
                "page/2/index.html", "posts/alpha/index.html", "posts/beta/index.html", "robots.txt", "search/index.html", "sitemap.xml", "stacks/index.html",
                "tags/go/feed.json", "tags/go/feed.xml", "tags/go/index.html", "tags/index.html"),
                paths.stream().map(p -> p.startsWith("assets/style.") ? "assets/style." : p).toList());
        assertEquals("post", ((Route.Page) route(routes, "posts/alpha/index.html")).template());
        assertEquals("list", ((Route.Page) route(routes, "page/2/index.html")).template());
        assertEquals("terms", ((Route.Page) route(routes, "tags/index.html")).template());
        assertInstanceOf(Route.Copy.class, routes.stream().filter(r -> r.path().startsWith("assets/style.")).findFirst().orElseThrow());
        String alias = new String(((Route.Data) route(routes, "old/beta/index.html")).bytes(), StandardCharsets.UTF_8);
        assertTrue(alias.contains("https://example.org/posts/beta/"), "an alias is a redirect page to the post: " + alias);
    }

    @Test
    void viewsAreMadeWhenAskedAndCarryTheDataOfTheirPage() {
        TestSite s = TestSite.withTestTheme(dir).config("title: T\nbase_url: https://example.org/sub/\n")
                .post("a.md", "Alpha", "2024-01-01").post("b.md", "Beta", "2024-01-02");
        List<Route> routes = new RoutePlanner(site(s), name -> true).plan(Map.of());
        Views.PostPage beta = (Views.PostPage) ((Route.Page) route(routes, "posts/beta/index.html")).view().get();
        assertEquals("Beta", beta.post().title());
        assertEquals("/sub/posts/beta/", beta.post().url());
        assertEquals(new Views.Link("Alpha", "/sub/posts/alpha/"), beta.previous());
        assertNull(beta.next(), "the newest post has no next");
        Views.ListPage home = (Views.ListPage) ((Route.Page) route(routes, "index.html")).view().get();
        assertEquals(List.of("Beta", "Alpha"), home.posts().stream().map(Views.Summary::title).toList());
        assertFalse(home.pager().isPaged());
        Views.NotFoundPage notFound = (Views.NotFoundPage) ((Route.Page) route(routes, "404.html")).view().get();
        assertNull(notFound.head().canonical(), "404.html is served at any address");
    }

    @Test
    void postsAndListsAreInTheSitemapButThe404AndSearchPagesAreNot() {
        TestSite s = TestSite.withTestTheme(dir).config("title: T\nbase_url: https://example.org/\n").post("a.md", "Alpha", "2024-01-01");
        List<Route> routes = new RoutePlanner(site(s), name -> true).plan(Map.of());
        assertEquals("2024-01-01", String.valueOf(((Route.Page) route(routes, "posts/alpha/index.html")).lastmod()));
        assertNull(((Route.Page) route(routes, "404.html")).lastmod());
        assertNull(((Route.Page) route(routes, "search/index.html")).lastmod());
        String sitemap = new String(((Route.Data) route(routes, "sitemap.xml")).bytes(), StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("<loc>https://example.org/posts/alpha/</loc>"), sitemap);
        assertFalse(sitemap.contains("404"), sitemap);
    }

    @Test
    void pagesUseTheNearestSectionTemplate() {
        TestSite s = TestSite.withTestTheme(dir).config("title: T\nbase_url: https://example.org/\n")
                .file("content/docs/guide/install.md", "---\ntitle: Install\n---\nx\n")
                .file("content/about.md", "---\ntitle: About\n---\nx\n");
        List<String> templates = List.of("page", "section", "docs/page");
        List<Route> routes = new RoutePlanner(site(s), templates::contains).plan(Map.of());
        assertEquals("docs/page", ((Route.Page) route(routes, "docs/guide/install/index.html")).template());
        assertEquals("page", ((Route.Page) route(routes, "about/index.html")).template());
        assertEquals("section", ((Route.Page) route(routes, "docs/index.html")).template());
    }
}
