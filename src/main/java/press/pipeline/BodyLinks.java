package press.pipeline;

import press.model.Post;
import press.problem.Problems;
import press.problem.SourcePos;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The internal links and images of one post's or page's Markdown body: each must name a file the
 * build writes (a relative one, a file of the page's bundle), and a {@code #fragment} an element
 * id of that page. Problems point at the link in the Markdown file.
 */
final class BodyLinks {
    private static final Pattern LINK = Pattern.compile("<(a|img)\\s[^>]*?(?:href|src)=\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private BodyLinks() {}

    static void check(Path source, Post post, String basePath, PageIndex index, Problems problems) {
        String path = post.path(); // posts/x/, or a permalink such as 2024/05/x.html
        String dir = path.endsWith("/") ? path : path.substring(0, path.lastIndexOf('/') + 1);
        check(source, post.source(), post.bodyHtml(), dir, path.endsWith("/") ? path + "index.html" : path, basePath, index, problems);
    }

    static void check(Path source, String file, String html, String dir, String basePath, PageIndex index, Problems problems) {
        check(source, file, html, dir, dir + "index.html", basePath, index, problems);
    }

    /**
     * @param file the Markdown file, relative to the site folder
     * @param dir  the folder the page is written to, relative to the site root ({@code docs/install/}, "" for the home page)
     */
    private static void check(Path source, String file, String html, String dir, String page, String basePath, PageIndex index, Problems problems) {
        Matcher m = LINK.matcher(html);
        String text = null;
        while (m.find()) {
            String url = m.group(2).replace("&amp;", "&").replace("&quot;", "\"");
            if (url.isEmpty() || SCHEME.matcher(url).find() || url.startsWith("//")) continue;
            boolean image = m.group(1).equals("img");
            String problem = problem(url, image, basePath, dir, page, index, isBundle(file) && !url.startsWith("/") ? file : null);
            if (problem == null) continue;
            if (text == null) text = read(source.resolve(file));
            problems.add(at(file, text, url), problem);
        }
    }

    /** An {@code index} or {@code _index} file, whose folder's other files are published beside its page. */
    private static boolean isBundle(String file) {
        String name = Path.of(file).getFileName().toString();
        return name.startsWith("index.") || name.startsWith("_index.");
    }

    /** @param bundle the page's index file when the URL is relative to a bundle's page (a file beside it is meant), else null */
    private static String problem(String url, boolean image, String basePath, String dir, String page, PageIndex index, String bundle) {
        String path;
        String fragment = null;
        int hash = url.indexOf('#');
        String noFragment = hash < 0 ? url : url.substring(0, hash);
        if (hash >= 0) fragment = URLDecoder.decode(url.substring(hash + 1), StandardCharsets.UTF_8);
        int q = noFragment.indexOf('?');
        if (q >= 0) noFragment = noFragment.substring(0, q);
        String target;
        if (noFragment.isEmpty()) {
            target = page;
        } else {
            try {
                path = new URI(null, null, basePath + dir, null).resolve(new URI(null, null, decode(noFragment), null)).getPath();
            } catch (URISyntaxException e) {
                return "link " + url + ": not a valid URL, expected a path such as " + basePath + "posts/other-post/";
            }
            if (!path.startsWith(basePath)) {
                return (image ? "image " : "link ") + url + ": outside the site (" + basePath + "), expected a path under it";
            }
            String rel = path.substring(basePath.length());
            target = rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
            if (!index.files.contains(target) && index.files.contains(target + "/index.html")) target = target + "/index.html";
            if (!index.files.contains(target) && bundle != null) {
                return (image ? "image " : "link ") + url + ": no such file in the site (" + target + "), expected a file beside "
                        + bundle + " (its bundle)" + (image ? " or an image under static/" : ", a page or a static file");
            }
            if (!index.files.contains(target)) {
                return image ? "image " + url + ": no such file in the site (" + target + "), expected a file under static/"
                        : "link " + url + ": no page of the site has this address (" + target + "), expected a post, list or static file";
            }
        }
        if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")) {
            Set<String> ids = index.ids.getOrDefault(target, Set.of());
            if (!ids.contains(fragment)) {
                return "link " + url + ": " + target + " has no element with id \"" + fragment + "\", expected a heading id of that page";
            }
        }
        return null;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static SourcePos at(String file, String text, String url) {
        int i = text.indexOf("(" + url);
        i = i >= 0 ? i + 1 : text.indexOf(url);
        if (i < 0) return SourcePos.of(Path.of(file), 0, 0);
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < i; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return SourcePos.of(Path.of(file), line, i - lineStart + 1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
