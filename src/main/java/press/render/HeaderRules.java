package press.render;

import press.config.SiteConfig;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP headers for the built site, written two ways from one list: {@code _headers} (the
 * Netlify / Cloudflare Pages convention, read from the published folder and not served) and an
 * nginx snippet ({@code press headers --nginx}). Security headers on every response; a year's
 * immutable caching for {@code assets/} (fingerprinted by {@link AssetNames}); pages, feeds and
 * the sitemap revalidated on every visit.
 */
public final class HeaderRules {
    /** The theme loads nothing from other hosts and has no inline script or style. */
    public static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    public static final List<String[]> SECURITY = List.of(
            new String[] {"Content-Security-Policy", CSP},
            new String[] {"X-Content-Type-Options", "nosniff"},
            new String[] {"Referrer-Policy", "strict-origin-when-cross-origin"},
            new String[] {"X-Frame-Options", "DENY"});
    public static final String LONG_CACHE = "public, max-age=31536000, immutable";
    public static final String REVALIDATE = "public, max-age=0, must-revalidate";

    private HeaderRules() {}

    /** {@code _headers}: security headers for all paths, then cache rules by path (the rules never overlap, so no value is merged). */
    static byte[] netlify(SiteConfig config) {
        String base = config.basePath();
        StringBuilder sb = new StringBuilder("# press: security and caching headers (Netlify / Cloudflare Pages _headers)\n");
        sb.append(base).append("*\n");
        for (String[] h : SECURITY) sb.append("  ").append(h[0]).append(": ").append(h[1]).append('\n');
        sb.append(base).append("assets/*\n  Cache-Control: ").append(LONG_CACHE).append('\n');
        for (String p : revalidated(config)) sb.append(base).append(p).append("\n  Cache-Control: ").append(REVALIDATE).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Paths of pages and data files, relative to the base path ("" is the home page). */
    private static List<String> revalidated(SiteConfig config) {
        List<String> out = new ArrayList<>(List.of("", "index.html", "404.html", "page/*", "posts/*", "feed.xml", "sitemap*.xml", "robots.txt"));
        for (SiteConfig.TaxonomyConfig t : config.taxonomies()) out.add(t.path() + "/*");
        return out;
    }

    /** An nginx snippet for the {@code server} or {@code location} block serving the site. */
    public static String nginx() {
        StringBuilder sb = new StringBuilder("# press: security and caching headers; include in the server block serving the site\n");
        for (String[] h : SECURITY) sb.append("add_header ").append(h[0]).append(" \"").append(h[1]).append("\" always;\n");
        sb.append("add_header Cache-Control \"").append(REVALIDATE).append("\" always;\n");
        sb.append("location ~ /assets/ {\n");
        // add_header in a location replaces the outer ones, so the security headers are repeated
        for (String[] h : SECURITY) sb.append("    add_header ").append(h[0]).append(" \"").append(h[1]).append("\" always;\n");
        sb.append("    add_header Cache-Control \"").append(LONG_CACHE).append("\" always;\n}\n");
        sb.append("location ~ /_headers$ { return 404; }\n");
        return sb.toString();
    }
}
