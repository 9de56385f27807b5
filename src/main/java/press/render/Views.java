package press.render;

import press.model.PostBody;

import java.util.List;

/** What templates see: one record per template, holding exactly the data it shows, already escaped by Mustache on output. */
public final class Views {
    private Views() {}

    /** Site-wide values every page has. {@code nav} lists the home page and each taxonomy index; {@code archive} is null on a site without posts. */
    public record SiteView(String title, String description, String language, String basePath,
                           String stylesheet, String favicon, String search, String archive, List<Link> nav, boolean noindex) {
        /** The same values for a page in another language (a translation: {@code <html lang="pl">}). */
        public SiteView inLanguage(String code) {
            return code.isEmpty() || code.equals(language) ? this
                    : new SiteView(title, description, code, basePath, stylesheet, favicon, search, archive, nav, noindex);
        }
    }

    /**
     * Head of a page.
     *
     * @param title       the document title ("Post | site", the site title alone on the home page)
     * @param pageTitle   the page's own title, for OpenGraph and Twitter cards
     * @param description unique per page (page numbers included)
     * @param canonical   absolute URL, null for the 404 page (it is served at any address), which then has no card tags either
     * @param noindex     page 2 and later of a list, when the site asks for it
     * @param ogType      {@code article} for posts, else {@code website}
     * @param image       absolute URL of the card image, or null
     * @param feeds       the feeds covering this page (site feed first)
     * @param jsonLd      JSON-LD, already escaped for a script element (see {@link StructuredData}), or null
     */
    public record Head(String title, String pageTitle, String description, String canonical, boolean noindex,
                       String ogType, String image, List<Feed> feeds, String jsonLd) {}

    /** An Atom feed and the JSON Feed beside it. */
    public record Feed(String title, String atom, String json) {}

    public record Link(String name, String url) {}

    public record TermGroup(String title, String singular, List<Link> terms) {}

    public record Similar(String title, String url, String date, String why) {}

    /** A node of the post meta box: text, a list of nodes, or a map of labelled nodes. */
    public record MetaNode(String label, String text, List<MetaNode> items, List<MetaNode> entries) {
        public boolean isText() {
            return text != null;
        }

        public boolean isList() {
            return items != null;
        }

        public boolean isMap() {
            return entries != null;
        }
    }

    /**
     * {@code checklist} is empty when the body already lists every item (see {@code Post.checklistInBody});
     * {@code dateArchive} is the archive page of the post's month.
     */
    public record PostView(String title, String url, String date, String dateIso, String dateArchive, int readingTime, String difficulty,
                           String codeLanguage, String summary, List<TermGroup> taxonomies, PostBody bodySource,
                           List<String> checklist, List<MetaNode> meta) {
        /** The body's HTML, rendered here, when the template shows it: no view holds it (see {@link PostBody}). */
        public String body() {
            return bodySource.html();
        }

        public boolean hasChecklist() {
            return !checklist.isEmpty();
        }
    }

    public record PostPage(SiteView site, Head head, PostView post, List<Similar> similar, Link previous, Link next) {
        public boolean hasSimilar() {
            return !similar.isEmpty();
        }
    }

    public record Summary(String title, String url, String date, String dateIso, String summary, int readingTime) {}

    /** Page {@code current} of {@code total}; the links are null at the ends. */
    public record Pager(int current, int total, String previous, String next) {
        public boolean isPaged() {
            return total > 1;
        }
    }

    /**
     * A list of posts; {@code body} (HTML, may be null) and {@code contents} (top sections and pages) are the home page's own;
     * {@code breadcrumbs} are the links above the list (empty on the home page), {@code periods} the months of an archive year.
     */
    public record ListPage(SiteView site, Head head, List<Link> breadcrumbs, String heading, String intro, String body,
                           List<Summary> posts, Pager pager, List<Link> contents, List<TermCount> periods) {
        public boolean hasContents() {
            return !contents.isEmpty();
        }

        public boolean hasBreadcrumbs() {
            return !breadcrumbs.isEmpty();
        }

        public boolean hasPeriods() {
            return !periods.isEmpty();
        }
    }

    /** A page that is not a post; {@code date} and {@code dateIso} are null when it has none. */
    public record PageView(String title, String url, String date, String dateIso, String description, String body) {}

    /** {@code breadcrumbs} are the links above the page (home, then each section), not the page itself. */
    public record ContentPage(SiteView site, Head head, List<Link> breadcrumbs, PageView page) {}

    /** One line of a section's list: a subsection or a page. */
    public record Entry(String title, String url, String description, String date, String dateIso) {}

    public record SectionPage(SiteView site, Head head, List<Link> breadcrumbs, String heading, String body,
                              List<Entry> sections, List<Entry> pages) {
        public boolean hasSections() {
            return !sections.isEmpty();
        }

        public boolean hasPages() {
            return !pages.isEmpty();
        }
    }

    /** A term, or an archive year (whose {@code parts} are its months), with its number of posts. */
    public record TermCount(String name, String url, int count, List<TermCount> parts) {
        public boolean hasParts() {
            return !parts.isEmpty();
        }
    }

    /** A taxonomy's terms, or the archive's years; {@code breadcrumbs} are the links above it. */
    /** @param body the list's text from a page at its address ({@code content/tags.md}), HTML, or null */
    public record TermIndexPage(SiteView site, Head head, List<Link> breadcrumbs, String heading, List<TermCount> terms, String body) {
        public TermIndexPage(SiteView site, Head head, List<Link> breadcrumbs, String heading, List<TermCount> terms) {
            this(site, head, breadcrumbs, heading, terms, null);
        }

        public boolean hasBreadcrumbs() {
            return !breadcrumbs.isEmpty();
        }
    }

    /** The not-found page: its heading, and the text a content page gives it ({@code 404.md}), or null for the theme's own. */
    public record NotFoundPage(SiteView site, Head head, String heading, String text) {}

    /**
     * The search page: {@code index} is the manifest's site path, {@code script} the search script's;
     * {@code manifest}, when not null, is {@code search/index.json} itself, written into the page so
     * that search.js needs one round trip less before the first result.
     */
    public record SearchPage(SiteView site, Head head, String index, String script, String manifest) {
        public SearchPage(SiteView site, Head head, String index, String script) {
            this(site, head, index, script, null);
        }
    }
}
