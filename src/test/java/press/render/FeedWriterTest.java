package press.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.model.Site;
import press.pipeline.Build;
import press.pipeline.BuildOptions;
import press.testing.TestSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Atom and JSON feeds of a list of posts: the newest 20, full bodies with absolute links, categories, escaped text. */
class FeedWriterTest {
    @TempDir
    Path dir;

    private FeedWriter writer(Site site) {
        return new FeedWriter(site, new Links(site.config().baseUrl(), site.config().basePath()));
    }

    private Site site(TestSite s) {
        return Build.site(new BuildOptions(s.root, s.root.resolve("site"), null, false, 1));
    }

    @Test
    void theNewestTwentyPostsWithTheirCategories() throws IOException {
        TestSite s = TestSite.withTestTheme(dir).config("title: T\nbase_url: https://example.org/blog/\n");
        for (int i = 1; i <= 25; i++) s.post("p" + i + ".md", "Post " + i, "2024-01-%02d".formatted(i), "tags: [go]", "stack: [rust]");
        Site site = site(s);
        FeedWriter w = writer(site);
        Document atom = Jsoup.parse(new String(w.atom("T", "/blog/feed.xml", "/blog/", site.posts()), StandardCharsets.UTF_8), "", Parser.xmlParser());
        assertEquals(20, atom.select("entry").size());
        assertEquals("Post 25", atom.selectFirst("entry > title").text(), "newest first");
        assertEquals("2024-01-25T00:00:00Z", atom.selectFirst("feed > updated").text());
        assertEquals("https://example.org/blog/feed.xml", atom.selectFirst("link[rel=self]").attr("href"));
        assertEquals(List.of("go", "rust"), atom.select("entry").first().select("category").eachAttr("term"));
        JsonNode json = new ObjectMapper().readTree(w.json("T", "/blog/feed.json", "/blog/", site.posts()));
        assertEquals("https://jsonfeed.org/version/1.1", json.get("version").asText());
        assertEquals(20, json.get("items").size());
        assertEquals("https://example.org/blog/posts/post-25/", json.get("items").get(0).get("url").asText());
        assertEquals("https://example.org/blog/feed.json", json.get("feed_url").asText());
    }

    @Test
    void onlyHrefAndSrcAreMadeAbsoluteAndQueriesStayEscapedOnce() throws IOException {
        TestSite s = TestSite.withTestTheme(dir).config("title: T\nbase_url: https://example.org/\n")
                .post("a.md", "---\ntitle: a\nslug: a\ndate: 2024-01-01\n---\n[q](../b/?x=1&y=2 \"../not-a-link/\") `src=\"c.png\"` [abs](https://other.org/p)\n");
        Site site = site(s);
        String atom = new String(writer(site).atom("T", "/feed.xml", "/", site.posts()), StandardCharsets.UTF_8);
        Document body = Jsoup.parse(Jsoup.parse(atom, "", Parser.xmlParser()).selectFirst("entry > content").text());
        assertEquals(List.of("https://example.org/posts/b/?x=1&y=2", "https://other.org/p"), body.select("a").eachAttr("href"));
        assertEquals("../not-a-link/", body.selectFirst("a").attr("title"), "a title attribute is text, not a link");
        assertEquals("src=\"c.png\"", body.selectFirst("code").text(), "code that reads like an attribute is left as written");
        assertTrue(body.outerHtml().contains("?x=1&amp;y=2"), body.outerHtml());
    }

    @Test
    void bodiesCarryAbsoluteLinksAndTitlesAreEscaped() throws IOException {
        TestSite s = TestSite.withTestTheme(dir).config("title: T\nbase_url: https://example.org/blog/\n")
                .post("a.md", "---\ntitle: \"a <b> & c\"\nslug: a\ndate: 2024-01-01\n---\n[next](../b/) [top](#x) ![map](map.png) [home](/docs/)\n");
        Site site = site(s);
        FeedWriter w = writer(site);
        String atomText = new String(w.atom("T", "/blog/feed.xml", "/blog/", site.posts()), StandardCharsets.UTF_8);
        assertFalse(atomText.contains("<b>"), "the title is escaped: " + atomText);
        Document atom = Jsoup.parse(atomText, "", Parser.xmlParser());
        assertEquals("a <b> & c", atom.selectFirst("entry > title").text());
        Document body = Jsoup.parse(atom.selectFirst("entry > content").text());
        assertEquals(List.of("https://example.org/blog/posts/b/", "https://example.org/blog/posts/a/#x", "https://example.org/blog/docs/"),
                body.select("a").eachAttr("href"));
        assertEquals("https://example.org/blog/posts/a/map.png", body.selectFirst("img").attr("src"));
        JsonNode item = new ObjectMapper().readTree(w.json("T", "/blog/feed.json", "/blog/", site.posts())).get("items").get(0);
        assertEquals("a <b> & c", item.get("title").asText());
        assertTrue(item.get("content_html").asText().contains("href=\"https://example.org/blog/posts/b/\""), item.toString());
    }

    /** The JSON feed's bytes: Jackson's indented text of the feed, UTF-8, one newline at the end, whatever the characters. */
    @Test
    void theJsonFeedIsIndentedUtf8WithANewlineAtTheEnd() throws IOException {
        TestSite s = TestSite.withTestTheme(dir).config("title: T\nbase_url: https://example.org/\n")
                .post("a.md", "---\ntitle: \"caf\u00e9 \ud83d\ude80 \\\"q\\\" \\u2028\"\nslug: a\ndate: 2024-01-01\n---\n"
                        + "na\u00efve \ud83d\ude80 <\u00e9> \"quoted\" \\ back\n\n    code \u00e9\n");
        Site site = site(s);
        byte[] bytes = writer(site).json("T", "/feed.json", "/", site.posts());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(java.util.Arrays.equals(bytes, text.getBytes(StandardCharsets.UTF_8)), "valid UTF-8");
        JsonNode tree = new ObjectMapper().readTree(bytes);
        assertEquals(new ObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree) + "\n",
                text, "Jackson's indented text of the same feed");
        assertEquals("caf\u00e9 \ud83d\ude80 \"q\" \u2028", tree.get("items").get(0).get("title").asText());
        assertTrue(tree.get("items").get(0).get("content_html").asText().contains("na\u00efve \ud83d\ude80 &lt;\u00e9&gt;"), text);
    }

    @Test
    void anEmptyListStillMakesAValidFeed() throws IOException {
        TestSite s = TestSite.withTestTheme(dir).config("title: T\nbase_url: https://example.org/\n");
        Site site = site(s);
        Document atom = Jsoup.parse(new String(writer(site).atom("T", "/feed.xml", "/", List.of()), StandardCharsets.UTF_8), "", Parser.xmlParser());
        assertEquals(0, atom.select("entry").size());
        assertEquals("1970-01-01T00:00:00Z", atom.selectFirst("feed > updated").text(), "no clock: a fixed time when there is no post");
        assertEquals(0, new ObjectMapper().readTree(writer(site).json("T", "/feed.json", "/", List.of())).get("items").size());
    }
}
