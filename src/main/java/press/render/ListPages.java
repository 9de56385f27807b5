package press.render;

import press.model.Post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The pages of one list of posts (home, a dated section, a term, a year or month of the archive):
 * {@code posts_per_page} posts a page, page 2 on at {@code page/N/}, each page's head saying its
 * number.
 */
final class ListPages {
    /**
     * What a list shows besides its posts.
     *
     * @param intro    a line under the heading, or ""
     * @param crumbs   JSON-LD breadcrumbs (home first, the list itself last), empty for the home page
     * @param trail    the links shown above the heading (home, then the list's parents), empty for none
     * @param body     HTML of the first page only (the home page's or a section's own text), or null
     * @param contents top sections and pages, first page only
     * @param periods  smaller lists this one holds (a year's months), on every page
     */
    record Spec(String heading, String description, String intro, List<Post> posts, IntFunction<String> pageUrl,
                LocalDate lastmod, List<Views.Feed> feeds, List<StructuredData.Crumb> crumbs, List<Views.Link> trail,
                String body, List<Views.Link> contents, List<Views.TermCount> periods) {}

    private final Links links;
    private final Views.SiteView siteView;
    private final PageHeads heads;
    private final int perPage;
    private final String context; // what every page's key starts with: the site view and the config
    /** Per post (by slug) a digest of what a list shows of it: made once, though a post is in many lists. */
    private final java.util.Map<String, String> shown = new java.util.concurrent.ConcurrentHashMap<>();

    ListPages(Links links, Views.SiteView siteView, PageHeads heads, int perPage, String context) {
        this.links = links;
        this.siteView = siteView;
        this.heads = heads;
        this.perPage = perPage;
        this.context = context;
    }

    List<Route> routes(Spec s) {
        int total = Math.max(1, (s.posts().size() + perPage - 1) / perPage);
        List<Route> routes = new ArrayList<>(total);
        SpecKey shared = new SpecKey(s);
        for (int page = 1; page <= total; page++) {
            int n = page;
            routes.add(new Route.Page(links.file(s.pageUrl().apply(page)), "list", () -> view(s, n, total), s.lastmod(),
                    () -> key(s, shared.get(), n, total)));
        }
        return routes;
    }

    /**
     * What every page of a list shares in its key (heading, texts, feeds, crumbs, trail, periods), spelt
     * once when the first of its pages is keyed: spelt for each page (through the records' text), it was a
     * fifth of the list pages' keys at 10,000 posts, whose home list alone has 400 pages.
     */
    private final class SpecKey {
        private final Spec s;
        private volatile String digest;

        SpecKey(Spec s) {
            this.s = s;
        }

        String get() {
            String d = digest;
            if (d == null) {
                d = new RouteKey(context).add(s.heading()).add(s.description()).add(s.intro()).add(s.feeds()).add(s.crumbs())
                        .add(s.trail()).add(s.periods()).digest();
                digest = d; // two threads may spell it both: the same digest
            }
            return d;
        }
    }

    /** The key of page {@code page} ({@link RouteKey}): every input {@link #view} reads, without making the view. */
    private String key(Spec s, String shared, int page, int total) {
        RouteKey key = new RouteKey(shared).add(page).add(total).add(page == 1 ? s.body() : null).add(page == 1 ? s.contents() : null)
                .add(s.pageUrl().apply(page)).add(page > 1 ? s.pageUrl().apply(page - 1) : null)
                .add(page < total ? s.pageUrl().apply(page + 1) : null);
        for (Post p : s.posts().subList((page - 1) * perPage, Math.min(s.posts().size(), page * perPage))) {
            key.add(shown.computeIfAbsent(p.slug(), slug -> RouteKey.listed(p).add(links.post(p)).digest()));
        }
        return key.digest();
    }

    private Views.ListPage view(Spec s, int page, int total) {
        List<Views.Summary> summaries = new ArrayList<>(perPage);
        for (Post p : s.posts().subList((page - 1) * perPage, Math.min(s.posts().size(), page * perPage))) {
            summaries.add(new Views.Summary(p.title(), links.post(p), RoutePlanner.shown(p), RoutePlanner.iso(p), p.summary(),
                    p.readingTime()));
        }
        String url = s.pageUrl().apply(page);
        Views.Pager pager = new Views.Pager(page, total, page > 1 ? s.pageUrl().apply(page - 1) : null,
                page < total ? s.pageUrl().apply(page + 1) : null);
        return new Views.ListPage(siteView, heads.list(s.heading(), s.description(), url, page, total, s.feeds(), s.crumbs()),
                s.trail(), s.heading(), s.intro().isEmpty() ? null : s.intro(), page == 1 ? s.body() : null, summaries, pager,
                page == 1 ? s.contents() : List.of(), s.periods());
    }
}
