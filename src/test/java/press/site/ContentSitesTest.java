package press.site;

import press.testing.SiteFixture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.pipeline.BuildResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fixture sites shaped like real Hugo and Jekyll content folders ({@code src/test/resources/sites/}):
 * every source file gives a page, nothing is skipped, and every internal link resolves, at the
 * root and under a sub-path.
 */
class ContentSitesTest {
    static final Path SITES = SiteFixture.REPO.resolve("src/test/resources/sites");

    @TempDir
    Path tmp;

    static Path site(Path tmp, String name) {
        return SiteFixture.site(tmp.resolve(name), SITES.resolve(name).resolve("content"));
    }

    @Test
    void hugoDocsSiteBuildsEveryFileWithWorkingLinks() {
        Path site = site(tmp, "hugo-docs");
        for (String base : new String[] {null, "http://127.0.0.1:8080/blog/"}) {
            Path out = tmp.resolve("out" + (base == null ? "" : "-sub"));
            BuildResult r = SiteFixture.build(site, out, base, 2);
            assertEquals(List.of(), r.warnings());
            assertEquals(0, r.skipped());
            assertEquals(2, r.posts());
            assertEquals(8, r.contentPages()); // about, install, configure, faq, upgrade (TOML), reference (JSON), first-site, deploy
            SortedMap<String, byte[]> tree = SiteFixture.tree(out);
            for (String f : List.of("about/index.html", "docs/index.html", "docs/install/index.html", "docs/configure/index.html",
                    "docs/faq/index.html", "docs/guides/index.html", "docs/guides/first-site/index.html",
                    "docs/guides/first-site/diagram.svg", "docs/guides/deploy/index.html", "posts/release-1-0/index.html",
                    "posts/release-notes-with-a-chart/chart.svg", "docs/upgrade/index.html", "docs/reference/index.html",
                    "docs/upgrading/index.html", "old-upgrade.html", "documentation/index.html", "2024/03/release/index.html", "categories/news/index.html")) {
                assertTrue(tree.containsKey(f), f + " missing from " + tree.keySet());
            }
            LinkChecker c = LinkChecker.check(tree, base != null ? base : "https://docs.example/");
            assertEquals(List.of(), c.problems);
        }
    }

    @Test
    void hugoSectionsListByWeightThenTitleWithBreadcrumbsAndMenu() {
        Path site = site(tmp, "hugo-docs");
        SiteFixture.build(site, tmp.resolve("out"), "https://example.org/blog/", 2);
        String docs = read("out/docs/index.html");
        int install = docs.indexOf("/blog/docs/install/"), configure = docs.indexOf("/blog/docs/configure/"), faq = docs.indexOf("/blog/docs/faq/");
        assertTrue(install > 0 && install < configure && configure < faq, docs);
        assertTrue(docs.contains("<a href=\"/blog/docs/guides/\">Guides</a>"), docs);
        assertTrue(docs.contains("The sections below go from installing to deploying."), docs);
        String deploy = read("out/docs/guides/deploy/index.html");
        assertTrue(deploy.contains("<li><a href=\"/blog/\">Home</a></li>\n<li><a href=\"/blog/docs/\">Documentation</a></li>\n"
                + "<li><a href=\"/blog/docs/guides/\">Guides</a></li>\n<li aria-current=\"page\">Deploy</li>"), deploy);
        // menu: config entry (weight 1) before the page with menu: main (weight 5), between Home and the taxonomies
        assertTrue(deploy.contains("<li><a href=\"/blog/\">Home</a></li>\n<li><a href=\"/blog/docs/\">Docs</a></li>\n"
                + "<li><a href=\"/blog/about/\">About</a></li>\n<li><a href=\"/blog/tags/\">Tags</a></li>"), deploy);
        String home = read("out/index.html");
        assertTrue(home.contains("Welcome. Start with"), home);
        assertTrue(home.contains("<li><a href=\"/blog/docs/\">Documentation</a></li>"), home);
        assertTrue(read("out/sitemap.xml").contains("<loc>https://example.org/blog/docs/guides/deploy/</loc>"));
        String faqPage = read("out/docs/faq/index.html");
        assertTrue(faqPage.contains("<a href=\"/blog/docs/install/\">install</a>") && faqPage.contains("src=\"/blog/docs/guides/first-site/diagram.svg\""), faqPage);
    }

    @Test
    void hugoFrontMatterInTomlAndJsonAndAliasesThatRedirect() {
        Path site = site(tmp, "hugo-docs");
        SiteFixture.build(site, tmp.resolve("out"), "https://example.org/blog/", 2);
        String alias = read("out/docs/upgrading/index.html");
        assertTrue(alias.contains("<link rel=\"canonical\" href=\"https://example.org/blog/docs/upgrade/\">"), alias);
        assertTrue(alias.contains("<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/blog/docs/upgrade/\">"), alias);
        assertTrue(read("out/2024/03/release/index.html").contains("url=https://example.org/blog/posts/release-1-0/"));
        assertTrue(read("out/documentation/index.html").contains("<link rel=\"canonical\" href=\"https://example.org/blog/docs/\">"), "an _index.md's alias");
        assertTrue(read("out/docs/upgrade/index.html").contains("Upgrading keeps"));
        assertTrue(read("out/docs/reference/index.html").contains("<meta name=\"description\" content=\"every setting, by name\">"));
        String docs = read("out/docs/index.html");
        assertTrue(docs.indexOf("/blog/docs/upgrade/") < docs.indexOf("/blog/docs/reference/") && docs.indexOf("/blog/docs/reference/") < docs.indexOf("/blog/docs/faq/"), docs);
        assertTrue(read("out/sitemap.xml").contains("<loc>https://example.org/blog/docs/upgrade/</loc><lastmod>2024-04-01</lastmod>"));
        assertTrue(read("out/categories/news/index.html").contains("/blog/posts/release-1-0/"));
    }

    @Test
    void hugoShortcodesExpand() {
        Path site = site(tmp, "hugo-docs");
        SiteFixture.build(site, tmp.resolve("out"), "https://example.org/blog/", 2);
        String c = read("out/docs/configure/index.html");
        for (String expected : List.of("(since version 0.9)", "<a href=\"/blog/docs/install/\">the install page</a>",
                "<a href=\"/blog/docs/guides/deploy/\">deploying</a>", "<figure>", "src=\"/blog/docs/guides/first-site/diagram.svg\"",
                "<figcaption>The site layout</figcaption>", "<code class=\"language-go\"><span class=\"hl-k\">func</span> main() { fmt.<span class=\"hl-t\">Println</span>(<span class=\"hl-s\">&quot;&lt;hi&gt;&quot;</span>) }",
                "<details><summary>More settings</summary>", "Hidden <strong>text</strong>.", "</details>",
                "<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">YouTube video dQw4w9WgXcQ</a>",
                "{{&lt; figure src=&quot;x.png&quot; &gt;}}", "{{&lt; not-expanded-in-code &gt;}}")) {
            assertTrue(c.contains(expected), expected + " missing in:\n" + c);
        }
        assertFalse(c.contains("PRESSSHORTCODE") || c.contains("__press_ref__"), c);
    }

    @Test
    void jekyllBlogReadsPostsMarkdownFilesAndPages() {
        Path site = site(tmp, "jekyll-blog");
        BuildResult r = SiteFixture.build(site, tmp.resolve("out"), null, 2);
        assertEquals(List.of(), r.warnings());
        assertEquals(3, r.posts());
        assertEquals(3, r.contentPages()); // about, contact, and old-about, which only redirects (redirect_to:)
        String hello = read("out/posts/hello-world/index.html");
        assertTrue(hello.contains("datetime=\"2016-06-03\""), hello);
        assertTrue(hello.contains("<a class=\"term\" href=\"/categories/jekyll/\">jekyll</a> <a class=\"term\" href=\"/categories/update/\">update</a>"), hello);
        assertTrue(read("out/index.html").contains("A first look at the blog."), "excerpt is the summary");
        assertTrue(read("out/about/index.html").contains("This blog is about"));
        assertTrue(read("out/contact/index.html").contains("Write to us."));
        assertTrue(read("out/posts/new-year/index.html").contains("datetime=\"2017-01-02\""));
        String second = read("out/posts/a-second-post/index.html");
        for (String expected : List.of("<a href=\"/posts/hello-world/\">the first post</a>", "<a href=\"/about/\">about</a>",
                "<code class=\"language-ruby\">puts <span class=\"hl-s\">&quot;hello&quot;</span>", "Liquid such as {{ page.title }} is shown as written.")) {
            assertTrue(second.contains(expected), expected + " missing in:\n" + second);
        }
        for (String base : new String[] {null, "http://127.0.0.1:8080/blog/"}) {
            Path out = tmp.resolve("links" + (base == null ? "" : "-sub"));
            SiteFixture.build(site, out, base, 2);
            assertEquals(List.of(), LinkChecker.check(SiteFixture.tree(out), base != null ? base : "https://blog.example/").problems);
        }
    }

    @Test
    void jekyllRedirectFromAndRedirectToAreRedirectPages() {
        Path site = site(tmp, "jekyll-blog");
        write(site.resolve("content/twitter.md"), "---\ntitle: Twitter\nredirect_to: https://twitter.example/blog\n---\n");
        SiteFixture.build(site, tmp.resolve("out"), "https://example.org/blog/", 2);
        // redirect_from: as a string on a page, as a list on a post (an .html address and a folder)
        for (String[] from : new String[][] {{"contact-us/index.html", "https://example.org/blog/contact/"},
                {"2016/06/03/hello-world.html", "https://example.org/blog/posts/hello-world/"},
                {"hello/index.html", "https://example.org/blog/posts/hello-world/"},
                // redirect_to: the page itself is the redirect, to a site path (with the base path) or a URL
                {"old-about/index.html", "https://example.org/blog/about/"}, {"twitter/index.html", "https://twitter.example/blog"}}) {
            String page = read("out/" + from[0]);
            assertTrue(page.contains("<link rel=\"canonical\" href=\"" + from[1] + "\">"), from[0] + ":\n" + page);
            assertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=" + from[1] + "\">"), from[0] + ":\n" + page);
        }
        String sitemap = read("out/sitemap.xml");
        assertFalse(sitemap.contains("/twitter/") || sitemap.contains("/old-about/"), "a redirect is not listed: " + sitemap);
        assertFalse(read("out/index.html").contains("/blog/twitter/"), "nor in the home page's contents");
    }

    private static void write(Path file, String text) {
        try {
            java.nio.file.Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String read(String file) {
        try {
            return java.nio.file.Files.readString(tmp.resolve(file), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
