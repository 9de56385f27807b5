package press.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Navigation in long posts. Every {@code ##}-{@code ######} heading gets an anchor link after its
 * text (a visible "#" and a hidden accessible name "Link to section: ..."; the theme shows it on
 * hover and focus). A table of contents of the {@code ##} and {@code ###} headings replaces a
 * paragraph that is only {@code [TOC]}; without one, a post with at least {@code minSections}
 * {@code ##} sections gets it before its first section (0: only where {@code [TOC]} asks).
 */
final class HeadingExtension implements HtmlRenderer.HtmlRendererExtension {
    static final String MARKER = "[TOC]";
    private final int minSections;

    /** Whether the paragraph is only {@code [TOC]}; looks at its length first, as copying every paragraph's text costs. */
    static boolean isMarker(Paragraph p) {
        CharSequence chars = p.getChars();
        if (chars.length() > MARKER.length() + 8) return false;
        return chars.toString().strip().equalsIgnoreCase(MARKER);
    }

    HeadingExtension(int minSections) {
        this.minSections = minSections;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer(minSections));
    }

    /** One per rendered document, so its state is per post. */
    private static final class Renderer implements NodeRenderer {
        private final int minSections;
        private List<Heading> headings;
        private boolean hasMarker;
        private boolean tocWritten;

        Renderer(int minSections) {
            this.minSections = minSections;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Heading.class, this::heading),
                    new NodeRenderingHandler<>(Paragraph.class, this::paragraph));
        }

        private void scan(Node any) {
            if (headings != null) return;
            headings = new ArrayList<>();
            for (Node n : any.getDocument().getDescendants()) {
                if (n instanceof Heading h && h.getLevel() <= 3 && h.getLevel() >= 2) headings.add(h);
                if (n instanceof Paragraph p && isMarker(p)) hasMarker = true;
            }
        }

        private static boolean isMarker(Paragraph p) {
            return HeadingExtension.isMarker(p);
        }

        private void paragraph(Paragraph p, NodeRendererContext context, HtmlWriter html) {
            scan(p);
            if (!isMarker(p)) {
                context.delegateRender();
                return;
            }
            if (!tocWritten) toc(context, html);
        }

        private void heading(Heading h, NodeRendererContext context, HtmlWriter html) {
            scan(h);
            String id = context.getNodeId(h);
            if (h.getLevel() < 2 || id == null || id.isEmpty()) {
                context.delegateRender();
                return;
            }
            long sections = headings.stream().filter(x -> x.getLevel() == 2).count();
            if (!hasMarker && !tocWritten && minSections > 0 && sections >= minSections && h.getLevel() == 2) toc(context, html);
            String text = new TextCollectingVisitor().collectAndGetText(h);
            html.line().attr("id", id).withAttr().tag("h" + h.getLevel());
            context.renderChildren(h);
            html.raw(" <a class=\"anchor\" href=\"#" + CodeHighlighter.escape(id, new StringBuilder())
                    + "\"><span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to section: "
                    + CodeHighlighter.escape(text, new StringBuilder()) + "</span></a>");
            html.tag("/h" + h.getLevel()).line();
        }

        private void toc(NodeRendererContext context, HtmlWriter html) {
            tocWritten = true;
            if (headings.isEmpty()) return;
            StringBuilder sb = new StringBuilder("<nav class=\"toc\" aria-label=\"Contents\">\n<p class=\"toc-title\">Contents</p>\n<ol>\n");
            boolean inSub = false;
            boolean open = false;
            for (Heading h : headings) {
                String link = "<a href=\"#" + CodeHighlighter.escape(context.getNodeId(h), new StringBuilder()) + "\">"
                        + CodeHighlighter.escape(new TextCollectingVisitor().collectAndGetText(h), new StringBuilder()) + "</a>";
                if (h.getLevel() == 3 && open) {
                    if (!inSub) sb.append("\n<ol>\n");
                    inSub = true;
                    sb.append("<li>").append(link).append("</li>\n");
                    continue;
                }
                if (inSub) sb.append("</ol>\n");
                if (open) sb.append("</li>\n");
                inSub = false;
                open = true;
                sb.append("<li>").append(link);
            }
            if (inSub) sb.append("</ol>\n");
            if (open) sb.append("</li>\n");
            html.line().raw(sb.append("</ol>\n</nav>").toString()).line();
        }
    }
}
