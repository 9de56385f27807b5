package press.pipeline;

import press.testing.TestSite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.BuildException;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildTest {
    @TempDir
    Path dir;

    @Test
    void writesPostTagStackHomeAndSiteFiles() throws java.io.IOException {
        TestSite site = new TestSite(dir).config("title: t\nbase_url: https://example.org/\nposts_per_page: 2\n")
                .post("a.md", "Alpha", "2024-01-01", "tags: [caching, Go Lang]", "stack: [python services]")
                .post("b.md", "Beta", "2024-01-02", "tags: [caching]")
                .post("c.md", "Gamma", "2024-01-03", "draft: true")
                .post("d.md", "Delta", "2024-01-04");
        BuildResult r = site.build();
        assertEquals(3, r.posts());
        for (String f : List.of("index.html", "page/2/index.html", "posts/alpha/index.html", "posts/beta/index.html",
                "posts/delta/index.html", "tags/index.html", "tags/caching/index.html", "tags/go-lang/index.html",
                "stacks/index.html", "stacks/python-services/index.html", "sitemap.xml", "robots.txt", "404.html",
                "feed.xml", "_headers")) {
            assertTrue(site.exists(f), f);
        }
        String css = "assets/style." + press.publish.Manifest.sha256(java.nio.file.Files.readAllBytes(Path.of("templates/static/assets/style.css"))).substring(0, 10) + ".css";
        assertTrue(site.exists(css), "the stylesheet is fingerprinted: " + css);
        assertFalse(site.exists("assets/style.css"));
        assertTrue(site.read("index.html").contains("href=\"/" + css + "\""));
        assertFalse(site.exists("posts/gamma/index.html"), "drafts are left out");
        assertFalse(site.exists("page/3/index.html"));
        String home = site.read("index.html");
        assertTrue(home.indexOf("Delta") < home.indexOf("Beta"), "newest first");
        assertFalse(home.contains("Alpha"), "Alpha is on page 2");
        assertTrue(site.read("page/2/index.html").contains("/posts/alpha/"));
        String tags = site.read("tags/index.html");
        assertTrue(tags.contains("<a href=\"/tags/caching/\">caching</a> <span class=\"count\">2</span>"), tags);
        assertTrue(site.read("robots.txt").contains("Sitemap: https://example.org/sitemap.xml"));
    }

    @Test
    void draftsAreBuiltWhenAsked() {
        TestSite site = new TestSite(dir).post("c.md", "Gamma", "2024-01-03", "draft: true").post("d.md", "Delta", "2024-01-04");
        Build.run(new BuildOptions(site.root, site.root.resolve("site"), null, true, 1));
        assertTrue(site.exists("posts/gamma/index.html"));
    }

    @Test
    void everyLinkCarriesTheBaseUrlSubPath() {
        TestSite site = new TestSite(dir).config("base_url: https://example.org/blog/\n")
                .post("a.md", "Alpha", "2024-01-01", "tags: [x]", "revision:", "  last_reviewed: 2024-02-03");
        site.build();
        String page = site.read("posts/alpha/index.html");
        assertTrue(page.contains("href=\"/blog/tags/x/\""), page);
        assertTrue(page.matches("(?s).*href=\"/blog/assets/style\\.[0-9a-f]{10}\\.css\".*"), page);
        assertTrue(page.contains("<link rel=\"canonical\" href=\"https://example.org/blog/posts/alpha/\">"), page);
        assertFalse(page.matches("(?s).*href=\"/(posts|tags|stacks|assets)/.*"), "no link escapes the sub-path");
        String sitemap = site.read("sitemap.xml");
        assertTrue(sitemap.contains("<url><loc>https://example.org/blog/posts/alpha/</loc><lastmod>2024-02-03</lastmod></url>"), sitemap);
    }

    @Test
    void metadataIsEscapedInHtmlXmlAndFeed() {
        TestSite site = new TestSite(dir).post("x.md", "<script>alert('t')</script> & co", "2024-01-01",
                "summary: \"<b>bold</b>\"", "tags: [\"<i>\"]", "custom: \"<img src=x onerror=alert(1)>\"");
        site.build();
        String page = site.read("posts/script-alert-t-script-co/index.html");
        assertFalse(page.contains("<script>"), page);
        assertFalse(page.contains("<img src=x"), page);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; co"), page);
        assertTrue(page.contains("&lt;img src&#61;x onerror&#61;alert(1)&gt;"), page);
        String feed = site.read("feed.xml");
        assertTrue(feed.contains("<title>&lt;script&gt;alert('t')&lt;/script&gt; &amp; co</title>"), feed);
        assertTrue(site.read("index.html").contains("&lt;b&gt;bold&lt;/b&gt;"));
    }

    @Test
    void similarPostsAndPreviousNextLinks() {
        TestSite site = new TestSite(dir)
                .post("a.md", "Alpha", "2024-01-01", "tags: [caching, cdn]", "stack: [php]")
                .post("b.md", "Beta", "2024-01-02", "tags: [caching, cdn]", "stack: [php]")
                .post("c.md", "Gamma", "2024-01-03", "tags: [other]", "stack: [go]");
        site.build();
        String beta = site.read("posts/beta/index.html");
        assertTrue(beta.contains("<h2 id=\"press_similar\">Similar posts</h2>"), beta);
        int similar = beta.indexOf("press_similar");
        assertTrue(beta.indexOf("/posts/alpha/", similar) < beta.indexOf("/posts/gamma/", similar), "the post sharing terms ranks first");
        assertTrue(beta.contains("<a href=\"/posts/alpha/\">Alpha</a> <span class=\"why\">shares stack: php, tag: caching, tag: cdn</span>"),
                "on a three-post site shared terms still count (the too-common cut is for large sites): " + beta);
        assertTrue(beta.contains("<a rel=\"prev\" href=\"/posts/alpha/\">"), "previous is the older post");
        assertTrue(beta.contains("<a rel=\"next\" href=\"/posts/gamma/\">"), "next is the newer post");
    }

    @Test
    void duplicateSlugsNameBothFiles() {
        TestSite site = new TestSite(dir).post("a.md", "Same", "2024-01-01").post("z/b.md", "Same", "2024-01-02");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of("content/posts/z/b.md:2:1: slug \"same\" is also used by content/posts/a.md:2:1, expected each post to have its own slug (set slug: to tell them apart)"),
                e.lines());
    }

    @Test
    void templateErrorsAreProblemsOfTheTemplateFile() {
        TestSite site = new TestSite(dir).post("a.md", "A", "2024-01-01").file("templates/terms.mustache", "{{#open}} never closed");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(1, e.lines().size());
        assertTrue(e.lines().get(0).startsWith("templates/terms.mustache:1: template error: "), e.lines().get(0));
    }

    @Test
    void aMisspelledTemplateNameIsAnErrorNotABlank() {
        TestSite site = new TestSite(dir).post("a.md", "A", "2024-01-01")
                .file("templates/404.mustache", "{{<layout}}{{$main}}<h1>{{head.titel}}</h1>{{/main}}{{/layout}}\n");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(1, e.lines().size(), e.lines().toString());
        assertEquals("templates/404.mustache:1: template error: {{head.titel}} is not a value of this page's view, expected one of its fields (see press.render.Views)",
                e.lines().get(0));
    }
}
