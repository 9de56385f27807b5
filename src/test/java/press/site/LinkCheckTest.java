package press.site;

import press.testing.SiteFixture;

import press.testing.GeneratedPosts;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every internal link of a built site resolves, at a domain root and under a sub-path; nothing loads from other hosts. */
class LinkCheckTest {
    @TempDir
    static Path tmp;
    static Path generated;

    @BeforeAll
    static void generatedSite() {
        generated = SiteFixture.site(tmp.resolve("gen"), null);
        GeneratedPosts.write(generated.resolve("content/posts"), 40, 11);
    }

    @Test
    void generatedSiteAtTheRoot() {
        assertNoBrokenLinks(generated, "http://127.0.0.1:8080/", 60);
    }

    @Test
    void generatedSiteUnderASubPath() {
        assertNoBrokenLinks(generated, "http://127.0.0.1:8080/blog/", 60);
    }

    @Test
    void theRepoSiteAtTheRootAndUnderASubPath() {
        // content/posts may still be empty; the home, taxonomy index and 404 pages are checked anyway
        assertNoBrokenLinks(SiteFixture.REPO, "https://alphanode.example/", 3);
        assertNoBrokenLinks(SiteFixture.REPO, "http://127.0.0.1:8080/blog/", 3);
    }

    @Test
    void goldenSites() {
        for (String name : SiteFixture.goldenSites()) {
            Path site = SiteFixture.site(tmp.resolve(name), SiteFixture.REPO.resolve("src/test/resources/golden/" + name + "/site/content"));
            assertNoBrokenLinks(site, null, 10);
        }
    }

    @Test
    void theCheckerFindsBrokenLinksFragmentsAndForeignScripts() {
        SortedMap<String, byte[]> tree = new TreeMap<>();
        tree.put("index.html", html("<a href=\"/blog/posts/a/\">ok</a><a href=\"/blog/posts/missing/\">missing</a>"
                + "<a href=\"/blog/posts/a/#nope\">bad fragment</a><a href=\"/posts/a/\">outside base</a>"
                + "<script src=\"https://cdn.example.com/x.js\"></script>"));
        tree.put("posts/a/index.html", html("<div class=\"post-body\"><a href=\"https://example.com/\">fine</a>"
                + "<a href=\"../missing/\">relative, broken</a><a href=\"#top\">own fragment, missing</a></div>"));
        tree.put("sitemap.xml", "<urlset><url><loc>http://h.test/blog/gone/</loc></url></urlset>".getBytes(StandardCharsets.UTF_8));
        tree.put("feed.xml", "<feed><link href=\"http://h.test/blog/\"/></feed>".getBytes(StandardCharsets.UTF_8));
        LinkChecker c = LinkChecker.check(tree, "http://h.test/blog/");
        String all = String.join("\n", c.problems);
        assertEquals(9, c.problems.size(), all);
        for (String expected : List.of("no file posts/missing/index.html", "names #nope", "outside the site at /blog/",
                "x.js\"> points to another host outside a post body", "#top", "no file gone/index.html")) {
            assertTrue(all.contains(expected), "expected a problem with '" + expected + "' in:\n" + all);
        }
    }

    private static byte[] html(String body) {
        return ("<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private void assertNoBrokenLinks(Path site, String baseUrl, int atLeastPages) {
        Path out = tmp.resolve("out-" + site.getFileName() + "-" + (baseUrl == null ? "own" : baseUrl.hashCode()));
        SiteFixture.build(site, out, baseUrl, 2);
        SortedMap<String, byte[]> tree = SiteFixture.tree(out);
        String served = baseUrl != null ? baseUrl : siteBaseUrl(tree);
        LinkChecker c = LinkChecker.check(tree, served);
        System.out.println("links: " + site.getFileName() + " at " + served + ": " + c.pages + " pages, "
                + c.checked + " URLs checked, " + c.problems.size() + " broken");
        assertTrue(c.pages >= atLeastPages, "expected at least " + atLeastPages + " pages, got " + c.pages);
        assertEquals(List.of(), c.problems.stream().limit(30).toList(), "broken links in " + site + " at " + served);
    }

    /** A golden site's own base URL, read back from its robots.txt so the test does not repeat site.yaml. */
    private static String siteBaseUrl(SortedMap<String, byte[]> tree) {
        String robots = new String(tree.get("robots.txt"), StandardCharsets.UTF_8);
        String sitemap = robots.lines().filter(l -> l.startsWith("Sitemap:")).findFirst().orElseThrow().substring(8).trim();
        return sitemap.substring(0, sitemap.length() - "sitemap.xml".length());
    }
}
