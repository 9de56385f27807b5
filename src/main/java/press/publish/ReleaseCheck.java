package press.publish;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a release must pass before it goes live: a sitemap and a feed, and every internal link
 * ({@code href}/{@code src} under the base path or base URL) of every page naming a file the
 * release holds.
 */
final class ReleaseCheck {
    private static final List<String> REQUIRED = List.of("sitemap.xml", "feed.xml");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** Per file an internal link names: the first page (in path order) that names it, and the link as written there. */
    private final Map<String, String[]> targets = new ConcurrentHashMap<>();
    /** Per site path as linked, the file it names ({@link #file}): pages share most of their links (menus, terms, similar posts). */
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final String baseUrl;
    private final String basePath;

    ReleaseCheck(String baseUrl, String basePath) {
        this.baseUrl = baseUrl;
        this.basePath = basePath;
    }

    /** Notes the internal links of {@code page} as it is written (from its bytes: nothing is read back). Thread-safe. */
    void page(String page, byte[] bytes) {
        if (!page.endsWith(".html")) return;
        // each ' href="..."' and ' src="..."': a scan of the bytes, the page is never decoded whole
        for (int i = indexOf(bytes, '"', 0); i >= 0; i = indexOf(bytes, '"', i + 1)) {
            if (i < 5 || bytes[i - 1] != '=' || !(attribute(bytes, i - 1, "href") || attribute(bytes, i - 1, "src"))) continue;
            int end = indexOf(bytes, '"', i + 1);
            if (end < 0) return;
            link(page, new String(bytes, i + 1, end - i - 1, StandardCharsets.UTF_8).replace("&amp;", "&"));
            i = end;
        }
    }

    private void link(String page, String url) {
        String path = url.startsWith(baseUrl) ? basePath + url.substring(baseUrl.length()) : relative(url, basePath, page);
        if (path == null || !path.startsWith(basePath) || path.startsWith("//")) return;
        String target = files.computeIfAbsent(path, p -> file(p.substring(basePath.length())));
        String[] first = targets.get(target);
        if (first != null && first[0].compareTo(page) <= 0) return; // an earlier page names it already: the common case, without a lock
        targets.merge(target, new String[] {page, url}, (a, b) -> a[0].compareTo(b[0]) <= 0 ? a : b);
    }

    /** Whether {@code name} ends just before {@code equals} and white space comes before it. */
    private static boolean attribute(byte[] b, int equals, String name) {
        int start = equals - name.length();
        if (start < 1 || !Character.isWhitespace(b[start - 1])) return false;
        for (int k = 0; k < name.length(); k++) if (b[start + k] != name.charAt(k)) return false;
        return true;
    }

    private static int indexOf(byte[] b, char c, int from) {
        for (int i = from; i < b.length; i++) if (b[i] == c) return i;
        return -1;
    }

    /** A link to a file the release does not hold: the first page (in path order) naming it, the link as written there, the file meant. */
    record Broken(String page, String url, String target) {}

    /**
     * The problems of a release holding {@code files}; empty when it may go live. A link to a
     * missing file is named once, at the first page that has it.
     */
    List<String> problems(Set<String> files) {
        List<String> problems = new ArrayList<>(missing(files));
        for (Broken b : broken(files)) {
            if (problems.size() >= 50) break;
            problems.add(b.page() + ": link " + b.url() + " names no file of the release (expected " + b.target() + ")");
        }
        return problems;
    }

    /** The files every release must have that {@code files} lacks, each as {@code file: why}. */
    List<String> missing(Set<String> files) {
        List<String> out = new ArrayList<>();
        for (String f : REQUIRED) if (!files.contains(f)) out.add(f + ": missing, expected every release to have it");
        return out;
    }

    /** Every link to a file {@code files} lacks, once per file, by page and then file. */
    List<Broken> broken(Set<String> files) {
        TreeMap<String, Broken> missing = new TreeMap<>();
        targets.forEach((target, at) -> {
            // a folder named without its last / (docs/history) is served: every static server redirects it to docs/history/
            if (!files.contains(target) && !files.contains(target + "/index.html")) missing.put(at[0] + "\u0000" + target, new Broken(at[0], at[1], target));
        });
        return List.copyOf(missing.values());
    }

    /**
     * A link without scheme or leading slash ({@code map.png}, {@code ../x/}) as a site path, resolved
     * against the page {@code file} it is on; other links as they are; null for fragments and queries only.
     */
    private static String relative(String url, String basePath, String file) {
        if (url.isEmpty() || url.startsWith("/") || url.startsWith("#") || url.startsWith("?") || SCHEME.matcher(url).find()) {
            return url.isEmpty() || url.startsWith("#") || url.startsWith("?") ? null : url;
        }
        try {
            return new java.net.URI(null, null, basePath + file, null).resolve(new java.net.URI(url.replace(" ", "%20"))).getRawPath();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return basePath + file.substring(0, file.lastIndexOf('/') + 1) + url; // not a valid URI: it names no file
        }
    }

    /** {@code posts/x/?q#f} to {@code posts/x/index.html}. */
    static String file(String rel) {
        int cut = rel.length();
        for (char c : new char[] {'?', '#'}) {
            int i = rel.indexOf(c);
            if (i >= 0 && i < cut) cut = i;
        }
        String path = URLDecoder.decode(rel.substring(0, cut).replace("+", "%2B"), StandardCharsets.UTF_8);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
