package press.content;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The blocks press writes its own way: a paragraph holding only an image becomes a {@code figure},
 * taking an all-italic paragraph right after it as its caption (else the image's title); tables
 * get the class {@code table}, and a column's alignment is an {@code align-X} class on its cells
 * (the {@code align} attribute is obsolete HTML); fenced code goes to {@link HighlightExtension},
 * headings and the {@code [TOC]} marker to {@link HeadingExtension}. One per rendered body.
 */
final class BodyHtml implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final HeadingExtension headings;
    private final Set<Node> captions = new HashSet<>();

    BodyHtml(HtmlNodeRendererContext context, ParsedBody page, int tocMinSections) {
        this.context = context;
        this.html = context.getWriter();
        this.headings = new HeadingExtension(context, page, tocMinSections);
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Paragraph.class, Heading.class, FencedCodeBlock.class, TableBlock.class, TableHead.class, TableBody.class,
                TableRow.class, TableCell.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof Paragraph p) paragraph(p);
        else if (node instanceof Heading h) headings.heading(h);
        else if (node instanceof FencedCodeBlock f) HighlightExtension.write(f, context);
        else if (node instanceof TableCell c) cell(c);
        else table(node);
    }

    private void paragraph(Paragraph p) {
        if (captions.contains(p) || headings.marker(p)) return;
        if (onlyChild(p) instanceof Image image) {
            figure(p, image);
            return;
        }
        boolean tight = p.getParent() != null && p.getParent().getParent() instanceof ListBlock list && list.isTight();
        if (!tight) {
            html.line();
            html.tag("p", context.extendAttributes(p, "p", Map.of()));
        }
        children(p);
        if (!tight) {
            html.tag("/p");
            html.line();
        }
    }

    private void figure(Paragraph p, Image image) {
        html.line();
        html.tag("figure");
        context.render(image);
        Node next = p.getNext();
        if (next instanceof Paragraph np && onlyChild(np) instanceof Emphasis em) {
            captions.add(np);
            html.tag("figcaption");
            children(em);
            html.tag("/figcaption");
        } else if (image.getTitle() != null && !image.getTitle().isBlank()) {
            html.tag("figcaption");
            html.text(image.getTitle());
            html.tag("/figcaption");
        }
        html.tag("/figure");
        html.line();
    }

    private void table(Node node) {
        String tag = node instanceof TableBlock ? "table" : node instanceof TableHead ? "thead" : node instanceof TableBody ? "tbody" : "tr";
        Map<String, String> attrs = node instanceof TableBlock ? Map.of("class", "table") : Map.of();
        html.line();
        html.tag(tag, context.extendAttributes(node, tag, attrs));
        if (!(node instanceof TableRow)) html.line();
        children(node);
        html.tag("/" + tag);
        html.line();
    }

    private void cell(TableCell cell) {
        String tag = cell.isHeader() ? "th" : "td";
        Map<String, String> attrs = cell.getAlignment() == null ? Map.of()
                : Map.of("class", "align-" + cell.getAlignment().name().toLowerCase(java.util.Locale.ROOT));
        html.tag(tag, context.extendAttributes(cell, tag, attrs));
        children(cell);
        html.tag("/" + tag);
    }

    private void children(Node node) {
        for (Node n = node.getFirstChild(); n != null; ) {
            Node next = n.getNext();
            context.render(n);
            n = next;
        }
    }

    private static Node onlyChild(Node n) {
        Node first = n.getFirstChild();
        return first != null && first.getNext() == null ? first : null;
    }
}
