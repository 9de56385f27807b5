package press.pipeline;

import press.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON-LD of each kind of page parses and carries the properties each schema.org type needs; hostile titles cannot close the script. */
class StructuredDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode jsonLd(String html) throws Exception {
        Document d = Jsoup.parse(html);
        var scripts = d.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), "one JSON-LD block");
        assertEquals(0, d.select("script:not([type=application/ld+json])").size(), "no executable script");
        return JSON.readTree(scripts.get(0).data());
    }

    private static JsonNode ofType(JsonNode root, String type) {
        List<JsonNode> nodes = new ArrayList<>();
        if (root.has("@graph")) root.get("@graph").forEach(nodes::add);
        else nodes.add(root);
        for (JsonNode n : nodes) if (n.path("@type").asText().equals(type)) return n;
        throw new AssertionError("no " + type + " in " + root);
    }

    @Test
    void postsAreBlogPostingsWithBreadcrumbs() throws Exception {
        TestSite s = new TestSite(dir).config("title: alpha\nbase_url: https://example.org/blog/\nauthor: {name: Ada, url: https://example.org/ada/}\n")
                .post("a.md", "---\ntitle: \"Close </script><!-- & \\u2028 it\"\ndate: 2024-01-01T10:00:00+02:00\ntags: [go]\nstack: [k8s]\n"
                        + "summary: short\nrevision: {last_reviewed: 2024-03-01}\n---\nText\n\n![a chart](img/chart.png)\n");
        s.build();
        String html = s.read("posts/close-script-it/index.html");
        String script = html.substring(html.indexOf("<script type=\"application/ld+json\">"), html.indexOf("</script>"));
        assertFalse(script.substring(1).contains("<") || script.contains("&") || script.contains("\u2028"), script);
        JsonNode root = jsonLd(html);
        assertEquals("https://schema.org", root.get("@context").asText());
        JsonNode post = ofType(root, "BlogPosting");
        assertEquals("Close </script><!-- & \u2028 it", post.get("headline").asText());
        assertEquals("2024-01-01T08:00:00Z", post.get("datePublished").asText());
        assertEquals("2024-03-01T00:00:00Z", post.get("dateModified").asText());
        assertEquals("Person", post.at("/author/@type").asText());
        assertEquals("Ada", post.at("/author/name").asText());
        assertEquals("alpha", post.at("/publisher/name").asText());
        assertEquals("https://example.org/blog/posts/close-script-it/img/chart.png", post.get("image").asText());
        assertEquals("go, k8s", post.get("keywords").asText());
        assertEquals("https://example.org/blog/posts/close-script-it/", post.at("/mainEntityOfPage/@id").asText());
        JsonNode crumbs = ofType(root, "BreadcrumbList").get("itemListElement");
        assertEquals(2, crumbs.size());
        assertEquals("https://example.org/blog/", crumbs.get(0).get("item").asText());
        assertEquals(2, crumbs.get(1).get("position").asInt());
        assertEquals("https://example.org/blog/posts/close-script-it/img/chart.png",
                Jsoup.parse(html).select("meta[property=og:image]").attr("content"));
    }

    @Test
    void homeIsAWebSiteAndTermPagesHaveBreadcrumbs() throws Exception {
        TestSite s = new TestSite(dir).config("title: alpha\ndescription: advice\nbase_url: https://example.org/\n")
                .post("a.md", "Alpha", "2024-01-01", "tags: [Go Lang]");
        s.build();
        JsonNode home = ofType(jsonLd(s.read("index.html")), "WebSite");
        assertEquals("alpha", home.get("name").asText());
        assertEquals("https://example.org/", home.get("url").asText());
        JsonNode term = ofType(jsonLd(s.read("tags/go-lang/index.html")), "BreadcrumbList").get("itemListElement");
        assertEquals(List.of("alpha", "Tags", "Go Lang"), List.of(term.get(0).get("name").asText(), term.get(1).get("name").asText(),
                term.get(2).get("name").asText()));
        assertEquals("https://example.org/tags/go-lang/", term.get(2).get("item").asText());
        assertTrue(ofType(jsonLd(s.read("tags/index.html")), "BreadcrumbList").get("itemListElement").size() == 2);
        assertEquals(0, Jsoup.parse(s.read("404.html")).select("script").size());
    }
}
