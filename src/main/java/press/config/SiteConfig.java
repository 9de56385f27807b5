package press.config;

import java.util.List;

/**
 * Settings from {@code content/site.yaml}. Every field has a default, so a site without the
 * file still builds.
 *
 * @param baseUrl absolute URL of the site root, always ending in {@code /}
 */
public record SiteConfig(
        String title,
        String baseUrl,
        String language,
        String description,
        int postsPerPage,
        List<TaxonomyConfig> taxonomies,
        SimilarConfig similar,
        MarkdownConfig markdown,
        ImportConfig importer,
        ContentConfig content,
        OutputConfig output,
        boolean noindex,
        java.util.Map<String, EnvironmentConfig> environments,
        PageConfig pages) {

    public static final String DEFAULT_BASE_URL = "http://localhost:1313/";

    public static SiteConfig defaults() {
        return new SiteConfig("press site", DEFAULT_BASE_URL, "en", "", 10,
                TaxonomyConfig.defaults(), SimilarConfig.defaults(), MarkdownConfig.defaults(),
                ImportConfig.defaults(), ContentConfig.defaults(), OutputConfig.defaults(), false, java.util.Map.of(), PageConfig.defaults());
    }

    /** The path part of the base URL, e.g. {@code /} or {@code /blog/}; links start with it. */
    public String basePath() {
        String rest = baseUrl.substring(baseUrl.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        return slash < 0 ? "/" : rest.substring(slash);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, url, language, description, postsPerPage, taxonomies, similar, markdown, importer, content, output, noindex, environments, pages);
    }

    /** These settings with those of environment {@code env} over them (its base_url, noindex). */
    public SiteConfig withEnvironment(EnvironmentConfig env) {
        return new SiteConfig(title, env.baseUrl() != null ? env.baseUrl() : baseUrl, language, description, postsPerPage, taxonomies,
                similar, markdown, importer, content, output, env.noindex(), environments, pages);
    }

    /**
     * One entry of {@code environments:} (staging, production, ...), chosen with {@code --env NAME}.
     *
     * @param baseUrl replaces base_url when not null
     * @param drafts  include drafts
     * @param noindex every page gets {@code <meta name="robots" content="noindex">} and robots.txt disallows all
     */
    public record EnvironmentConfig(String baseUrl, boolean drafts, boolean noindex) {}

    /**
     * A taxonomy: a front-matter list field whose values get index pages.
     *
     * @param field    front-matter key, e.g. {@code tags} or {@code stack}
     * @param path     URL segment of its pages, e.g. {@code tags} or {@code stacks}
     * @param title    heading of its index page, e.g. "Tags"
     * @param singular what one value is called, e.g. "tag"
     */
    public record TaxonomyConfig(String field, String path, String title, String singular) {
        public static List<TaxonomyConfig> defaults() {
            return List.of(new TaxonomyConfig("tags", "tags", "Tags", "tag"),
                    new TaxonomyConfig("stack", "stacks", "Stacks", "stack"));
        }
    }

    /**
     * Similar-post settings.
     *
     * @param count         links per post
     * @param includeNewer  whether a post may link to posts published after it
     * @param weights       weight per field (primary_stack, problem, stack, tags, entities, tools, title, words); 0 leaves it out
     * @param maxTermShare  a term carried by more than this share of posts is ignored (too common to tell posts apart)
     * @param postingsCap   most index entries one post may read while gathering candidates, so the cost per post
     *                      stays flat as the site grows (the strongest terms are read first)
     * @param lengthNorm    0..1: how much a candidate with many terms is scored down (0 none, 1 full cosine)
     */
    public record SimilarConfig(int count, boolean includeNewer, java.util.Map<String, Double> weights, double maxTermShare,
                                int postingsCap, double lengthNorm) {
        public static final int DEFAULT_POSTINGS_CAP = 10_000;
        public static final double DEFAULT_LENGTH_NORM = 0.25;

        /** The settings of the first release; postingsCap and lengthNorm take their defaults. */
        public SimilarConfig(int count, boolean includeNewer, java.util.Map<String, Double> weights, double maxTermShare) {
            this(count, includeNewer, weights, maxTermShare, DEFAULT_POSTINGS_CAP, DEFAULT_LENGTH_NORM);
        }

        public static SimilarConfig defaults() {
            java.util.Map<String, Double> w = new java.util.TreeMap<>();
            w.put("problem", 4.0);
            w.put("primary_stack", 3.0);
            w.put("stack", 2.0);
            w.put("tags", 1.0);
            w.put("entities", 1.0);
            w.put("tools", 0.5);
            w.put("title", 0.5);
            w.put("words", 1.0);
            return new SimilarConfig(5, true, java.util.Collections.unmodifiableMap(w), 0.25);
        }
    }

    /** @param unsafeHtml pass raw HTML in Markdown through (off: it is escaped and shows as text) */
    public record MarkdownConfig(boolean unsafeHtml) {
        public static MarkdownConfig defaults() {
            return new MarkdownConfig(false);
        }
    }

    /** @param tagsFrom the meta field of an imported page whose values become the post's {@code tags} */
    public record ImportConfig(String tagsFrom) {
        public static ImportConfig defaults() {
            return new ImportConfig("tools");
        }
    }

    /**
     * What is read from {@code content/}.
     *
     * @param extensions    file extensions (without the dot) read as Markdown
     * @param datedSections top folders of {@code content/} whose files are posts (dated, in the feed); the rest are pages
     * @param menu          the site menu from {@code menu:}, in config order (sorted by weight when built)
     * @param permalinks    the permalink pattern of each top folder that has one ({@code posts: /:year/:slug/}), from
     *                      {@code permalinks:} (Hugo) and, for the dated sections, {@code permalink:} (Jekyll); sorted by folder
     * @param defaultLanguage the site's {@code language:}: {@code about.en.md} is the page {@code about}
     * @param translations  the other codes of {@code languages: [en, pl]}, in config order: {@code about.pl.md} is built at {@code /pl/about/}
     */
    /**
     * @param collections Jekyll's collections by name ({@code docs} for {@code content/_docs/}), each to whether it is
     *                    published ({@code output: true}); a collection's own {@code permalink:} is in {@code permalinks}
     * @param params      {@code params:} of site.yaml, nested keys joined with dots ({@code social.github}): what
     *                    {@code {{ site.x }}} and {@code {{< param x >}}} in a body print
     */
    public record ContentConfig(List<String> extensions, List<String> datedSections, List<MenuEntry> menu,
                                java.util.Map<String, String> permalinks, String defaultLanguage, List<String> translations,
                                java.util.Map<String, Boolean> collections, java.util.Map<String, String> params, List<String> include) {
        public ContentConfig(List<String> extensions, List<String> datedSections, List<MenuEntry> menu) {
            this(extensions, datedSections, menu, java.util.Map.of(), "en", List.of(), java.util.Map.of(), java.util.Map.of(), List.of());
        }

        /**
         * Whether Jekyll's {@code include: [_pages, docs/_x.md]} names {@code rel} (relative to {@code content/},
         * with forward slashes) or a folder above it: such a name starting with {@code _} is read as content.
         */
        public boolean includes(String rel) {
            for (String entry : include) if (rel.equals(entry) || rel.startsWith(entry + "/")) return true;
            return false;
        }

        /** Whether {@code content/_NAME/} is a Jekyll collection that is published. */
        public boolean publishes(String underscored) {
            return underscored.startsWith("_") && collections.getOrDefault(underscored.substring(1), false);
        }

        public static ContentConfig defaults() {
            return new ContentConfig(List.of("md", "markdown", "mdown"), List.of("posts"), List.of());
        }
    }

    /** One menu link: its label, a site path ({@code /about/}) or absolute URL, and its place (lower first, then name). */
    public record MenuEntry(String name, String url, int weight) {}

    /**
     * How a build is published into the output folder.
     *
     * @param mode {@code releases} (each build in {@code <out>-releases/<id>/}, {@code <out>} a symlink
     *             switched with one rename) or {@code folder} (a plain folder swapped in, for hosts
     *             that cannot follow symlinks)
     * @param keep how many releases are kept (the live one is always kept)
     * @param brokenLinksWarn {@code broken_links: warn}: an internal link to a file the release lacks is a warning, not an error
     */
    public record OutputConfig(String mode, int keep, boolean brokenLinksWarn) {
        public static final String RELEASES = "releases";
        public static final String FOLDER = "folder";

        public static OutputConfig defaults() {
            return new OutputConfig(RELEASES, 5, false);
        }
    }

    /**
     * Page-level settings of the theme: head tags, structured data and navigation in posts.
     *
     * @param favicon        site-relative path of the SVG icon ({@code assets/favicon.svg}, shipped with the theme)
     * @param image          site-relative path or absolute URL of the default image for cards and JSON-LD, or ""
     * @param authorName     author of the posts, and publisher (default: the site title)
     * @param authorUrl      the author's page, or ""
     * @param noindexPaged   page 2 and later of lists get {@code <meta name="robots" content="noindex, follow">}
     * @param tocMinSections a post with at least this many {@code ##} sections gets a table of contents (0: never)
     */
    public record PageConfig(String favicon, String image, String authorName, String authorUrl, boolean noindexPaged,
                             int tocMinSections) {
        public static final String DEFAULT_FAVICON = "assets/favicon.svg";

        public static PageConfig defaults() {
            return new PageConfig(DEFAULT_FAVICON, "", "", "", true, 3);
        }
    }
}
