package press.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Checks a built output tree as if it were served at its base URL: every internal href and src
 * of every page (and every URL in the sitemap, feed and robots.txt) must name a file of the tree,
 * and a fragment must name an id in that page. Links to other hosts are allowed only as links
 * and images inside a post body; the theme itself never loads anything from elsewhere.
 */
final class LinkChecker {
    /** Elements and attributes that point somewhere. */
    private static final String[][] URL_ATTRS = {{"a", "href"}, {"link", "href"}, {"script", "src"}, {"img", "src"},
            {"iframe", "src"}, {"source", "src"}, {"video", "src"}, {"audio", "src"}, {"form", "action"}, {"object", "data"}};

    private final SortedMap<String, byte[]> tree;
    private final URI base;
    private final String basePath;
    private final Map<String, Set<String>> idsByFile = new HashMap<>();
    final List<String> problems = new ArrayList<>();
    int checked;
    int pages;

    private LinkChecker(SortedMap<String, byte[]> tree, String baseUrl) {
        this.tree = tree;
        this.base = URI.create(baseUrl);
        this.basePath = base.getPath();
    }

    /** Checks the output tree as served at {@code baseUrl} (ending in /); returns the checker with its problems and counts. */
    static LinkChecker check(SortedMap<String, byte[]> tree, String baseUrl) {
        LinkChecker c = new LinkChecker(tree, baseUrl);
        for (String file : tree.keySet()) {
            if (file.endsWith(".html")) c.checkPage(file);
        }
        c.checkXml("sitemap.xml", "loc", null);
        c.checkXml("feed.xml", "link", "href");
        String robots = new String(tree.getOrDefault("robots.txt", new byte[0]), StandardCharsets.UTF_8);
        robots.lines().filter(l -> l.startsWith("Sitemap:"))
                .forEach(l -> c.checkTarget("robots.txt", l.substring("Sitemap:".length()).trim(), c.base, true));
        return c;
    }

    private void checkPage(String file) {
        pages++;
        String at = pagePath(file);
        URI pageUrl = at.isEmpty() ? base : base.resolve(at);
        Document doc = Jsoup.parse(new String(tree.get(file), StandardCharsets.UTF_8), pageUrl.toString());
        for (String[] ea : URL_ATTRS) {
            for (Element e : doc.select(ea[0] + "[" + ea[1] + "]")) {
                String raw = e.attr(ea[1]);
                boolean inBody = !e.parents().select(".post-body").isEmpty();
                String where = file + ": <" + ea[0] + " " + ea[1] + "=\"" + raw + "\">";
                if (!inBody && !raw.startsWith("#") && !raw.startsWith(basePath) && !raw.startsWith(base.toString())) {
                    problems.add(where + " is not under the base path " + basePath);
                }
                if (raw.startsWith("#") && raw.length() > 1) {
                    // same document wherever it is served (the 404 page is served at any address)
                    checked++;
                    if (!ids(file).contains(raw.substring(1))) problems.add(where + " names " + raw + ", which " + file + " has no id for");
                    continue;
                }
                boolean external = checkTarget(where, raw, pageUrl, false);
                if (external && !(inBody && (ea[0].equals("a") || ea[0].equals("img")))) {
                    problems.add(where + " points to another host outside a post body");
                }
            }
        }
    }

    /** Checks one URL; returns true when it points to another host (not checked further). */
    private boolean checkTarget(String where, String raw, URI from, boolean mustBeAbsolute) {
        checked++;
        if (raw.equals("#") || raw.startsWith("mailto:") || raw.startsWith("tel:")) return false;
        URI target;
        try {
            target = from.resolve(new URI(raw.trim()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            problems.add(where + " is not a valid URL: " + e.getMessage());
            return false;
        }
        String scheme = target.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            problems.add(where + " has scheme " + scheme + ", expected http(s) or a relative URL");
            return false;
        }
        if (mustBeAbsolute && !raw.startsWith(base.toString())) problems.add(where + " is not an absolute URL under " + base);
        if (!(target.getHost() != null && target.getHost().equalsIgnoreCase(base.getHost()) && target.getPort() == base.getPort())) {
            return true;
        }
        String path = target.getPath();
        if (path == null || !path.startsWith(basePath)) {
            problems.add(where + " resolves to " + path + ", outside the site at " + basePath);
            return false;
        }
        String rel = path.substring(basePath.length());
        String file = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
        if (!tree.containsKey(file)) {
            problems.add(where + " resolves to " + path + ": no file " + file + " in the output");
            return false;
        }
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && !ids(file).contains(fragment)) {
            problems.add(where + " names #" + fragment + ", which " + file + " has no id for");
        }
        return false;
    }

    private Set<String> ids(String file) {
        return idsByFile.computeIfAbsent(file, f -> {
            Document doc = Jsoup.parse(new String(tree.get(f), StandardCharsets.UTF_8));
            Set<String> ids = new java.util.HashSet<>();
            doc.select("[id]").forEach(e -> ids.add(e.id()));
            doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
            return ids;
        });
    }

    private void checkXml(String file, String tag, String attr) {
        byte[] bytes = tree.get(file);
        if (bytes == null) {
            problems.add(file + " is missing");
            return;
        }
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
        for (Element e : doc.select(tag)) {
            String raw = attr == null ? e.text() : e.attr(attr);
            checkTarget(file + ": <" + tag + "> " + raw, raw, base, true);
        }
    }

    /**
     * The site path a file is served at. The 404 page is served for any missing address, so it is
     * checked as if found deep in the site: only links that do not depend on the page's place work.
     */
    private static String pagePath(String file) {
        if (file.equals("404.html")) return "no/such/deep/page/";
        if (file.equals("index.html")) return "";
        return file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }
}
