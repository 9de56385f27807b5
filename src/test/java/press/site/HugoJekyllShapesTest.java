package press.site;

import press.testing.SiteFixture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.pipeline.BuildResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fixture sites in the shapes of public Hugo themes' example sites and Jekyll release-news blogs
 * ({@code sites/hugo-blog}, {@code sites/jekyll-news}): permalink patterns from site.yaml and front
 * matter, a post's {@code url:}, pages without front matter, leaf bundles with Markdown resources,
 * shortcodes inside unknown shortcodes, Liquid output. Every file builds, every link resolves, at
 * the root and under a sub-path.
 */
class HugoJekyllShapesTest {
    private static final String BUILT_IN = "[comment, details, figure, gist, highlight, instagram, param, ref, relref, tweet, twitter, "
            + "twitter_simple, vimeo, vimeo_simple, x, youtube]";

    @TempDir
    Path tmp;

    @Test
    void hugoBlogWithPermalinksBundlesAndUnknownShortcodes() {
        Path site = ContentSitesTest.site(tmp, "hugo-blog");
        for (String base : new String[] {null, "http://127.0.0.1:8080/blog/"}) {
            Path out = tmp.resolve("out" + (base == null ? "" : "-sub"));
            BuildResult r = SiteFixture.build(site, out, base, 2);
            assertEquals(List.of(unknown("content/docs/getting-started/create-a-site.md:7:1", "tabs"),
                    unknown("content/docs/getting-started/create-a-site.md:8:1", "tab"),
                    unknown("content/docs/hints.md:11:1", "hint"), unknown("content/posts/shortcodes.md:21:1", "notice")), r.warnings());
            assertEquals(0, r.skipped());
            assertEquals(3, r.posts());
            // about, contact, introduction, create-a-site, hints, markdown, legacy, first snippet, theme, about.pl, field-notes.pl;
            // notes.md is a resource; widgets/ is headless and docs/internal.md never rendered
            assertEquals(11, r.contentPages());
            SortedMap<String, byte[]> tree = SiteFixture.tree(out);
            for (String f : List.of("2023/07/shortcodes-in-a-post/index.html", "2020/10/field-notes/index.html", "2020/10/field-notes/chart.svg",
                    "2020/10/field-notes/notes.md", "past/moved-post/index.html", "2020/field-notes.html", "notes/field/index.html",
                    "docs/hints/index.html", "docs/getting-started/introduction/index.html", "snippets/first/index.html", "about/index.html",
                    "pl/index.html", "pl/about/index.html", "pl/2020/10/field-notes/index.html", "pl/2020/10/field-notes/chart.svg",
                    "pl/2020/10/field-notes/notes.md")) {
                assertTrue(tree.containsKey(f), f + " missing from " + tree.keySet());
            }
            assertFalse(tree.keySet().stream().anyMatch(f -> f.startsWith("posts/shortcodes") || f.contains("field-notes/notes/")
                    || f.startsWith("widgets/") || f.startsWith("docs/internal")), tree.keySet().toString());
            assertTrue(tree.containsKey("docs/legacy/index.html"), "build: {list: never} is still rendered");
            LinkChecker c = LinkChecker.check(tree, base != null ? base : "https://coder.example/");
            assertEquals(List.of(), c.problems);
        }
        String sub = "out-sub/";
        String post = read(sub + "2020/10/field-notes/index.html");
        assertTrue(post.contains("<img src=\"chart.svg\" alt=\"Chart\" width=\"10\" height=\"10\" />") && post.contains("<a href=\"notes.md\">raw notes</a>"), post);
        assertTrue(read(sub + "2020/field-notes.html").contains("url=http://127.0.0.1:8080/blog/2020/10/field-notes/"));
        String about = read(sub + "about/index.html");
        assertTrue(about.contains("<a href=\"/blog/2023/07/shortcodes-in-a-post/\">first post</a>"), about);
        String hints = read(sub + "docs/hints/index.html");
        assertTrue(hints.contains("<h1>Hints</h1>") && hints.contains("{{% hint info %}}\n<p><strong>Markdown content</strong></p>\n{{% /hint %}}"), hints);
        String create = read(sub + "docs/getting-started/create-a-site/index.html");
        assertEquals(1, create.split("<h1", -1).length - 1, "a page without title: takes its first # heading as title, shown once: " + create);
        assertTrue(create.contains("<h1>Create a Site</h1>") && create.contains("<title>Create a Site | "), create);
        String intro = read(sub + "docs/getting-started/introduction/index.html");
        assertEquals(1, intro.split("<h1", -1).length - 1, intro);
        assertTrue(create.contains("{{% tab &quot;Git Submodule&quot; %}}\n<pre><code class=\"language-bash\">git submodule add"), create);
        String shortcodes = read(sub + "2023/07/shortcodes-in-a-post/index.html");
        assertTrue(shortcodes.contains("<a href=\"https://x.com/SomeZoo/status/1453110110599868418\">Post by @SomeZoo on X</a>"), shortcodes);
        String docs = read(sub + "docs/index.html");
        assertTrue(docs.contains("/blog/docs/hints/") && !docs.contains("legacy") && !docs.contains("internal"), docs);
        String sitemap = read(sub + "sitemap.xml");
        assertTrue(sitemap.contains("/blog/docs/hints/") && !sitemap.contains("legacy") && !sitemap.contains("widgets"), sitemap);
        String pl = read(sub + "pl/about/index.html");
        assertTrue(pl.contains("<html lang=\"pl\">") && pl.contains("<a href=\"/blog/2023/07/shortcodes-in-a-post/\">pierwszy wpis</a>"), pl);
        assertTrue(read(sub + "pl/index.html").contains("<a href=\"/blog/pl/about/\">o stronie</a>"));
        assertTrue(read(sub + "feed.xml").contains("http://127.0.0.1:8080/blog/past/moved-post/"));
        assertTrue(read(sub + "sitemap.xml").contains("<loc>http://127.0.0.1:8080/blog/2020/10/field-notes/</loc>"));
    }

    @Test
    void headingAttributesDefinitionListsAndFootnotesAsGoldmarkAndKramdownRenderThem() {
        SiteFixture.build(ContentSitesTest.site(tmp, "hugo-blog"), tmp.resolve("hugo"), null, 2);
        String hugo = read("hugo/docs/markdown/index.html");
        for (String expected : List.of("<h2 id=\"setup\" class=\"wide\">Install the tool <a class=\"anchor\" href=\"#setup\">",
                "<h2 id=\"glossary\">Words <a", "<h2 id=\"plain\">Plain <a", "<h2 id=\"plain-2\" class=\"note\">Attributes that stay out <a",
                "<dl>\n<dt>Front matter</dt>\n<dd>The fields at the top of a file.</dd>\n<dt>Bundle</dt>\n<dd>A folder with an <code>index.md</code>.</dd>\n"
                        + "<dd>Its other files are resources.</dd>\n</dl>",
                "Run it once.<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>",
                "<li id=\"fn-1\">\n<p>Hugo renders footnotes too.</p>\n<a href=\"#fnref-1\" class=\"footnote-backref\">")) {
            assertTrue(hugo.contains(expected), expected + " missing in:\n" + hugo);
        }
        assertFalse(hugo.contains("onclick") || hugo.contains("color:red") || hugo.contains("{#"), hugo);
        SiteFixture.build(ContentSitesTest.site(tmp, "jekyll-news"), tmp.resolve("jekyll"), null, 2);
        String jekyll = read("jekyll/docs/themes/index.html");
        for (String expected : List.of("<h2 id=\"install\">Installing a theme <a", "<h2 id=\"terms\">Terms <a",
                "<dl>\n<dt>Gem</dt>\n<dd>A packaged Ruby library.</dd>\n</dl>", "<li id=\"fn-1\">\n<p>Since Jekyll 3.2.</p>")) {
            assertTrue(jekyll.contains(expected), expected + " missing in:\n" + jekyll);
        }
    }

    @Test
    void jekyllNewsWithSitePermalinkFrontMatterStylesAndLiquidOutput() {
        Path site = ContentSitesTest.site(tmp, "jekyll-news");
        for (String base : new String[] {null, "http://127.0.0.1:8080/blog/"}) {
            Path out = tmp.resolve("out" + (base == null ? "" : "-sub"));
            BuildResult r = SiteFixture.build(site, out, base, 2);
            String f = "content/_posts/2013-05-12-release-1-0-2.markdown:";
            assertEquals(List.of(f + "15:1: unknown Liquid tag {% assign %}, expected one of [highlight, include, link, post_url, raw]; shown as text",
                    f + "16:1: unknown Liquid tag {% for %}, expected one of [highlight, include, link, post_url, raw]; shown as text",
                    f + "17:3: Liquid output {{ issue }} is not evaluated, expected text or a shortcode; shown as text",
                    f + "17:17: Liquid output {{ site.repository }} has no value, expected repository in site.yaml (params: {repository: ...}); shown as text",
                    f + "17:46: Liquid output {{ issue }} is not evaluated, expected text or a shortcode; shown as text",
                    f + "18:1: unknown Liquid tag {% endfor %}, expected one of [highlight, include, link, post_url, raw]; shown as text"), r.warnings());
            assertEquals(0, r.skipped());
            assertEquals(5, r.posts());
            assertEquals(2, r.contentPages());
            SortedMap<String, byte[]> tree = SiteFixture.tree(out);
            for (String p : List.of("news/2013/05/12/release-1-0-2/index.html", "news/2016/08/02/release-3-2-1/index.html",
                    "news/2009/09/05/edge-case-no-yaml-title/index.html", "markup/markup-syntax-highlighting.html",
                    "post-formats/2010/03/07/post-link/index.html", "docs/history/index.html", "categories/release/index.html")) {
                assertTrue(tree.containsKey(p), p + " missing from " + tree.keySet());
            }
            assertFalse(tree.keySet().stream().anyMatch(p -> p.startsWith("posts/") && !p.equals("posts/index.html")), tree.keySet().toString());
            assertEquals(List.of(), LinkChecker.check(tree, base != null ? base : "https://news.example/").problems);
        }
        String release = read("out-sub/news/2013/05/12/release-1-0-2/index.html");
        assertTrue(release.contains("<a href=\"/blog/news/2016/08/02/release-3-2-1/\">next release</a>"), release);
        assertTrue(release.contains("<a href=\"/blog/docs/history/#v102\">History</a>"), release);
        assertTrue(read("out-sub/news/2016/08/02/release-3-2-1/index.html").contains("<a href=\"/blog/docs/history/\">the History page</a>"));
        String untitled = read("out-sub/news/2009/09/05/edge-case-no-yaml-title/index.html");
        assertTrue(untitled.contains("<h1>Edge case no yaml title</h1>"), untitled);
        String fix = read("out-sub/news/2016/08/02/release-3-2-1/index.html");
        assertEquals(1, fix.split("<h1", -1).length - 1, "the body's # title is not shown twice: " + fix);
        String releases = read("out-sub/categories/release/index.html");
        assertTrue(releases.contains("/blog/news/2013/05/12/release-1-0-2/") && releases.contains("/blog/news/2016/08/02/release-3-2-1/"), releases);
        String code = read("out-sub/markup/markup-syntax-highlighting.html");
        assertTrue(code.contains("{{ page.next.url }}") && code.contains("language-scss"), code);
        assertFalse(code.contains("raw %}"), "Jekyll runs Liquid on code too: {% raw %} in a fence vanishes: " + code);
    }

    private static String unknown(String at, String name) {
        return at + ": unknown shortcode {{< " + name + " >}}, expected templates/shortcodes/" + name + ".mustache or one of " + BUILT_IN + "; shown as text";
    }

    private String read(String file) {
        try {
            return Files.readString(tmp.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
