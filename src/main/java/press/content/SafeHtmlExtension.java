package press.content;

import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

import java.util.Locale;
import java.util.Set;

/**
 * What press changes in every tag's attributes: every {@code href} and {@code src} whose scheme is
 * not http, https, mailto or tel becomes {@code #} (so {@code javascript:} never survives, however
 * it is spelled), root-relative URLs are put under the site's base path, images below the fold
 * load lazily (the body's first image and any image in its first {@value #NEAR_TOP} blocks load at
 * once: a lazy image above the fold delays the largest paint; every later one gets
 * {@code loading="lazy" decoding="async"}), and kramdown's block attributes
 * ({@link BlockAttributes}) are applied.
 */
final class SafeHtmlExtension {
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** Images in this many top-level blocks of a body are taken to be above the fold. */
    static final int NEAR_TOP = 3;

    private SafeHtmlExtension() {}

    /** Safe URLs, the base path, lazy images and kramdown's attributes: one provider per rendered body, asked in document order. */
    static AttributeProvider attributes(ParsedBody page, String basePath) {
        boolean[] imageSeen = {false};
        return (node, tag, attributes) -> {
            for (String name : new String[] {"href", "src"}) {
                String v = attributes.get(name);
                if (v == null) continue;
                if (!isSafe(v)) attributes.put(name, "#");
                else if (!basePath.equals("/") && v.startsWith("/") && !v.startsWith("//") && !v.startsWith(basePath)) {
                    attributes.put(name, basePath + v.substring(1));
                }
            }
            if (node instanceof Image && tag.equals("img")) {
                if (imageSeen[0] && blockIndex(node) >= NEAR_TOP) {
                    attributes.put("loading", "lazy");
                    attributes.put("decoding", "async");
                }
                imageSeen[0] = true;
            }
            String[] a = page.attributes.get(node);
            if (a != null && !(node instanceof Heading) && !tag.equals("code")) {
                if (a[0] != null) attributes.put("id", a[0]);
                if (!a[1].isEmpty()) attributes.merge("class", a[1], (x, y) -> x + " " + y);
            }
        };
    }

    /** The place of the top-level block holding {@code node} among the body's blocks, from 0. */
    private static int blockIndex(Node node) {
        Node block = node;
        while (block.getParent() != null && !(block.getParent() instanceof Document)) block = block.getParent();
        int i = 0;
        for (Node n = block.getPrevious(); n != null; n = n.getPrevious()) i++;
        return i;
    }

    /** Relative URLs and the listed schemes are safe; browsers ignore tabs, newlines and controls in a scheme, so we do too. */
    static boolean isSafe(String url) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > 0x20 && c != 0x7f) sb.append(c);
        }
        String u = sb.toString().toLowerCase(Locale.ROOT);
        int colon = u.indexOf(':');
        if (colon < 0) return true;
        int cut = firstOf(u, "/?#");
        if (cut >= 0 && cut < colon) return true; // the colon is in the path or query: relative URL
        return SAFE_SCHEMES.contains(u.substring(0, colon));
    }

    private static int firstOf(String s, String chars) {
        int best = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }
}
