package press.render;

import press.config.SiteConfig;
import press.model.Post;
import press.model.SimilarLink;
import press.model.Site;
import press.model.Taxonomy;
import press.model.Term;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides every output file of a site, with the view each page is rendered from, before
 * anything is rendered. The sitemap and feed are computed from this list.
 */
public final class RoutePlanner {

    private final Site site;
    private final Links links;
    private final List<Views.Link> nav;
    private Views.SiteView siteView; // set by plan, which knows the stylesheet's fingerprinted name
    private final PageHeads heads;

    private final java.util.function.Predicate<String> hasTemplate;
    private PagePlanner pages; // set by plan, with the site view
    private ListPages lists; // likewise
    private BodyImages images; // set by plan, which knows the site's files
    private String context; // set by plan: what every page's key starts with (the site view and the config)
    private LocalDate newest; // set by plan: the newest lastmod of all posts (a pass over every post, made once)
    /** Per post (by slug) a digest of its title, URL and date as other posts' pages show them: made once, though shown on many. */
    private final Map<String, String> shownElsewhere = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code hasTemplate} tells which per-section templates ({@code docs/page}) the theme has. */
    public RoutePlanner(Site site, java.util.function.Predicate<String> hasTemplate) {
        this.site = site;
        SiteConfig c = site.config();
        this.links = new Links(c.baseUrl(), c.basePath());
        List<Views.Link> nav = new ArrayList<>();
        nav.add(new Views.Link("Home", links.home(1)));
        for (SiteConfig.MenuEntry m : site.menu()) nav.add(new Views.Link(m.name(), m.url().startsWith("/") ? links.asset(m.url().substring(1)) : m.url()));
        for (Taxonomy t : site.taxonomies()) nav.add(new Views.Link(t.config().title(), links.taxonomy(t.config().path())));
        this.nav = List.copyOf(nav);
        this.hasTemplate = hasTemplate;
        this.heads = new PageHeads(c, links, site.posts());
    }

    public Links links() {
        return links;
    }

    /**
     * The route of one post's page alone, as {@link #plan} makes it: {@code press serve} writes a
     * just-edited post's page ahead of the full rebuild ({@code pipeline.EditPreview}).
     */
    public Route postRoute(Map<String, Path> assets, int i) {
        prepare(assets);
        return postPage(site.posts(), i);
    }

    /** The output file of a post's page ({@code posts/a/index.html}), as {@link #plan} names it. */
    public String postFile(Post p) {
        return links.file(links.post(p));
    }

    /** What every page's view shares: the site view (with the stylesheet's fingerprinted name), the images, the key context, the planners. */
    private Map<String, String> prepare(Map<String, Path> assets) {
        SiteConfig c = site.config();
        Map<String, String> names = AssetNames.of(assets);
        siteView = new Views.SiteView(c.title(), c.description(), c.language(), c.basePath(),
                links.asset(names.getOrDefault("assets/style.css", "assets/style.css")), links.asset(c.pages().favicon()),
                links.asset("search/"), site.posts().isEmpty() ? null : links.archive(), nav, c.noindex());
        images = new BodyImages(c.basePath(), assets);
        context = new RouteKey(siteView.toString()).add(c).digest();
        newest = newest(site.posts());
        pages = new PagePlanner(site, links, siteView, heads, hasTemplate, site.posts().isEmpty() ? null : newest, images);
        lists = new ListPages(links, siteView, heads, c.postsPerPage(), context);
        return names;
    }

    /** Every route, sorted by output path; {@code assets} are static files (output path to source file). */
    public List<Route> plan(Map<String, Path> assets) {
        SiteConfig c = site.config();
        Map<String, String> names = prepare(assets);
        List<Route> routes = new ArrayList<>();
        List<Post> posts = site.posts();
        for (int i = 0; i < posts.size(); i++) routes.add(postPage(posts, i));
        String lang = c.language();
        for (Post p : posts) routes.addAll(AliasPages.of(p.aliases(), links.post(p), links, lang, siteView.stylesheet()));
        for (press.model.Page p : site.pages()) routes.addAll(AliasPages.of(p.aliases(), links.asset(p.path()), links, lang, siteView.stylesheet()));
        for (press.model.Section s : site.sections()) { // an _index.md's aliases: (Hugo docs move sections too)
            if (s.index() != null) routes.addAll(AliasPages.of(s.index().aliases(), links.asset(s.path()), links, lang, siteView.stylesheet()));
        }
        if (site.home() != null) routes.addAll(AliasPages.of(site.home().aliases(), links.home(1), links, lang, siteView.stylesheet()));
        List<Views.Link> contents = pages.contents();
        String homeDescription = c.description().isEmpty() ? "The newest posts of " + c.title() : c.description();
        routes.addAll(lists.routes(new ListPages.Spec(c.title(), homeDescription, c.description(), posts,
                page -> links.home(page), newest, List.of(heads.siteFeed()), List.of(), List.of(),
                site.home() == null ? null : images.html(links.home(1), site.home().bodyHtml()), contents, List.of())));
        List<String> dated = c.content().datedSections();
        routes.addAll(pages.plan(dated::contains));
        for (press.model.Section s : site.sections()) {
            if (!dated.contains(s.parts().get(0)) || s.parts().size() > 1) continue; // a dated section with an _index: its posts, newest first
            String body = s.index() == null ? null : images.html(links.asset(s.path()), s.index().bodyHtml());
            String intro = s.index() == null ? "" : s.index().description();
            routes.addAll(lists.routes(new ListPages.Spec(s.title(), intro.isEmpty() ? s.title() + " on " + c.title() : intro, intro, posts,
                    page -> links.asset(s.path()) + (page <= 1 ? "" : "page/" + page + "/"), newest, List.of(heads.siteFeed()), List.of(),
                    List.of(), body, List.of(), List.of())));
        }
        for (Taxonomy t : site.taxonomies()) routes.addAll(taxonomyPages(t));
        routes.addAll(new ArchivePlanner(c.title(), links, heads, lists).plan(posts,
                (head, trail, years) -> new Views.TermIndexPage(siteView, head, trail, "Archive", years)));
        press.model.Page notFound = site.ownPageTexts().get(Site.NOT_FOUND); // Jekyll's 404.md: its title and text
        routes.add(new Route.Page(Site.NOT_FOUND, "404", () -> new Views.NotFoundPage(siteView, heads.notFound(),
                notFound == null || notFound.title().isEmpty() ? "Page not found" : notFound.title(),
                notFound == null ? null : notFound.bodyHtml()), null));
        routes.add(new Route.Page("search/index.html", "search", () -> new Views.SearchPage(siteView, heads.search(links.asset("search/")),
                links.asset("search/index.json"), links.asset(names.getOrDefault(AssetNames.SEARCH_SCRIPT, AssetNames.SEARCH_SCRIPT))), null));
        assets.forEach((path, from) -> routes.add(new Route.Copy(names.get(path), from)));
        routes.add(new Route.Data("_headers", HeaderRules.netlify(c)));
        FeedWriter feeds = new FeedWriter(site, links);
        routes.add(new Route.Data("feed.xml", () -> feeds.atom(c.title(), links.asset("feed.xml"), links.home(1), posts),
                feeds.view("atom", c.title(), links.asset("feed.xml"), links.home(1), posts)));
        routes.add(new Route.Data("feed.json", () -> feeds.json(c.title(), links.asset("feed.json"), links.home(1), posts),
                feeds.view("json", c.title(), links.asset("feed.json"), links.home(1), posts)));
        for (Taxonomy t : site.taxonomies()) {
            for (Term term : t.terms()) {
                String title = feedTitle(t, term);
                String page = links.term(t.config().path(), term.slug(), 1);
                String atom = links.termFeed(t.config().path(), term.slug(), "xml");
                String json = links.termFeed(t.config().path(), term.slug(), "json");
                routes.add(new Route.Data(links.file(atom), () -> feeds.atom(title, atom, page, term.posts()),
                        feeds.view("atom", title, atom, page, term.posts())));
                routes.add(new Route.Data(links.file(json), () -> feeds.json(title, json, page, term.posts()),
                        feeds.view("json", title, json, page, term.posts())));
            }
        }
        routes.add(new Route.Data("robots.txt", SitemapWriter.robots(links, c.noindex())));
        routes.addAll(SitemapWriter.sitemaps(routes, links));
        routes.sort(Comparator.comparing(Route::path));
        return routes;
    }

    private Route postPage(List<Post> posts, int i) {
        Post p = posts.get(i);
        String redirect = redirectTo(p);
        if (redirect != null) { // Jekyll's redirect_to: on a post: its page is a redirect there; it stays listed, as in Jekyll
            String url = links.post(p);
            return new Route.Data(links.file(url), AliasPages.page(links.absoluteFrom(url, redirect), siteView.language(), siteView.stylesheet()));
        }
        return new Route.Page(links.file(links.post(p)), "post", () -> postView(posts, i), p.lastmod(), () -> postKey(posts, i));
    }

    /** The key of a post's page ({@link RouteKey}): every input {@link #postView} reads, without making the view. */
    private String postKey(List<Post> posts, int i) {
        Post p = posts.get(i);
        String url = links.post(p);
        RouteKey key = new RouteKey(context).add(url);
        ownFields(key, p);
        key.add(heads.summaryShared(p.summary())).add(images.sized(url, p.body()).key());
        Map<String, List<Term>> mine = site.termsByPost().getOrDefault(p.slug(), Map.of());
        for (Taxonomy t : site.taxonomies()) {
            List<Term> terms = mine.getOrDefault(t.config().field(), List.of());
            key.add(terms.size());
            for (Term term : terms) key.add(term.name()).add(term.slug());
        }
        List<SimilarLink> similar = site.similar().getOrDefault(p.slug(), List.of());
        key.add(similar.size());
        for (SimilarLink s : similar) {
            int read = SimilarReasons.read(s.why(), 3); // the reasons the page shows are made from these
            key.add(shownElsewhere(s.post())).add(read);
            for (int r = 0; r < read; r++) key.add(s.why().get(r).field()).add(s.why().get(r).term());
        }
        for (Post near : new Post[] {i + 1 < posts.size() ? posts.get(i + 1) : null, i > 0 ? posts.get(i - 1) : null}) {
            key.add(near == null ? null : shownElsewhere(near));
        }
        return key.digest();
    }

    /**
     * A post's own fields, as its page shows them: by its origin ({@link Post.Digests}: what it was
     * parsed from, the context holding the config) when it has one, else each field.
     */
    private static void ownFields(RouteKey key, Post p) {
        if (p.digests() != null) {
            key.add(p.digests().origin());
            return;
        }
        key.add(p.title()).add(p.date()).add(p.lastmod()).add(p.readingTime()).add(p.difficulty()).add(p.codeLanguage())
                .add(p.summary()).add(p.checklistInBody()).add(p.checklist()).add(p.image()).add(p.meta().contentHash());
    }

    /** The post's {@code redirect_to:} (kept in its fields; the parse checked it is text), or null. */
    private static String redirectTo(Post p) {
        return p.meta().text("redirect_to"); // read from the packed meta: unpacking every post's tree was 1.7 % of a one-post rebuild
    }

    private Views.PostPage postView(List<Post> posts, int i) {
        Post p = posts.get(i);
        String url = links.post(p);
        List<Views.TermGroup> groups = new ArrayList<>();
        Map<String, List<Term>> mine = site.termsByPost().getOrDefault(p.slug(), Map.of());
        for (Taxonomy t : site.taxonomies()) {
            List<Views.Link> terms = new ArrayList<>();
            for (Term term : mine.getOrDefault(t.config().field(), List.of())) {
                terms.add(new Views.Link(term.name(), links.term(t.config().path(), term.slug(), 1)));
            }
            if (!terms.isEmpty()) groups.add(new Views.TermGroup(t.config().title(), t.config().singular(), terms));
        }
        List<Views.Similar> similar = new ArrayList<>();
        for (SimilarLink s : site.similar().getOrDefault(p.slug(), List.of())) {
            similar.add(new Views.Similar(s.post().title(), links.post(s.post()), shown(s.post()),
                    SimilarReasons.shown(s.why(), 3)));
        }
        Views.PostView view = new Views.PostView(p.title(), url, shown(p), iso(p),
                links.archiveMonth(p.date().getYear(), p.date().getMonthValue(), 1), p.readingTime(), p.difficulty(),
                p.codeLanguage(), p.summary(), groups, images.sized(url, p.body()), p.checklistInBody() ? List.of() : p.checklist(),
                MetaNodes.of(p.meta().tree()));
        List<String> keywords = new ArrayList<>();
        for (Views.TermGroup g : groups) for (Views.Link l : g.terms()) if (!keywords.contains(l.name())) keywords.add(l.name());
        List<StructuredData.Crumb> crumbs = heads.crumbs(p.title(), url);
        Views.Link previous = i + 1 < posts.size() ? link(posts.get(i + 1)) : null; // older
        Views.Link next = i > 0 ? link(posts.get(i - 1)) : null; // newer
        return new Views.PostPage(siteView, heads.post(p, url, keywords, crumbs), view, similar, previous, next);
    }

    private String shownElsewhere(Post p) {
        return shownElsewhere.computeIfAbsent(p.slug(), slug -> RouteKey.listed(p).add(links.post(p)).digest());
    }

    private List<Route> taxonomyPages(Taxonomy t) {
        List<Route> routes = new ArrayList<>();
        String path = t.config().path();
        List<Views.TermCount> counts = new ArrayList<>();
        LocalDate newestOfAll = null;
        for (Term term : t.terms()) {
            String url = links.term(path, term.slug(), 1);
            counts.add(new Views.TermCount(term.name(), url, term.posts().size(), List.of()));
            LocalDate newest = newest(term.posts());
            if (newestOfAll == null || newest.isAfter(newestOfAll)) newestOfAll = newest;
            String heading = capitalize(t.config().singular()) + ": " + term.name();
            int n = term.posts().size();
            String description = posts(n) + " on " + site.config().title() + " with the " + t.config().singular() + " " + term.name();
            Views.Feed feed = new Views.Feed(feedTitle(t, term), links.termFeed(path, term.slug(), "xml"),
                    links.termFeed(path, term.slug(), "json"));
            routes.addAll(lists.routes(new ListPages.Spec(heading, description, posts(n), term.posts(),
                    page -> links.term(path, term.slug(), page), newest, List.of(heads.siteFeed(), feed),
                    heads.crumbs(t.config().title(), links.taxonomy(path), term.name(), url),
                    List.of(new Views.Link("Home", links.home(1)), new Views.Link(t.config().title(), links.taxonomy(path))),
                    null, List.of(), List.of())));
        }
        String url = links.taxonomy(path);
        int n = t.terms().size();
        press.model.Page text = site.ownPageTexts().get(path); // content/tags.md at /tags/: its title and text
        String heading = text != null && !text.title().isEmpty() ? text.title() : t.config().title();
        String description = text != null && !text.description().isEmpty() ? text.description()
                : (n == 1 ? "The one " + t.config().singular() : "All " + n + " " + t.config().title().toLowerCase(Locale.ROOT))
                + " of " + site.config().title() + ", with how many posts " + (n == 1 ? "it has" : "each has");
        routes.add(new Route.Page(links.file(url), "terms",
                () -> new Views.TermIndexPage(siteView, heads.termIndex(heading, description, url,
                        heads.crumbs(heading, url)), List.of(new Views.Link("Home", links.home(1))), heading, counts,
                        text == null ? null : text.bodyHtml()),
                newestOfAll));
        return routes;
    }

    /** "1 post", "2 posts". */
    static String posts(int n) {
        return press.problem.Counted.of(n, "post");
    }

    private String feedTitle(Taxonomy t, Term term) {
        return site.config().title() + ": " + t.config().singular() + " " + term.name();
    }

    private Views.Link link(Post p) {
        return new Views.Link(p.title(), links.post(p));
    }

    /** The newest lastmod of {@code posts}; 1970-01-01 when there are none. */
    static LocalDate newest(List<Post> posts) {
        LocalDate best = null;
        for (Post p : posts) if (best == null || p.lastmod().isAfter(best)) best = p.lastmod();
        return best == null ? LocalDate.of(1970, 1, 1) : best;
    }

    static String shown(Post p) {
        return ShownDate.of(p.date());
    }

    static String iso(Post p) {
        return ShownDate.iso(p.date());
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
