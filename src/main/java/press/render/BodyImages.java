package press.render;

import press.model.PostBody;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each {@code <img>} of a rendered body that shows a file of the site (a static file, or a
 * bundle file beside its post) the file's {@code width} and {@code height}, so the browser holds
 * its space before it loads (no layout shift; the theme's {@code max-width: 100%; height: auto}
 * scales it). Remote images, images of unknown size and tags that already say a width or height
 * are left as they are. The address is resolved against the page's own, the way the browser will.
 */
final class BodyImages {
    private static final Pattern IMG = Pattern.compile("<img\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final String basePath;
    private final Map<String, Path> images = new TreeMap<>(); // output path to source file
    private final ImageSizes sizes = new ImageSizes();
    private volatile String fingerprint;

    /** {@code files}: every file copied into the site, by output path (static files and bundle files). */
    BodyImages(String basePath, Map<String, Path> files) {
        this.basePath = basePath;
        files.forEach((path, from) -> {
            if (ImageSizes.isImage(path)) images.put(path, from);
        });
    }

    /** {@code body} of the page at site path {@code page}, sized when the page asks for it (nothing is read before). */
    PostBody sized(String page, PostBody body) {
        if (images.isEmpty()) return body;
        return PostBody.lazy(body.key() + "+images:" + fingerprint(), () -> html(page, body.html()));
    }

    /** {@code html}, the body of the page at site path {@code page}, with the sizes of the site's images it shows. */
    String html(String page, String html) {
        if (html == null || images.isEmpty() || !mayHoldImg(html)) return html;
        // the pattern is tried only where a tag starts with <img, as find() would meet it: a regex
        // search over the whole body was 1.6 % of a build's CPU under C1
        Matcher m = IMG.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        int copied = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            if (!html.regionMatches(true, i + 1, "img", 0, 3)) continue;
            m.region(i, html.length());
            if (!m.lookingAt()) continue;
            out.append(html, copied, i).append(sizedTag(page, m.group()));
            copied = m.end();
            i = copied - 1;
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** Whether {@code html} has an {@code <img} in any case, as {@link #IMG} matches it; a quick look before the pattern. */
    private static boolean mayHoldImg(String html) {
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i + 1, "img", 0, 3)) return true;
        }
        return false;
    }

    private String sizedTag(String page, String tag) {
        String src = null;
        Matcher a = ATTRIBUTE.matcher(tag.substring(4, tag.length() - 1));
        while (a.find()) {
            String name = a.group(1).toLowerCase(java.util.Locale.ROOT);
            if (name.equals("width") || name.equals("height")) return tag;
            if (name.equals("src") && src == null) src = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
        }
        Optional<ImageSizes.Size> size = src == null ? Optional.empty() : file(page, unescape(src)).flatMap(sizes::of);
        if (size.isEmpty()) return tag;
        int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
        while (end > 4 && Character.isWhitespace(tag.charAt(end - 1))) end--;
        return tag.substring(0, end) + " width=\"" + size.get().width() + "\" height=\"" + size.get().height() + "\""
                + tag.substring(end);
    }

    /** The site file an address on page {@code page} points at, if it is one. */
    private Optional<Path> file(String page, String src) {
        if (src.isEmpty() || src.startsWith("//") || SCHEME.matcher(src).find()) return Optional.empty();
        try {
            String path = new URI(null, null, page, null).resolve(new URI(src.replace(" ", "%20"))).normalize().getPath();
            if (path == null || !path.startsWith(basePath)) return Optional.empty();
            return Optional.ofNullable(images.get(path.substring(basePath.length())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /**
     * Names the image files as they are now (path, length, time of change), so a page digest changes
     * when an image it may show does; read once per build, and only when a body is sized.
     */
    private String fingerprint() {
        String f = fingerprint;
        if (f != null) return f;
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, Path> e : images.entrySet()) {
                String stamp;
                try {
                    stamp = Files.size(e.getValue()) + ":" + Files.getLastModifiedTime(e.getValue()).toMillis();
                } catch (IOException ex) {
                    stamp = "missing";
                }
                md.update((e.getKey() + "\0" + stamp + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            f = HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        fingerprint = f;
        return f;
    }
}
