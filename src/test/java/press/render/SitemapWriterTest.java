package press.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SitemapWriterTest {
    private final Links links = new Links("https://example.org/blog/", "/blog/");

    private static String text(Route r) {
        return new String(((Route.Data) r).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void onePartListsEveryUrlWithLastmod() {
        List<SitemapWriter.Entry> entries = List.of(
                new SitemapWriter.Entry("https://example.org/blog/a/", LocalDate.of(2024, 1, 2)),
                new SitemapWriter.Entry("https://example.org/blog/b/?x=1&y=<2>", LocalDate.of(2024, 1, 3)));
        List<Route> out = SitemapWriter.sitemaps(() -> entries, entries.size(), links, 10);
        assertEquals(1, out.size());
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://example.org/blog/a/</loc><lastmod>2024-01-02</lastmod></url>
                <url><loc>https://example.org/blog/b/?x=1&amp;y=&lt;2&gt;</loc><lastmod>2024-01-03</lastmod></url>
                </urlset>
                """, text(out.get(0)));
    }

    @Test
    void pastTheLimitAnIndexNamesTheParts() {
        List<SitemapWriter.Entry> entries = List.of(
                new SitemapWriter.Entry("https://example.org/blog/a/", LocalDate.of(2024, 1, 2)),
                new SitemapWriter.Entry("https://example.org/blog/b/", LocalDate.of(2024, 1, 5)),
                new SitemapWriter.Entry("https://example.org/blog/c/", LocalDate.of(2024, 1, 4)));
        List<Route> out = SitemapWriter.sitemaps(() -> entries, entries.size(), links, 2);
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"), out.stream().map(Route::path).toList());
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>https://example.org/blog/sitemap-1.xml</loc><lastmod>2024-01-05</lastmod></sitemap>
                <sitemap><loc>https://example.org/blog/sitemap-2.xml</loc><lastmod>2024-01-04</lastmod></sitemap>
                </sitemapindex>
                """, text(out.get(2)));
    }

    /** Past the limit the parts and the index are made when written, from entries sorted once whichever part is first: the plan only counts them. */
    @Test
    void pastTheLimitThePartsAreMadeWhenWritten() throws Exception {
        List<SitemapWriter.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) entries.add(new SitemapWriter.Entry("https://example.org/blog/p" + i + "/", LocalDate.of(2024, 1, 1 + i)));
        java.util.concurrent.atomic.AtomicInteger sorts = new java.util.concurrent.atomic.AtomicInteger();
        List<Route> lazy = SitemapWriter.sitemaps(() -> {
            sorts.incrementAndGet();
            return entries;
        }, entries.size(), links, 3);
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"), lazy.stream().map(Route::path).toList());
        assertEquals(0, sorts.get(), "planned without the entries");
        List<String> made = java.util.concurrent.ForkJoinPool.commonPool().submit(() -> lazy.parallelStream().map(r -> text(r)).toList()).get();
        assertEquals(1, sorts.get(), "sorted once for all parts");
        java.util.regex.Pattern loc = java.util.regex.Pattern.compile("<loc>https://example.org/blog/([^<]+)</loc>");
        java.util.function.Function<String, List<String>> locs = t -> loc.matcher(t).results().map(m -> m.group(1)).toList();
        assertEquals(List.of("p0/", "p1/", "p2/"), locs.apply(made.get(0)));
        assertEquals(List.of("p3/", "p4/", "p5/"), locs.apply(made.get(1)));
        assertEquals(List.of("p6/"), locs.apply(made.get(2)));
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"), locs.apply(made.get(3)));
        assertEquals(List.of("2024-01-03", "2024-01-06", "2024-01-07"),
                java.util.regex.Pattern.compile("<sitemap>.*?<lastmod>([^<]+)</lastmod>").matcher(made.get(3)).results().map(m -> m.group(1)).toList(),
                "each part's newest date");
    }

    private static Route.Page page(String path, LocalDate lastmod) {
        return new Route.Page(path, "post", () -> null, lastmod, () -> "");
    }

    /** The key's inputs: each page's path and lastmod, and the site's address (a key equal to another's means equal bytes). */
    @Test
    void theKeyChangesWithWhatTheSitemapIsMadeFrom() {
        List<Route> pages = List.of(page("a/index.html", LocalDate.of(2024, 1, 2)), page("b/index.html", LocalDate.of(2024, 1, 3)));
        Route.Data sitemap = (Route.Data) SitemapWriter.sitemaps(pages, links).get(0);
        Object key = sitemap.view().get();
        assertEquals(key, ((Route.Data) SitemapWriter.sitemaps(pages, links).get(0)).view().get(), "the same pages, the same key");
        List<List<Route>> edits = List.of(
                List.of(page("a/index.html", LocalDate.of(2024, 1, 2)), page("b/index.html", LocalDate.of(2024, 1, 4))), // dated anew
                List.of(page("a/index.html", LocalDate.of(2024, 1, 2)), page("c/index.html", LocalDate.of(2024, 1, 3))), // moved
                List.of(page("a/index.html", LocalDate.of(2024, 1, 2)))); // removed
        for (List<Route> edited : edits) {
            Route.Data other = (Route.Data) SitemapWriter.sitemaps(edited, links).get(0);
            assertNotEquals(key, other.view().get(), edited.toString());
            assertNotEquals(text(sitemap), text(other));
        }
        Route.Data elsewhere = (Route.Data) SitemapWriter.sitemaps(pages, new Links("https://example.com/", "/")).get(0);
        assertNotEquals(key, elsewhere.view().get(), "another site address");
    }

    @Test
    void robotsNamesTheSitemap() {
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.org/blog/sitemap.xml\n",
                new String(SitemapWriter.robots(links, false), StandardCharsets.UTF_8));
    }
}
