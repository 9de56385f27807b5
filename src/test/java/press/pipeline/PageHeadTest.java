package press.pipeline;

import press.testing.TestSite;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Titles, descriptions, canonical links, robots, favicon and card tags of every kind of page, and the checklist shown once. */
class PageHeadTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir).config("title: alpha\ndescription: advice\nbase_url: https://example.org/\nposts_per_page: 1\n")
                .post("a.md", "Alpha", "2024-01-01", "tags: [solo, pair]", "summary: same words")
                .post("b.md", "Beta", "2024-01-02", "tags: [pair]", "summary: same words")
                .post("c.md", "Gamma", "2024-01-03");
    }

    private Document page(TestSite s, String path) {
        return Jsoup.parse(s.read(path));
    }

    @Test
    void everyPageHasItsOwnTitleAndDescription() {
        TestSite s = site();
        s.build();
        List<String> pages = List.of("index.html", "page/2/index.html", "page/3/index.html", "posts/alpha/index.html",
                "posts/beta/index.html", "posts/gamma/index.html", "tags/index.html", "stacks/index.html",
                "tags/solo/index.html", "tags/pair/index.html", "tags/pair/page/2/index.html", "404.html");
        Map<String, String> titles = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        for (String p : pages) {
            Document d = page(s, p);
            String description = d.select("meta[name=description]").attr("content");
            assertFalse(description.isEmpty(), p + " has no description");
            assertNull(titles.put(d.title(), p), p + " repeats the title " + d.title());
            assertNull(descriptions.put(description, p), p + " repeats the description " + description);
        }
        assertEquals("alpha", page(s, "index.html").title());
        assertEquals("advice", page(s, "index.html").select("meta[name=description]").attr("content"));
        assertEquals("alpha (page 2 of 3)", page(s, "page/2/index.html").title());
        assertEquals("advice (page 2 of 3)", page(s, "page/2/index.html").select("meta[name=description]").attr("content"));
        assertEquals("Alpha | alpha", page(s, "posts/alpha/index.html").title());
        assertEquals("Tag: pair (page 2 of 2) | alpha", page(s, "tags/pair/page/2/index.html").title());
        assertEquals("same words (Alpha)", page(s, "posts/alpha/index.html").select("meta[name=description]").attr("content"));
    }

    @Test
    void termPagesCountInTheRightNumber() {
        TestSite s = site();
        s.build();
        assertEquals("1 post", page(s, "tags/solo/index.html").select(".intro").text());
        assertEquals("2 posts", page(s, "tags/pair/index.html").select(".intro").text());
    }

    @Test
    void canonicalEverywhereButThe404AndNoindexFromPageTwo() {
        TestSite s = site();
        s.build();
        for (String p : List.of("index.html", "page/2/index.html", "posts/alpha/index.html", "tags/index.html", "tags/pair/page/2/index.html")) {
            Document d = page(s, p);
            assertEquals(1, d.select("link[rel=canonical]").size(), p);
            assertEquals(d.select("link[rel=canonical]").attr("href"), d.select("meta[property=og:url]").attr("content"), p);
            assertEquals(1, d.select("meta[name=twitter:card]").size(), p);
            assertEquals(p.contains("page/"), !d.select("meta[name=robots][content=noindex, follow]").isEmpty(), p);
        }
        assertEquals(0, page(s, "404.html").select("link[rel=canonical], meta[property^=og:]").size());
        assertEquals("article", page(s, "posts/alpha/index.html").select("meta[property=og:type]").attr("content"));
        s.config("title: alpha\nbase_url: https://example.org/\nposts_per_page: 1\nnoindex_paged: false\n").build();
        assertEquals(0, page(s, "page/2/index.html").select("meta[name=robots]").size());
    }

    @Test
    void faviconIsShippedAndCanBeConfigured() {
        TestSite s = site();
        s.build();
        assertEquals("/assets/favicon.svg", page(s, "posts/alpha/index.html").select("link[rel=icon][type=image/svg+xml]").attr("href"));
        assertTrue(s.read("assets/favicon.svg").startsWith("<svg"));
        s.config("base_url: https://example.org/blog/\nfavicon: icons/mark.svg\n").file("static/icons/mark.svg", "<svg/>").build();
        assertEquals("/blog/icons/mark.svg", page(s, "404.html").select("link[rel=icon]").attr("href"));
    }

    @Test
    void theChecklistIsShownOnceWhenTheBodyAlreadyListsIt() {
        TestSite s = new TestSite(dir)
                .post("a.md", "---\ntitle: Listed\ndate: 2024-01-01\nchecklist: [Run tests, tag the release]\n---\n"
                        + "## Implementation checklist\n\n- run **tests**\n- [ ] Tag the release\n")
                .post("b.md", "---\ntitle: Unlisted\ndate: 2024-01-02\nchecklist: [run tests, tag the release]\n---\n"
                        + "- run tests\n- something else\n");
        s.build();
        Document listed = page(s, "posts/listed/index.html");
        assertEquals(0, listed.select("section.checklist").size(), "the body lists every item: no second checklist");
        assertEquals(1, listed.select(".post-body li:contains(tag the release)").size());
        Document unlisted = page(s, "posts/unlisted/index.html");
        assertEquals(List.of("run tests", "tag the release"), unlisted.select("section.checklist li").eachText());
    }
}
