package press.render;

import org.junit.jupiter.api.Test;

import press.model.Post;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A list's pages: posts_per_page a page, page 2 on at page/N/, the pager's ends, and what only the first page shows. */
class ListPagesTest {
    final Links links = new Links(PageHeadsTest.BASE, "/blog/");
    final Views.SiteView site = ViewsTest.SITE;

    private List<Post> posts(int n) {
        List<Post> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(PageHeadsTest.post("p" + i, "title: Post " + i + "\n"));
        return out;
    }

    private List<Route> routes(List<Post> posts, String intro) {
        PageHeads heads = new PageHeads(PageHeadsTest.config("", true), links, posts);
        ListPages pages = new ListPages(links, site, heads, 2, "context");
        return pages.routes(new ListPages.Spec("Tag: x", "Posts tagged x.", intro, posts,
                page -> links.term("tags", "x", page), null, List.of(), List.of(), List.of(), "<p>own text</p>",
                List.of(new Views.Link("Docs", "/blog/docs/")), List.of()));
    }

    private static Views.ListPage view(Route r) {
        return (Views.ListPage) ((Route.Page) r).view().get();
    }

    @Test
    void postsAreSplitIntoPagesAtTheirAddresses() {
        List<Route> routes = routes(posts(5), "");
        assertEquals(List.of("tags/x/index.html", "tags/x/page/2/index.html", "tags/x/page/3/index.html"), routes.stream().map(Route::path).toList());
        assertEquals(List.of("Post 1", "Post 2"), view(routes.get(0)).posts().stream().map(Views.Summary::title).toList());
        assertEquals(List.of("Post 5"), view(routes.get(2)).posts().stream().map(Views.Summary::title).toList());
        assertEquals("list", ((Route.Page) routes.get(0)).template());
    }

    @Test
    void thePagerLinksNeighboursAndIsNullAtTheEnds() {
        List<Route> routes = routes(posts(5), "");
        assertEquals(new Views.Pager(1, 3, null, "/blog/tags/x/page/2/"), view(routes.get(0)).pager());
        assertEquals(new Views.Pager(2, 3, "/blog/tags/x/", "/blog/tags/x/page/3/"), view(routes.get(1)).pager());
        assertEquals(new Views.Pager(3, 3, "/blog/tags/x/page/2/", null), view(routes.get(2)).pager());
        assertEquals("Tag: x (page 2 of 3) | Field Notes", view(routes.get(1)).head().title());
    }

    @Test
    void onlyTheFirstPageShowsTheListsOwnTextAndContents() {
        List<Route> routes = routes(posts(3), "A line under the heading.");
        assertEquals("<p>own text</p>", view(routes.get(0)).body());
        assertEquals(1, view(routes.get(0)).contents().size());
        assertNull(view(routes.get(1)).body());
        assertEquals(List.of(), view(routes.get(1)).contents());
        assertEquals("A line under the heading.", view(routes.get(1)).intro(), "the intro is on every page");
        assertNull(view(routes(posts(1), "").get(0)).intro(), "no intro is null, so a template can leave it out");
    }

    @Test
    void anEmptyListIsStillOnePage() {
        List<Route> routes = routes(List.of(), "");
        assertEquals(1, routes.size());
        assertEquals(new Views.Pager(1, 1, null, null), view(routes.get(0)).pager());
        assertEquals(List.of(), view(routes.get(0)).posts());
    }

    @Test
    void exactlyFullPagesMakeNoEmptyLastPage() {
        assertEquals(2, routes(posts(4), "").size());
    }
}
