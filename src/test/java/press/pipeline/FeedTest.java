package press.pipeline;

import press.testing.GeneratedPosts;
import press.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Atom feeds (read with ROME) and JSON Feeds of the site and of every term, with full bodies and absolute links, and advertised by the pages they cover. */
class FeedTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir).config("title: \"a & b\"\nbase_url: https://example.org/blog/\n")
                .post("a.md", "---\ntitle: \"Alpha <1>\"\ndate: 2024-01-01\ntags: [go]\nstack: [k8s]\n---\n"
                        + "See [beta](../beta/), [top](#top) and [home](/blog/).\n\n![chart](img/c.png)\n\n```go\nif a < b {}\n```\n")
                .post("b.md", "Beta", "2024-01-02", "tags: [go, rust]");
    }

    private static SyndFeed atom(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    @Test
    void everyFeedParsesWithFullContentAndAbsoluteLinks() throws Exception {
        TestSite s = site();
        s.build();
        SyndFeed feed = atom(s.read("feed.xml"));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("a & b", feed.getTitle());
        assertEquals(List.of("Beta", "Alpha <1>"), feed.getEntries().stream().map(SyndEntry::getTitle).toList());
        String content = feed.getEntries().get(1).getContents().get(0).getValue();
        assertTrue(content.contains("href=\"https://example.org/blog/posts/beta/\""), content);
        assertTrue(content.contains("href=\"https://example.org/blog/posts/alpha-1/#top\""), content);
        assertTrue(content.contains("href=\"https://example.org/blog/\""), content);
        assertTrue(content.contains("src=\"https://example.org/blog/posts/alpha-1/img/c.png\""), content);
        assertTrue(content.contains("<span class=\"hl-k\">if</span> a &lt; b {}"), "code stays escaped HTML: " + content);
        assertEquals(List.of("go", "k8s"), feed.getEntries().get(1).getCategories().stream().map(c -> c.getName()).toList());

        for (String term : List.of("tags/go", "tags/rust", "stacks/k8s")) {
            SyndFeed t = atom(s.read(term + "/feed.xml"));
            assertEquals(List.of("alternate https://example.org/blog/" + term + "/", "self https://example.org/blog/" + term + "/feed.xml"),
                    t.getLinks().stream().map(l -> l.getRel() + " " + l.getHref()).toList(), term);
            JsonNode json = new ObjectMapper().readTree(s.read(term + "/feed.json"));
            assertEquals("https://jsonfeed.org/version/1.1", json.get("version").asText());
            assertEquals("https://example.org/blog/" + term + "/feed.json", json.get("feed_url").asText());
            assertEquals(t.getEntries().size(), json.get("items").size(), term);
            for (int i = 0; i < json.get("items").size(); i++) {
                assertEquals(t.getEntries().get(i).getLink(), json.get("items").get(i).get("url").asText());
            }
        }
        assertEquals(2, atom(s.read("tags/go/feed.xml")).getEntries().size());
        JsonNode site = new ObjectMapper().readTree(s.read("feed.json"));
        assertEquals(content, site.get("items").get(1).get("content_html").asText());
        assertEquals("https://example.org/blog/posts/alpha-1/img/c.png", site.get("items").get(1).get("image").asText());
    }

    @Test
    void pagesAdvertiseTheFeedsThatCoverThem() {
        TestSite s = site();
        s.build();
        var term = Jsoup.parse(s.read("tags/go/index.html"));
        assertEquals(List.of("/blog/feed.xml", "/blog/tags/go/feed.xml"),
                term.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"));
        assertEquals(List.of("/blog/feed.json", "/blog/tags/go/feed.json"),
                term.select("link[rel=alternate][type=application/feed+json]").eachAttr("href"));
        var post = Jsoup.parse(s.read("posts/beta/index.html"));
        assertEquals(List.of("/blog/feed.xml"), post.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"));
        assertFalse(s.read("feed.xml").contains("<1>"), "titles are escaped");
    }

    /** Every feed of a site of generated posts (tags like "C++", "CI/CD", "Ünïcode") parses: one per term page, and the site's. */
    @Test
    void everyFeedOfAGeneratedSiteParses() throws Exception {
        TestSite s = new TestSite(dir).config("title: gen\nbase_url: https://example.org/blog/\ntaxonomies:\n"
                + "  - {field: tags, path: tags, title: Tags, singular: tag}\n  - {field: stack, path: stacks, title: Stacks, singular: stack}\n");
        GeneratedPosts.write(dir.resolve("content/posts"), 60, 11);
        s.build();
        Path out = dir.resolve("site");
        List<Path> termPages;
        List<Path> atomFeeds;
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> all = files.map(out::relativize).toList();
            termPages = all.stream().filter(p -> p.toString().matches("(tags|stacks)/[^/]+/index\\.html")).toList();
            atomFeeds = all.stream().filter(p -> p.getFileName().toString().equals("feed.xml")).sorted().toList();
        }
        assertTrue(termPages.size() > 20, "many terms: " + termPages);
        assertEquals(termPages.size() + 1, atomFeeds.size(), "a feed per term page and the site's: " + atomFeeds);
        for (Path xml : atomFeeds) {
            SyndFeed feed = atom(Files.readString(out.resolve(xml)));
            assertTrue(!feed.getEntries().isEmpty() && feed.getEntries().size() <= 20, xml + ": " + feed.getEntries().size() + " entries");
            for (SyndEntry e : feed.getEntries()) {
                assertFalse(e.getContents().isEmpty() || e.getContents().get(0).getValue().isBlank(), xml + ": full content in " + e.getLink());
            }
            JsonNode json = new ObjectMapper().readTree(Files.readString(out.resolve(xml.resolveSibling("feed.json"))));
            assertEquals("https://jsonfeed.org/version/1.1", json.get("version").asText(), xml.resolveSibling("feed.json").toString());
            assertEquals(feed.getEntries().size(), json.get("items").size(), xml.toString());
        }
    }
}
