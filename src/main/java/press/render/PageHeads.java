package press.render;

import press.config.SiteConfig;
import press.model.Post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code <head>} of every kind of page: a unique title and description (page numbers
 * included), canonical URL, card tags, feeds and JSON-LD. Descriptions are unique across the
 * site: a post without a summary, or whose summary another post has too, gets its title added.
 */
final class PageHeads {
    private final SiteConfig config;
    private final Links links;
    private final Views.Feed siteFeed;
    private final String defaultImage;
    private final Map<String, Integer> summaryUses = new HashMap<>();

    PageHeads(SiteConfig config, Links links, List<Post> posts) {
        this.config = config;
        this.links = links;
        this.siteFeed = new Views.Feed(config.title(), links.asset("feed.xml"), links.asset("feed.json"));
        String image = config.pages().image();
        this.defaultImage = image.isEmpty() ? null : links.absoluteFrom(links.home(1), image);
        for (Post p : posts) summaryUses.merge(p.summary(), 1, Integer::sum);
    }

    /** Whether another post has the summary {@code summary} too (then a post's description adds its title). */
    boolean summaryShared(String summary) {
        return summaryUses.getOrDefault(summary, 0) > 1;
    }

    Views.Feed siteFeed() {
        return siteFeed;
    }

    /** "Title | site", or the site title alone when the page's title is the site's. */
    String documentTitle(String pageTitle) {
        return pageTitle.isEmpty() || pageTitle.equals(config.title()) ? config.title() : pageTitle + " | " + config.title();
    }

    Views.Head post(Post p, String url, List<String> keywords, List<StructuredData.Crumb> crumbs) {
        String description = p.summary().isEmpty()
                ? p.title() + ": a post on " + config.title() + "."
                : summaryShared(p.summary()) ? p.summary() + " (" + p.title() + ")" : p.summary();
        String canonical = links.absolute(url);
        String image = p.image().isEmpty() ? defaultImage : links.absoluteFrom(url, p.image());
        return new Views.Head(documentTitle(p.title()), p.title(), description, canonical, false, "article", image,
                List.of(siteFeed), StructuredData.post(config, p, canonical, image, keywords, crumbs));
    }

    /**
     * Page {@code page} of {@code total} of a list: page 2 on says so in its title and description, and is
     * {@code noindex} when the site asks for it. The home page's first page carries the {@code WebSite} JSON-LD.
     */
    Views.Head list(String heading, String description, String url, int page, int total, List<Views.Feed> feeds,
                    List<StructuredData.Crumb> crumbs) {
        String suffix = page > 1 ? " (page " + page + " of " + total + ")" : "";
        String canonical = links.absolute(url);
        String jsonLd;
        if (crumbs.isEmpty()) jsonLd = page == 1 ? StructuredData.webSite(config, canonical, links.absolute(links.asset("search/"))) : null;
        else jsonLd = StructuredData.breadcrumbs(crumbs);
        String title = heading.equals(config.title()) ? config.title() + suffix : documentTitle(heading + suffix);
        return new Views.Head(title, heading + suffix,
                description + suffix, canonical, page > 1 && config.pages().noindexPaged(), "website", defaultImage,
                feeds, jsonLd);
    }

    Views.Head termIndex(String heading, String description, String url, List<StructuredData.Crumb> crumbs) {
        return new Views.Head(documentTitle(heading), heading, description, links.absolute(url), false, "website",
                defaultImage, List.of(siteFeed), StructuredData.breadcrumbs(crumbs));
    }

    /** A content page or section list ({@code /about/}, {@code /docs/}); without a description it says what and where it is. */
    Views.Head page(String title, String description, String url) {
        String shown = description.isEmpty() ? title + " on " + config.title() : description;
        return new Views.Head(documentTitle(title), title, shown, links.absolute(url), false, "website", defaultImage,
                List.of(siteFeed), null);
    }

    Views.Head search(String url) {
        return new Views.Head(documentTitle("Search"), "Search", "Search every post of " + config.title() + ".",
                links.absolute(url), false, "website", defaultImage, List.of(siteFeed),
                StructuredData.breadcrumbs(crumbs("Search", url)));
    }

    Views.Head notFound() {
        return new Views.Head(documentTitle("Page not found"), "Page not found",
                "There is no page at this address on " + config.title() + ".", null, false, "website", null,
                List.of(siteFeed), null);
    }

    /** Home, then each given (name, site path) pair, as absolute crumbs. */
    List<StructuredData.Crumb> crumbs(String... namesAndPaths) {
        List<StructuredData.Crumb> out = new ArrayList<>();
        out.add(new StructuredData.Crumb(config.title(), links.absolute(links.home(1))));
        for (int i = 0; i + 1 < namesAndPaths.length; i += 2) {
            out.add(new StructuredData.Crumb(namesAndPaths[i], links.absolute(namesAndPaths[i + 1])));
        }
        return out;
    }
}
