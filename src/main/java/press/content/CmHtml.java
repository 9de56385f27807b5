package press.content;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HTML press writes for {@link CommonmarkRenderer} beyond CommonMark's own, as
 * {@link SafeHtmlExtension} and {@link HighlightExtension} describe it: safe link schemes only,
 * root-relative URLs under the base path, later images lazy, image-only paragraphs as figures,
 * tables with alignment classes, fenced code highlighted on the server, headings through
 * {@link CmHeadingRenderer}, kramdown attributes on blocks. One per rendered body.
 */
final class CmHtml implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final CmHeadingRenderer headings;
    private final Set<Node> captions = new HashSet<>();

    CmHtml(HtmlNodeRendererContext context, CmPage page, int tocMinSections) {
        this.context = context;
        this.html = context.getWriter();
        this.headings = new CmHeadingRenderer(context, page, tocMinSections);
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
        else if (node instanceof FencedCodeBlock f) fence(f);
        else if (node instanceof TableCell c) cell(c);
        else table(node);
    }

    /** Safe URLs, the base path, lazy images and kramdown's attributes: one provider per rendered body, asked in document order. */
    static AttributeProvider attributes(CmPage page, String basePath) {
        boolean[] imageSeen = {false};
        return (node, tag, attributes) -> {
            for (String name : new String[] {"href", "src"}) {
                String v = attributes.get(name);
                if (v == null) continue;
                if (!SafeHtmlExtension.isSafe(v)) attributes.put(name, "#");
                else if (!basePath.equals("/") && v.startsWith("/") && !v.startsWith("//") && !v.startsWith(basePath)) {
                    attributes.put(name, basePath + v.substring(1));
                }
            }
            if (node instanceof Image && tag.equals("img")) {
                if (imageSeen[0] && blockIndex(node) >= SafeHtmlExtension.NEAR_TOP) {
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

    private void fence(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo();
        String word = info.split("[\\s{]", 2)[0];
        Optional<String> language = CodeHighlighter.language(word);
        html.line();
        html.tag("pre", context.extendAttributes(block, "pre", Map.of())); // kramdown's {: .class} after the fence
        if (language.isPresent()) {
            html.raw("<code class=\"language-" + language.get() + "\">");
            html.raw(CodeHighlighter.highlight(language.get(), block.getLiteral()));
        } else {
            Map<String, String> attrs = new LinkedHashMap<>();
            if (!word.isEmpty()) attrs.put("class", "language-" + word);
            html.tag("code", attrs);
            html.text(block.getLiteral());
        }
        html.tag("/code");
        html.tag("/pre");
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
