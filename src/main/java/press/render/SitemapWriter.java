package press.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code sitemap.xml} from the planned routes (every page with a lastmod, absolute URLs), split
 * into {@code sitemap-N.xml} parts under a sitemap index past {@link #MAX_URLS} URLs, as the
 * sitemaps.org protocol requires; and {@code robots.txt} naming it.
 */
final class SitemapWriter {
    static final int MAX_URLS = 50_000;

    private SitemapWriter() {}

    record Entry(String loc, LocalDate lastmod) {}

    /**
     * The sitemap of {@code routes}' pages. One file (up to {@link #MAX_URLS} pages) is made when it
     * is written, in parallel with the pages, from the pages listed now; more are made here.
     */
    static List<Route> sitemaps(List<Route> routes, Links links) {
        List<Route> pages = new ArrayList<>();
        for (Route r : routes) if (r instanceof Route.Page p && p.lastmod() != null) pages.add(p);
        if (pages.size() <= MAX_URLS) return List.of(new Route.Data("sitemap.xml", () -> urlset(entries(pages, links)), () -> key(pages, links)));
        return sitemaps(() -> entries(pages, links), pages.size(), links, MAX_URLS);
    }

    /**
     * The key of a one-file sitemap ({@link RouteKey}): the site's address and each page's path and
     * lastmod, all its bytes are made from; so a build that keeps its output's views makes it again
     * only when a page was added, removed, moved or dated anew (making it was ~50 ms of a one-post
     * rebuild at 10,000 posts, the longest single file of its write).
     */
    static Route.Key key(List<Route> pages, Links links) {
        RouteKey key = new RouteKey("sitemap").add(links.absolute(links.asset(""))).add(pages.size());
        for (Route r : pages) {
            Route.Page p = (Route.Page) r;
            key.add(p.path()).add(p.lastmod());
        }
        return new Route.Key(key.digest());
    }

    static List<Entry> entries(List<Route> routes, Links links) {
        List<Entry> entries = new ArrayList<>();
        for (Route r : routes) {
            if (r instanceof Route.Page p && p.lastmod() != null) {
                String path = p.path().endsWith("index.html") ? p.path().substring(0, p.path().length() - "index.html".length()) : p.path();
                entries.add(new Entry(links.absolute(links.asset(path)), p.lastmod()));
            }
        }
        entries.sort(Comparator.comparing(Entry::loc));
        return entries;
    }

    /**
     * The parts and the index of {@code count} entries, each made when it is written (in parallel
     * with the pages): only the number of parts is needed to plan them. Spelling and sorting every
     * URL here was ~0.8 s on the main thread of a 100,000-post build's plan.
     */
    static List<Route> sitemaps(java.util.function.Supplier<List<Entry>> sorted, int count, Links links, int max) {
        Sorted entries = new Sorted(sorted);
        if (count <= max) return List.of(new Route.Data("sitemap.xml", () -> urlset(entries.get())));
        List<Route> out = new ArrayList<>();
        int parts = (count + max - 1) / max;
        for (int part = 0; part < parts; part++) {
            int first = part * max;
            out.add(new Route.Data("sitemap-" + (part + 1) + ".xml", () -> urlset(slice(entries.get(), first, max))));
        }
        out.add(new Route.Data("sitemap.xml", () -> {
            XmlOut index = new XmlOut().open("sitemapindex", "xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9").newline();
            for (int part = 0; part < parts; part++) {
                LocalDate newest = slice(entries.get(), part * max, max).stream().map(Entry::lastmod).max(Comparator.naturalOrder()).orElseThrow();
                index.open("sitemap").element("loc", links.absolute(links.asset("sitemap-" + (part + 1) + ".xml")))
                        .element("lastmod", newest.toString()).close().newline();
            }
            return index.close().finish();
        }));
        return out;
    }

    private static List<Entry> slice(List<Entry> entries, int first, int max) {
        return entries.subList(first, Math.min(entries.size(), first + max));
    }

    /** The entries in URL order, made once by whichever part is written first. */
    private static final class Sorted {
        private final java.util.function.Supplier<List<Entry>> make;
        private List<Entry> entries;

        Sorted(java.util.function.Supplier<List<Entry>> make) {
            this.make = make;
        }

        synchronized List<Entry> get() {
            if (entries == null) entries = make.get();
            return entries;
        }
    }

    private static byte[] urlset(List<Entry> entries) {
        XmlOut x = new XmlOut().open("urlset", "xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9").newline();
        for (Entry e : entries) x.open("url").element("loc", e.loc()).element("lastmod", e.lastmod().toString()).close().newline();
        return x.close().finish();
    }

    /** With {@code noindex} (a staging environment) every crawler is kept out. */
    static byte[] robots(Links links, boolean noindex) {
        if (noindex) return XmlOut.utf8("User-agent: *\nDisallow: /\n");
        return XmlOut.utf8("User-agent: *\nAllow: /\n\nSitemap: " + links.absolute(links.asset("sitemap.xml")) + "\n");
    }
}
