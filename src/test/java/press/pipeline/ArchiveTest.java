package press.pipeline;

import press.testing.TestSite;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Year and month archive pages: what they list, in which order, their pages, heads, breadcrumbs and links to them. */
class ArchiveTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir).config("title: alpha\nbase_url: https://example.org/\nposts_per_page: 2\n")
                .post("a.md", "Old", "2023-12-30")
                .post("b.md", "May one", "2024-05-01")
                .post("c.md", "May two", "2024-05-20")
                .post("d.md", "May three", "2024-05-31T23:30:00-05:00") // June in UTC, May where it was written
                .post("e.md", "June", "2024-06-02");
    }

    private static Document page(TestSite s, String path) {
        return Jsoup.parse(s.read(path));
    }

    private static List<String> titles(Document d) {
        return d.select(".post-list h2 a").eachText();
    }

    @Test
    void theIndexListsYearsAndTheirMonthsNewestFirstWithCounts() {
        TestSite s = site();
        s.build();
        Document d = page(s, "archive/index.html");
        assertEquals("Archive | alpha", d.title());
        List<String> years = d.select(".term-index > li").stream()
                .map(li -> li.child(0).text() + " " + li.child(1).text() + ": " + String.join(", ",
                        li.select(".term-parts li").eachText()))
                .toList();
        assertEquals(List.of("2024 4: June 2024 1, May 2024 3", "2023 1: December 2023 1"), years);
        assertEquals("/archive/2024/05/", d.select(".term-parts a").get(1).attr("href"));
        assertEquals("Every post of alpha by year and month: 5 posts from 2023 to 2024.",
                d.select("meta[name=description]").attr("content"));
    }

    @Test
    void yearAndMonthPagesListTheirPostsNewestFirstPagedLikeTermPages() {
        TestSite s = site();
        s.build();
        assertEquals(List.of("June", "May three"), titles(page(s, "archive/2024/index.html")));
        assertEquals(List.of("May two", "May one"), titles(page(s, "archive/2024/page/2/index.html")));
        assertEquals(List.of("May three", "May two"), titles(page(s, "archive/2024/05/index.html")));
        assertEquals(List.of("May one"), titles(page(s, "archive/2024/05/page/2/index.html")));
        assertEquals(List.of("Old"), titles(page(s, "archive/2023/12/index.html")));
        assertFalse(s.exists("archive/2024/06/page/2/index.html"));
        assertFalse(s.exists("archive/2024/04/index.html"), "no page for a month without posts");
        Document year = page(s, "archive/2024/index.html");
        assertEquals(List.of("June 2024 1", "May 2024 3"), year.select("nav.periods li").eachText());
        assertEquals("/archive/2024/page/2/", year.select(".pager a[rel=next]").attr("href"));
    }

    @Test
    void everyArchivePageHasItsOwnTitleDescriptionAndBreadcrumbs() {
        TestSite s = site();
        s.build();
        Document month2 = page(s, "archive/2024/05/page/2/index.html");
        assertEquals("Archive: May 2024 (page 2 of 2) | alpha", month2.title());
        assertEquals("3 posts of alpha from May 2024, newest first (page 2 of 2)", month2.select("meta[name=description]").attr("content"));
        assertEquals("1 post of alpha from December 2023, newest first",
                page(s, "archive/2023/12/index.html").select("meta[name=description]").attr("content"));
        assertEquals("Archive: 2024 | alpha", page(s, "archive/2024/index.html").title());
        Element crumbs = month2.selectFirst("nav.breadcrumbs");
        assertEquals(List.of("/", "/archive/", "/archive/2024/"), crumbs.select("a").eachAttr("href"));
        assertEquals("Archive: May 2024 (page 2 of 2)", crumbs.selectFirst("[aria-current=page]").text());
        String ld = month2.select("script[type=application/ld+json]").html();
        assertTrue(ld.contains("\"BreadcrumbList\""), ld);
        assertTrue(ld.contains("https://example.org/archive/2024/05/"), ld);
        assertEquals("https://example.org/archive/2024/05/page/2/", month2.select("link[rel=canonical]").attr("href"));
    }

    @Test
    void postDatesAndTheFooterLinkToTheArchiveAndTheSitemapListsIt() {
        TestSite s = site();
        s.build();
        Document post = page(s, "posts/may-three/index.html");
        assertEquals("/archive/2024/05/", post.select(".byline a.date").attr("href"));
        assertEquals("/archive/", post.select(".site-footer a").first().attr("href"));
        String sitemap = s.read("sitemap.xml");
        for (String url : List.of("archive/", "archive/2023/", "archive/2023/12/", "archive/2024/05/", "archive/2024/05/page/2/")) {
            assertTrue(sitemap.contains("<loc>https://example.org/" + url + "</loc>"), url);
        }
        assertTrue(sitemap.contains("<loc>https://example.org/archive/2023/12/</loc><lastmod>2023-12-30</lastmod>"), sitemap);
    }

    @Test
    void aSiteWithoutPostsHasNoArchive() {
        TestSite s = new TestSite(dir).config("title: alpha\n").file("content/about.md", "---\ntitle: About\n---\nhi\n");
        s.build();
        assertFalse(s.exists("archive/index.html"));
        assertTrue(page(s, "about/index.html").select("a[href=/archive/]").isEmpty());
    }
}
