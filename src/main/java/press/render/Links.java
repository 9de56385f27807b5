package press.render;

/**
 * Every URL of the site, built from the base URL, so the site works at a domain root or under a
 * sub-path like {@code /blog/}. {@code path} methods give site-relative paths ({@code /blog/posts/x/})
 * for links; {@link #absolute} gives full URLs for the sitemap, feed and canonical links.
 */
public record Links(String baseUrl, String basePath) {

    public String home(int page) {
        return basePath.concat(pageSuffix(page));
    }

    /** A post's page: {@code /blog/posts/x/} by default, or where its permalink puts it. */
    public String post(press.model.Post p) {
        return basePath.concat(p.path()); // concat: one exact copy (these run for every link of every page)
    }

    public String taxonomy(String path) {
        return basePath + path + "/";
    }

    public String term(String taxonomyPath, String termSlug, int page) {
        return basePath + taxonomyPath + "/" + termSlug + "/" + pageSuffix(page);
    }

    public String asset(String path) {
        return basePath.concat(path);
    }

    /** {@code /blog/posts/x/} to {@code https://example.org/blog/posts/x/}. */
    public String absolute(String sitePath) {
        return baseUrl.concat(sitePath.substring(basePath.length()));
    }

    /**
     * A link found on the page at site path {@code page} ({@code img.png}, {@code /x/}, {@code #a},
     * {@code https://...}) as an absolute URL, for feeds and cards read away from the site; a link
     * that is not a valid URI is returned as it is. A root-relative link is under the base path, as
     * Markdown bodies write it ({@code /img/a.png} of a site at {@code /blog/} is {@code /blog/img/a.png}).
     */
    public String absoluteFrom(String page, String ref) {
        String r = ref.startsWith("/") && !ref.startsWith("//") && !ref.startsWith(basePath) ? basePath + ref.substring(1) : ref;
        try {
            return java.net.URI.create(absolute(page)).resolve(r.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return ref;
        }
    }

    /** The archive's index, {@code /archive/}. */
    public String archive() {
        return basePath + "archive/";
    }

    /** {@code /archive/2024/}, page 2 on {@code /archive/2024/page/2/}. */
    public String archiveYear(int year, int page) {
        return archive() + year + "/" + pageSuffix(page);
    }

    /** {@code /archive/2024/05/}, page 2 on {@code /archive/2024/05/page/2/}. */
    public String archiveMonth(int year, int month, int page) {
        return archive() + year + "/" + (month < 10 ? "0" : "") + month + "/" + pageSuffix(page);
    }

    public String termFeed(String taxonomyPath, String termSlug, String ext) {
        return basePath + taxonomyPath + "/" + termSlug + "/feed." + ext;
    }

    /** The output file of a site path: {@code /blog/posts/x/} to {@code posts/x/index.html}. */
    public String file(String sitePath) {
        String rel = sitePath.substring(basePath.length());
        return rel.isEmpty() || rel.endsWith("/") ? rel.concat("index.html") : rel;
    }

    private static String pageSuffix(int page) {
        return page <= 1 ? "" : "page/" + page + "/";
    }
}
