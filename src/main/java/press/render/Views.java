package press.render;

import java.util.List;

/** What templates see: one record per template, holding exactly the data it shows, already escaped by Mustache on output. */
public final class Views {
    private Views() {}

    /** Site-wide values every page has. {@code nav} lists the home page and each taxonomy index. */
    public record SiteView(String title, String description, String language, String basePath,
                           String stylesheet, String feed, List<Link> nav, boolean noindex) {}

    /** Head of a page: its title, description and canonical absolute URL (null for the 404 page, which has none). */
    public record Head(String title, String description, String canonical) {}

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

    public record PostView(String title, String url, String date, String dateIso, int readingTime, String difficulty,
                           String codeLanguage, String summary, List<TermGroup> taxonomies, String body,
                           List<String> checklist, List<MetaNode> meta) {
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

    public record ListPage(SiteView site, Head head, String heading, String intro, List<Summary> posts, Pager pager) {}

    public record TermCount(String name, String url, int count) {}

    public record TermIndexPage(SiteView site, Head head, String heading, List<TermCount> terms) {}

    public record NotFoundPage(SiteView site, Head head) {}
}
