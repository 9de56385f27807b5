package press.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a release must pass before it goes live: a sitemap and a feed, and every internal link
 * ({@code href}/{@code src} under the base path or base URL) of every page naming a file the
 * release holds.
 */
final class ReleaseCheck {
    private static final Pattern LINK = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final List<String> REQUIRED = List.of("sitemap.xml", "feed.xml");

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private ReleaseCheck() {}

    /** The problems of the release in {@code folder} with files {@code files}; empty when it may go live. */
    static List<String> problems(Path folder, Set<String> files, String baseUrl, String basePath) {
        List<String> problems = new ArrayList<>();
        for (String f : REQUIRED) if (!files.contains(f)) problems.add(f + ": missing, expected every release to have it");
        for (String f : new TreeSet<>(files)) {
            if (!f.endsWith(".html")) continue;
            String html;
            try {
                html = Files.readString(folder.resolve(f), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                String url = m.group(1).replace("&amp;", "&");
                String path = url.startsWith(baseUrl) ? basePath + url.substring(baseUrl.length()) : relative(url, basePath, f);
                if (path == null || !path.startsWith(basePath) || path.startsWith("//")) continue;
                String target = file(path.substring(basePath.length()));
                if (!files.contains(target)) {
                    problems.add(f + ": link " + url + " names no file of the release (expected " + target + ")");
                    if (problems.size() >= 50) return problems;
                }
            }
        }
        return problems;
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
