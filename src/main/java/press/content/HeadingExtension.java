package press.content;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Navigation in long posts. Every {@code ##}-{@code ######} heading gets an anchor link after its
 * text (a visible "#" and a hidden accessible name "Link to section: ..."; the theme shows it on
 * hover and focus). A table of contents of the {@code ##} and {@code ###} headings replaces a
 * paragraph that is only {@code [TOC]}; without one, a post with at least {@code minSections}
 * {@code ##} sections gets it before its first section (0: only where {@code [TOC]} asks). Headings
 * are written with their id and classes ({@link HeadingAttributes}). One per rendered body.
 */
final class HeadingExtension {
    static final String MARKER = "[TOC]";
    private final HtmlNodeRendererContext context;
    private final ParsedBody page;
    private final int minSections;
    private List<Heading> headings;
    private boolean hasMarker;
    private boolean tocWritten;

    HeadingExtension(HtmlNodeRendererContext context, ParsedBody page, int minSections) {
        this.context = context;
        this.page = page;
        this.minSections = minSections;
    }

    /** Whether the paragraph is only {@code [TOC]}. */
    static boolean isMarker(Paragraph p) {
        if (!(p.getFirstChild() instanceof org.commonmark.node.Text t) || t.getNext() != null) return false;
        String s = t.getLiteral();
        return s.length() <= MARKER.length() + 8 && s.strip().equalsIgnoreCase(MARKER);
    }

    private void scan(Node any) {
        if (headings != null) return;
        headings = new ArrayList<>();
        Node doc = any;
        while (doc.getParent() != null) doc = doc.getParent();
        scan(doc, headings);
    }

    private void scan(Node node, List<Heading> into) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() <= 3 && h.getLevel() >= 2) into.add(h);
            if (n instanceof Paragraph p && isMarker(p)) hasMarker = true;
            scan(n, into);
        }
    }

    /** Writes the table of contents if {@code p} is the marker and returns true; false for any other paragraph. */
    boolean marker(Paragraph p) {
        if (!isMarker(p)) return false;
        scan(p);
        if (!tocWritten) toc();
        return true;
    }

    void heading(Heading h) {
        scan(h);
        HtmlWriter html = context.getWriter();
        String id = page.ids.get(h);
        Map<String, String> attrs = new LinkedHashMap<>();
        if (id != null && !id.isEmpty()) attrs.put("id", id);
        String c = page.classes.get(h);
        if (c != null) attrs.put("class", c);
        String tag = "h" + h.getLevel();
        boolean anchor = h.getLevel() >= 2 && id != null && !id.isEmpty();
        if (anchor) {
            long sections = headings.stream().filter(x -> x.getLevel() == 2).count();
            if (!hasMarker && !tocWritten && minSections > 0 && sections >= minSections && h.getLevel() == 2) toc();
        }
        html.line();
        html.tag(tag, attrs);
        for (Node n = h.getFirstChild(); n != null; n = n.getNext()) context.render(n);
        if (anchor) {
            html.raw(" <a class=\"anchor\" href=\"#" + CodeHighlighter.escape(id, new StringBuilder())
                    + "\"><span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to section: "
                    + CodeHighlighter.escape(HeadingAttributes.plainText(h), new StringBuilder()) + "</span></a>");
        }
        html.tag("/" + tag);
        html.line();
    }

    private void toc() {
        tocWritten = true;
        if (headings.isEmpty()) return;
        StringBuilder sb = new StringBuilder("<nav class=\"toc\" aria-label=\"Contents\">\n<p class=\"toc-title\">Contents</p>\n<ol>\n");
        boolean inSub = false;
        boolean open = false;
        for (Heading h : headings) {
            String id = page.ids.getOrDefault(h, "");
            String link = "<a href=\"#" + CodeHighlighter.escape(id, new StringBuilder()) + "\">"
                    + CodeHighlighter.escape(HeadingAttributes.plainText(h), new StringBuilder()) + "</a>";
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
        HtmlWriter html = context.getWriter();
        html.line();
        html.raw(sb.append("</ol>\n</nav>").toString());
        html.line();
    }
}
