package press.content;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Four renderer changes: table cell alignment becomes an {@code align-X} class (the
 * {@code align} attribute is obsolete HTML), every {@code href} and {@code src} whose scheme is not http, https,
 * mailto or tel becomes {@code #} (so {@code javascript:} never survives, however it is spelled),
 * a paragraph holding only an image becomes a {@code figure}, taking an all-italic paragraph
 * right after it as its caption, and images below the fold load lazily: the body's first image
 * and any image in its first {@value #NEAR_TOP} blocks load at once (a lazy image above the fold
 * delays the largest paint), every later one gets {@code loading="lazy" decoding="async"}.
 */
final class SafeHtmlExtension implements HtmlRenderer.HtmlRendererExtension {
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** Images in this many top-level blocks of a body are taken to be above the fold. */
    static final int NEAR_TOP = 3;

    /** The site's base path ({@code /} or {@code /blog/}): root-relative links in Markdown ({@code /img/a.png}) are put under it. */
    private final String basePath;

    private SafeHtmlExtension(String basePath) {
        this.basePath = basePath;
    }

    static SafeHtmlExtension create() {
        return new SafeHtmlExtension("/");
    }

    static SafeHtmlExtension create(String basePath) {
        return new SafeHtmlExtension(basePath);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                boolean[] imageSeen = {false}; // one provider per rendered document, asked in document order
                return (node, part, attributes) -> {
                    safeUrls(node, part, attributes);
                    underBasePath(attributes);
                    if (node instanceof Image) {
                        if (imageSeen[0] && blockIndex(node) >= NEAR_TOP) {
                            attributes.replaceValue("loading", "lazy");
                            attributes.replaceValue("decoding", "async");
                        }
                        imageSeen[0] = true;
                    }
                };
            }
        });
        builder.nodeRendererFactory(FigureRenderer::new);
    }

    private static void safeUrls(Node node, AttributablePart part, MutableAttributes attributes) {
        for (String name : new String[] {"href", "src"}) {
            var a = attributes.get(name);
            if (a != null && !isSafe(a.getValue())) attributes.replaceValue(name, "#");
        }
        // align on table cells is obsolete HTML; a class keeps the column alignment (style.css has the rules)
        var align = attributes.get("align");
        if (node instanceof com.vladsch.flexmark.ext.tables.TableCell && align != null) {
            String value = align.getValue();
            attributes.remove("align");
            attributes.addValue("class", "align-" + value);
        }
    }

    /** The place of the top-level block holding {@code node} among the body's blocks, from 0. */
    private static int blockIndex(Node node) {
        Node block = node;
        while (block.getParent() != null && !(block.getParent() instanceof com.vladsch.flexmark.util.ast.Document)) block = block.getParent();
        int i = 0;
        for (Node n = block.getPrevious(); n != null; n = n.getPrevious()) i++;
        return i;
    }

    /** {@code /img/a.png} under {@code https://example.org/blog/} is {@code /blog/img/a.png}; links already under the base path stay. */
    private void underBasePath(MutableAttributes attributes) {
        if (basePath.equals("/")) return;
        for (String name : new String[] {"href", "src"}) {
            var a = attributes.get(name);
            if (a == null) continue;
            String v = a.getValue();
            if (v.startsWith("/") && !v.startsWith("//") && !v.startsWith(basePath)) attributes.replaceValue(name, basePath + v.substring(1));
        }
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

    /** Renders image-only paragraphs as figures. One instance per rendered document, so its state is per post. */
    private static final class FigureRenderer implements NodeRenderer {
        private final Set<Node> captions = new HashSet<>();

        FigureRenderer(DataHolder options) {}

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::render));
        }

        private void render(Paragraph p, NodeRendererContext context, HtmlWriter html) {
            if (captions.contains(p)) return;
            if (!(onlyChild(p) instanceof Image image)) {
                context.delegateRender();
                return;
            }
            html.line().tag("figure");
            context.render(image);
            Node next = p.getNext();
            if (next instanceof Paragraph np && onlyChild(np) instanceof Emphasis em) {
                captions.add(np);
                html.tag("figcaption");
                context.renderChildren(em);
                html.tag("/figcaption");
            } else if (image.getTitle().isNotBlank()) {
                html.tag("figcaption").text(image.getTitle().unescape()).tag("/figcaption");
            }
            html.tag("/figure").line();
        }

        private static Node onlyChild(Node n) {
            Node first = n.getFirstChild();
            return first != null && first.getNext() == null ? first : null;
        }
    }
}
