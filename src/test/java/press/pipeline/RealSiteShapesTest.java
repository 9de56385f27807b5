package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.BuildException;
import press.testing.TestSite;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shapes found by building public Jekyll and Hugo content with press (see "Tried on real sites" in
 * docs/content/guide/pages-and-sections.md), each written here small: a Jekyll docs collection with its
 * own index.md, the index.md of `jekyll new`, site values in bodies, and a highlight block quoting itself.
 */
class RealSiteShapesTest {
    @TempDir
    Path dir;

    @Test
    void aJekyllCollectionWithOutputIsPagesUnderItsNameAndItsIndexMdIsNoBundle() {
        TestSite site = new TestSite(dir).config("collections:\n  docs: {output: true}\n  recipes: {output: false}\n")
                .file("content/_docs/index.md", "---\ntitle: Welcome\npermalink: /docs/home/\n---\nstart here, then [install](/docs/installation/)\n")
                .file("content/_docs/installation.md", "---\ntitle: Installation\n---\ngem install\n")
                .file("content/_docs/guides/deploy.md", "---\ntitle: Deploy\n---\nrsync\n")
                .file("content/_recipes/soup.md", "---\ntitle: Soup\n---\nwater\n");
        BuildResult r = site.build();
        assertEquals(3, r.contentPages());
        assertTrue(site.read("docs/home/index.html").contains("start here"));
        assertTrue(site.read("docs/installation/index.html").contains("gem install"), "a sibling of index.md is a page, not a bundle resource");
        assertTrue(site.read("docs/guides/deploy/index.html").contains("rsync"));
        assertTrue(site.read("docs/index.html").contains("href=\"/docs/installation/\""));
        assertFalse(site.exists("_docs/installation/index.html"));
        assertEquals(List.of("content/_recipes/soup.md: skipped: the collection recipes is not published (Jekyll's default), expected output: true "
                + "under collections.recipes in site.yaml to publish it"), r.warnings());
    }

    @Test
    void aCollectionsPermalinkFillsInCollectionAndPath() {
        TestSite site = new TestSite(dir).config("collections:\n  docs:\n    output: true\n    permalink: /manual/:collection/:path/\n")
                .file("content/_docs/guides/deploy.md", "---\ntitle: Deploy\n---\nrsync\n")
                .file("content/_docs/index.md", "---\ntitle: Docs home\n---\nthe docs\n");
        site.build();
        assertTrue(site.read("manual/docs/guides/deploy/index.html").contains("rsync"));
        assertTrue(site.read("docs/index.html").contains("the docs"), "a collection's index.md without a permalink is its section's text");
    }

    @Test
    void jekyllsTopIndexMdIsTheHomePageText() {
        TestSite site = new TestSite(dir).post("a.md", "Alpha", "2024-01-01")
                .file("content/index.markdown", "---\n# Feel free to add content\nlayout: home\n---\nWelcome to the site.\n");
        BuildResult r = site.build();
        assertEquals(List.of(), r.warnings());
        assertTrue(site.read("index.html").contains("Welcome to the site."));
    }

    @Test
    void aPageAtATaxonomyListsAddressGivesThatListItsTitleAndText() {
        // Chirpy's _tabs/tags.md and Hugo's content/tags/_index.md: the list of tags with the author's words
        TestSite site = new TestSite(dir).post("a.md", "Alpha", "2024-01-01", "tags: [caching]")
                .file("content/tags.md", "---\ntitle: All the tags\ndescription: Every tag of the site.\n---\nBrowse by *tag*.\n");
        BuildResult r = site.build();
        assertEquals(List.of(), r.warnings());
        String tags = site.read("tags/index.html");
        assertTrue(tags.contains("<h1>All the tags</h1>"), tags);
        assertTrue(tags.contains("<p>Browse by <em>tag</em>.</p>"), tags);
        assertTrue(tags.contains("href=\"/tags/caching/\""), "the list is still there: " + tags);
        assertTrue(tags.contains("<meta name=\"description\" content=\"Every tag of the site.\""), tags);
    }

    @Test
    void hugosTaxonomyIndexFileGivesTheListItsTextAndTwoGiversAreAnError() {
        TestSite site = new TestSite(dir).post("a.md", "Alpha", "2024-01-01", "tags: [caching]")
                .file("content/tags/_index.md", "---\ntitle: Tag list\n---\nWords about tags.\n");
        site.build();
        assertTrue(site.read("tags/index.html").contains("<h1>Tag list</h1>"));
        assertTrue(site.read("tags/index.html").contains("Words about tags."));
        site.file("content/tags.md", "---\ntitle: Tags again\n---\nx\n");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of("content/tags/_index.md:1:1: the text of the list /tags/ is also given by content/tags.md:1:1, expected one page at that address"),
                e.lines());
    }

    @Test
    void aPageUnderATaxonomysAddressOrAtAListTheSiteDoesNotMakeIsAnError() {
        TestSite site = new TestSite(dir).post("a.md", "Alpha", "2024-01-01", "tags: [caching]")
                .file("content/tags/caching.md", "---\ntitle: Caching\n---\nx\n")
                .file("content/categories.md", "---\ntitle: Categories\n---\ny\n");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of("content/categories.md:1:1: page path /categories/ is kept for the list of categories, which this site "
                        + "does not make (no post has them), expected another file name or url:",
                "content/tags/caching.md:1:1: page path /tags/caching/ is used by the site's own pages (home, posts, taxonomies, archive, "
                        + "search, assets, feed), expected another file name or url:"), e.lines());
    }

    @Test
    void indexMdBesideIndexUnderscoreMdIsAnErrorAtTheLaterFile() {
        TestSite site = new TestSite(dir)
                .file("content/_index.md", "---\ntitle: Home\n---\nx\n")
                .file("content/index.md", "---\ntitle: Also home\n---\ny\n");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of("content/index.md:1:1: the text of the home page is also given by content/_index.md:1:1, "
                + "expected one index file per folder (_index.md, or Jekyll's index.md at the top)"), e.lines());
    }

    @Test
    void siteValuesAndUrlFiltersArePrintedUnderTheBasePath() {
        TestSite site = new TestSite(dir).config("base_url: https://example.org/blog/\nparams:\n  repository: https://github.com/o/r\n  social: {github: o}\n")
                .file("content/about.md", "---\ntitle: About\nauthor: Ann\n---\n"
                        + "[#12]({{ site.repository }}/issues/12) by {{ page.author }} on {{ site.social.github }}\n\n"
                        + "![logo]({{ \"/img/logo.png\" | relative_url }}) and {{ '/feed.xml' | absolute_url }}\n\n"
                        + "{{< param repository >}} {{ site.nope }} {{ \"/x\" | upcase }}\n");
        BuildResult r = site.build();
        String html = site.read("about/index.html");
        assertTrue(html.contains("<a href=\"https://github.com/o/r/issues/12\">#12</a> by Ann on o"), html);
        assertTrue(html.contains("src=\"/blog/img/logo.png\""), html);
        assertTrue(html.contains("https://example.org/blog/feed.xml"), html);
        assertEquals(List.of(
                "content/about.md:9:26: Liquid output {{ site.nope }} has no value, expected nope in site.yaml (params: {nope: ...}); shown as text",
                "content/about.md:9:42: Liquid output {{ \"/x\" | upcase }} is not evaluated, expected text or a shortcode; shown as text"), r.warnings());
    }

    @Test
    void aHighlightBlockMayQuoteItsOwnEndTagInRaw() {
        TestSite site = new TestSite(dir)
                .file("content/guide.md", "---\ntitle: Guide\n---\n{% highlight text %}\n{% raw %}{% highlight ruby %}{% endraw %}\ndef show\n"
                        + "{% raw %}{% endhighlight %}{% endraw %}\n{% endhighlight %}\n\nafter\n");
        BuildResult r = site.build();
        assertEquals(List.of(), r.warnings());
        String html = site.read("guide/index.html");
        assertTrue(html.contains("{% highlight ruby %}\ndef show\n{% endhighlight %}"), html);
        assertTrue(html.contains("<p>after</p>"), html);
    }

    @Test
    void unknownCollectionSettingsAndWrongShapesAreErrorsAtTheirPlace() {
        TestSite site = new TestSite(dir).config("collections:\n  docs: {output: true, sort_by: order}\n  _bad: {output: true}\nparams: [a]\n");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(3, e.lines().size(), String.join("\n", e.lines()));
        assertTrue(e.lines().get(0).equals("content/site.yaml:2:24: collections.docs.sort_by: unknown setting, expected one of [output, permalink]"), e.lines().get(0));
    }
}
