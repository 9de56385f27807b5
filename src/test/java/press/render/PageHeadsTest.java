package press.render;

import org.junit.jupiter.api.Test;

import press.config.SiteConfig;
import press.content.PostParser;
import press.model.Post;
import press.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The head of each kind of page: unique titles and descriptions, canonical URLs, card images, noindex on later pages, JSON-LD. */
class PageHeadsTest {
    static final String BASE = "https://example.org/blog/";

    static SiteConfig config(String image, boolean noindexPaged) {
        SiteConfig d = SiteConfig.defaults().withBaseUrl(BASE);
        return new SiteConfig("Field Notes", d.baseUrl(), d.language(), d.description(), d.postsPerPage(), d.taxonomies(), d.similar(),
                d.markdown(), d.importer(), d.content(), d.output(), d.noindex(), d.environments(),
                new SiteConfig.PageConfig(SiteConfig.PageConfig.DEFAULT_FAVICON, image, "", "", noindexPaged, 3));
    }

    static Post post(String name, String frontMatter) {
        return post(name, frontMatter, "body\n");
    }

    /** A post whose card image is the first image of its body. */
    static Post post(String name, String frontMatter, String body) {
        Problems p = new Problems();
        Post post = new PostParser(SiteConfig.defaults(), PostParser.Indexer.NONE).parse(Path.of("content/posts/" + name + ".md"),
                ("---\ndate: 2024-01-01\n" + frontMatter + "---\n" + body).getBytes(StandardCharsets.UTF_8), p).orElseThrow();
        assertTrue(p.isEmpty(), p.sorted().toString());
        return post;
    }

    final Links links = new Links(BASE, "/blog/");
    final Post alone = post("alone", "title: Alone\nsummary: \"Only mine.\"\n");
    final Post twinA = post("twin-a", "title: Twin A\nsummary: \"Shared words.\"\n", "![cover](cover.png)\n");
    final Post twinB = post("twin-b", "title: Twin B\nsummary: \"Shared words.\"\n");
    final Post bare = post("bare", "title: Bare\n");
    final List<Post> posts = List.of(alone, twinA, twinB, bare);

    PageHeads heads(String image, boolean noindexPaged) {
        return new PageHeads(config(image, noindexPaged), links, posts);
    }

    @Test
    void aDocumentTitleNamesThePageThenTheSiteOnce() {
        PageHeads h = heads("", true);
        assertEquals("Alone | Field Notes", h.documentTitle("Alone"));
        assertEquals("Field Notes", h.documentTitle("Field Notes"));
        assertEquals("Field Notes", h.documentTitle(""));
    }

    @Test
    void aPostsDescriptionIsItsSummaryMadeUniqueOrSaysWhatItIs() {
        PageHeads h = heads("", true);
        assertEquals("Only mine.", h.post(alone, links.post(alone), List.of(), List.of()).description());
        assertEquals("Shared words. (Twin A)", h.post(twinA, links.post(twinA), List.of(), List.of()).description());
        assertEquals("Shared words. (Twin B)", h.post(twinB, links.post(twinB), List.of(), List.of()).description());
        assertEquals("Bare: a post on Field Notes.", h.post(bare, links.post(bare), List.of(), List.of()).description());
    }

    @Test
    void aPostsHeadIsAnArticleWithItsCanonicalUrlAndImage() {
        Views.Head h = heads("", true).post(twinA, links.post(twinA), List.of("x"), List.of());
        assertEquals("Twin A | Field Notes", h.title());
        assertEquals("Twin A", h.pageTitle());
        assertEquals("https://example.org/blog/posts/twin-a/", h.canonical());
        assertEquals("article", h.ogType());
        assertEquals("https://example.org/blog/posts/twin-a/cover.png", h.image(), "a post's own image is relative to its page");
        assertFalse(h.noindex());
        assertEquals(List.of(new Views.Feed("Field Notes", "/blog/feed.xml", "/blog/feed.json")), h.feeds());
        assertTrue(h.jsonLd().contains("BlogPosting"), h.jsonLd());
    }

    @Test
    void withoutItsOwnImageAPageTakesTheSitesOrNone() {
        assertNull(heads("", true).post(bare, links.post(bare), List.of(), List.of()).image());
        assertEquals("https://example.org/blog/img/card.png", heads("/img/card.png", true).post(bare, links.post(bare), List.of(), List.of()).image());
        assertEquals("https://example.org/blog/img/card.png", heads("img/card.png", true).page("About", "", "/blog/about/").image());
    }

    @Test
    void laterPagesOfAListSaySoAndAreNoindexWhenTheSiteAsks() {
        PageHeads h = heads("", true);
        Views.Head first = h.list("Tag: java", "Posts tagged java.", "/blog/tags/java/", 1, 3, List.of(), h.crumbs("Tags", "/blog/tags/"));
        assertEquals("Tag: java | Field Notes", first.title());
        assertEquals("Posts tagged java.", first.description());
        assertFalse(first.noindex());
        Views.Head second = h.list("Tag: java", "Posts tagged java.", "/blog/tags/java/page/2/", 2, 3, List.of(), h.crumbs("Tags", "/blog/tags/"));
        assertEquals("Tag: java (page 2 of 3) | Field Notes", second.title());
        assertEquals("Tag: java (page 2 of 3)", second.pageTitle());
        assertEquals("Posts tagged java. (page 2 of 3)", second.description());
        assertEquals("https://example.org/blog/tags/java/page/2/", second.canonical());
        assertTrue(second.noindex());
        assertFalse(heads("", false).list("Tag: java", "d", "/blog/tags/java/page/2/", 2, 3, List.of(), List.of()).noindex(),
                "a site may let later pages be indexed");
    }

    @Test
    void theHomeListIsTheSiteTitleAndItsFirstPageCarriesTheWebSite() {
        PageHeads h = heads("", true);
        Views.Head home = h.list("Field Notes", "Notes.", "/blog/", 1, 2, List.of(h.siteFeed()), List.of());
        assertEquals("Field Notes", home.title());
        assertTrue(home.jsonLd().contains("WebSite"), home.jsonLd());
        assertTrue(home.jsonLd().contains("https://example.org/blog/search/"), home.jsonLd());
        Views.Head page2 = h.list("Field Notes", "Notes.", "/blog/page/2/", 2, 2, List.of(h.siteFeed()), List.of());
        assertEquals("Field Notes (page 2 of 2)", page2.title());
        assertNull(page2.jsonLd(), "the WebSite is said once, on the first page");
        Views.Head tagged = h.list("Tag: x", "d", "/blog/tags/x/", 1, 1, List.of(), h.crumbs("Tags", "/blog/tags/"));
        assertTrue(tagged.jsonLd().contains("BreadcrumbList") && !tagged.jsonLd().contains("WebSite"), tagged.jsonLd());
    }

    @Test
    void aPageWithoutADescriptionSaysWhatAndWhereItIs() {
        PageHeads h = heads("", true);
        assertEquals("About on Field Notes", h.page("About", "", "/blog/about/").description());
        assertEquals("Who writes here.", h.page("About", "Who writes here.", "/blog/about/").description());
        assertEquals("https://example.org/blog/about/", h.page("About", "", "/blog/about/").canonical());
        assertNull(h.page("About", "", "/blog/about/").jsonLd());
    }

    @Test
    void theNotFoundPageHasNoCanonicalUrlNorImage() {
        Views.Head h = heads("/img/card.png", true).notFound();
        assertEquals("Page not found | Field Notes", h.title());
        assertNull(h.canonical(), "it is served at any address");
        assertNull(h.image());
        assertEquals("There is no page at this address on Field Notes.", h.description());
    }

    @Test
    void crumbsStartAtHomeAndPairNamesWithPaths() {
        PageHeads h = heads("", true);
        assertEquals(List.of(new StructuredData.Crumb("Field Notes", "https://example.org/blog/"),
                        new StructuredData.Crumb("Tags", "https://example.org/blog/tags/"),
                        new StructuredData.Crumb("java", "https://example.org/blog/tags/java/")),
                h.crumbs("Tags", "/blog/tags/", "java", "/blog/tags/java/"));
        assertEquals(1, h.crumbs("odd one out").size(), "a name without a path is left out");
        Views.Head search = h.search("/blog/search/");
        assertEquals("Search | Field Notes", search.title());
        assertEquals("Search every post of Field Notes.", search.description());
        assertTrue(search.jsonLd().contains("https://example.org/blog/search/"), search.jsonLd());
    }
}
