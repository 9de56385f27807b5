package press.pipeline;

import press.testing.TestSite;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What each page is given, read back as data through the test theme (every template prints its
 * view as {@code kind|value|...} lines): navigation, heads, pagination, previous and next,
 * taxonomies, similar posts, sections and breadcrumbs. Markup is the golden sites' business.
 */
class ViewDataTest {
    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void threePostsAndADocsSection() {
        site = TestSite.withTestTheme(dir)
                .config("title: T\nbase_url: https://example.org/blog/\nposts_per_page: 2\nmenu:\n  - {name: Docs, url: /docs/, weight: 1}\n");
        for (int i = 1; i <= 3; i++) {
            site.post("p" + i + ".md", "Post " + i, "2024-01-0" + i, "tags: [go, Go Lang]", "stack: [python services]",
                    "summary: s" + i, "checklist: [one, two]");
        }
        site.file("content/docs/_index.md", "---\ntitle: Docs\n---\nintro\n")
                .file("content/docs/install.md", "---\ntitle: Install\nweight: 2\ndescription: how\n---\ninstall\n")
                .file("content/docs/alpha.md", "---\ntitle: Alpha\nweight: 1\n---\nalpha\n");
        site.build();
    }

    @Test
    void everyPageHasTheSiteNavigationUnderTheBasePath() {
        for (String page : List.of("index.html", "posts/post-1/index.html", "tags/index.html", "docs/install/index.html", "404.html")) {
            assertEquals(List.of("Home|/blog/", "Docs|/blog/docs/", "Tags|/blog/tags/", "Stacks|/blog/stacks/"), site.lines(page, "nav"), page);
            assertEquals("T|/blog/|en|noindex=false", site.line(page, "site"), page);
        }
    }

    @Test
    void aPostHasItsTermsChecklistSimilarPostsAndNeighbours() {
        String page = "posts/post-2/index.html";
        assertEquals("Post 2|/blog/posts/post-2/|2 January 2024|2024-01-02|1||s2", site.line(page, "post"));
        assertEquals("Post 2 | T|s2|https://example.org/blog/posts/post-2/|article|noindex=false", site.line(page, "head"));
        assertEquals(List.of("Tags|tag|go /blog/tags/go/;Go Lang /blog/tags/go-lang/;",
                "Stacks|stack|python services /blog/stacks/python-services/;"), site.lines(page, "taxonomy"));
        assertEquals(List.of("one", "two"), site.lines(page, "checklist"));
        assertEquals(List.of("Post 1|/blog/posts/post-1/|stack: python services, tag: go, tag: go lang",
                "Post 3|/blog/posts/post-3/|stack: python services, tag: go, tag: go lang"), site.lines(page, "similar"));
        assertEquals("Post 1|/blog/posts/post-1/", site.line(page, "previous"));
        assertEquals("Post 3|/blog/posts/post-3/", site.line(page, "next"));
        assertEquals(List.of(), site.lines("posts/post-3/index.html", "next"), "the newest post has no next");
        assertEquals(List.of(), site.lines("posts/post-1/index.html", "previous"), "the oldest post has no previous");
    }

    @Test
    void listsArePagedNewestFirstAndLaterPagesAreNoindex() {
        assertEquals("T||page 1 of 2||/blog/page/2/", site.line("index.html", "list"));
        assertEquals(List.of("Post 3|/blog/posts/post-3/|3 January 2024|s3", "Post 2|/blog/posts/post-2/|2 January 2024|s2"),
                site.lines("index.html", "summary"));
        assertEquals(List.of("Docs|/blog/docs/"), site.lines("index.html", "contents"));
        assertEquals("T||page 2 of 2|/blog/|", site.line("page/2/index.html", "list"));
        assertEquals(List.of("Post 1|/blog/posts/post-1/|1 January 2024|s1"), site.lines("page/2/index.html", "summary"));
        assertEquals("T (page 2 of 2)|The newest posts of T (page 2 of 2)|https://example.org/blog/page/2/|website|noindex=true",
                site.line("page/2/index.html", "head"));
    }

    @Test
    void termPagesCountTheirPostsAndLinkTheirOwnFeeds() {
        assertEquals(List.of("go|/blog/tags/go/|3", "Go Lang|/blog/tags/go-lang/|3"), site.lines("tags/index.html", "term"));
        assertEquals("Tag: go|3 posts|page 1 of 2||/blog/tags/go/page/2/", site.line("tags/go/index.html", "list"));
        assertEquals(List.of("T|/blog/feed.xml|/blog/feed.json", "T: tag go|/blog/tags/go/feed.xml|/blog/tags/go/feed.json"),
                site.lines("tags/go/index.html", "feed"));
    }

    @Test
    void sectionsListTheirPagesByWeightAndPagesCarryBreadcrumbs() {
        assertEquals(List.of("Alpha|/blog/docs/alpha/||", "Install|/blog/docs/install/|how|"), site.lines("docs/index.html", "entry"));
        assertEquals("<p>intro</p>", site.line("docs/index.html", "body"));
        assertEquals(List.of("Home|/blog/", "Docs|/blog/docs/"), site.lines("docs/install/index.html", "crumb"));
        assertEquals("Install|/blog/docs/install/||how", site.line("docs/install/index.html", "page"));
    }

    @Test
    void theNotFoundPageHasNoCanonicalAndSearchNamesItsIndex() {
        assertEquals("Page not found | T|There is no page at this address on T.||website|noindex=false", site.line("404.html", "head"));
        assertEquals("/blog/search/index.json|/blog/assets/search.js", site.line("search/index.html", "search"));
    }
}
