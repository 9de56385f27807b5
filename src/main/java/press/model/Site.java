package press.model;

import press.config.SiteConfig;

import java.util.List;
import java.util.Map;

/**
 * The whole site in memory, ready to plan pages from.
 *
 * @param posts       newest first (ties by slug)
 * @param similar     similar posts by post slug
 * @param termsByPost the terms each post links to, by post slug and taxonomy field, in the post's order
 * @param pages       every page that is not a post, by path ({@code _index} files are in {@code sections})
 * @param sections    every section, by path
 * @param home        the top-level {@code _index} file, or null
 * @param menu        the site menu (config entries and pages with {@code menu: main}), by weight, then name; urls are site paths
 * @param bundleFiles files copied beside their page's output, by output path
 * @param ownPageTexts the texts of pages press makes itself: by taxonomy path, a page giving that taxonomy's list its
 *                    title and text ({@code content/tags.md} at {@code /tags/}); at {@link #NOT_FOUND}, the page giving the not-found
 *                    page its title and text (Jekyll's {@code 404.md})
 */
public record Site(SiteConfig config, List<Post> posts, List<Taxonomy> taxonomies,
                   Map<String, List<SimilarLink>> similar, Map<String, Map<String, List<Term>>> termsByPost,
                   List<Page> pages, List<Section> sections, Page home, List<SiteConfig.MenuEntry> menu,
                   List<BundleFile> bundleFiles, Map<String, Page> ownPageTexts) {
    /** The not-found page's file, and the key of its text in {@code ownPageTexts}. */
    public static final String NOT_FOUND = "404.html";

    /** This site with {@code similar} as its similar posts. */
    public Site withSimilar(Map<String, List<SimilarLink>> similar) {
        return new Site(config, posts, taxonomies, similar, termsByPost, pages, sections, home, menu, bundleFiles, ownPageTexts);
    }
}
