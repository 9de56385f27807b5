package press.content;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import press.model.BodyText;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Markdown to HTML with commonmark-java, as {@link MarkdownRenderer} describes it: GFM tables,
 * strikethrough and task lists, definition lists and footnotes, heading ids and attributes, a
 * table of contents, kramdown block attributes, server-side highlighting, safe URLs, figures.
 * Thread-safe: the parser is shared, and each body gets its own renderer state ({@link CmPage}).
 */
final class CommonmarkRenderer {
    private static final int WORDS_PER_MINUTE = 200;
    private static final Extension STRIKETHROUGH = StrikethroughExtension.builder().requireTwoTildes(true).build();
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), STRIKETHROUGH);

    private final boolean unsafeHtml;
    private final String basePath;
    private final int tocMinSections;
    private final Parser parser;

    CommonmarkRenderer(boolean unsafeHtml, String basePath, int tocMinSections) {
        this.unsafeHtml = unsafeHtml;
        this.basePath = basePath;
        this.tocMinSections = tocMinSections;
        this.parser = Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .customBlockParserFactory(new CmFootnotes.DefinitionStart())
                .customBlockParserFactory(new CmDefinitionLists.Start())
                .linkProcessor(new CmFootnotes.References())
                .build();
    }

    /** A parsed body and what was learnt about it. */
    private record Parsed(Node document, CmPage page) {}

    private Parsed parse(String markdown) {
        Node doc = parser.parse(markdown);
        CmPage page = new CmPage(markdown);
        CmTaskItems.mark(doc);
        CmDefinitionLists.group(doc);
        CmFootnotes.collect(doc, page);
        CmBlockAttributes.read(doc, page);
        return new Parsed(doc, page);
    }

    MarkdownRenderer.Rendered render(String markdown, String title) {
        Parsed p = parse(markdown);
        String heading = dropTitleHeading(p.document(), title);
        CmHeadings.assignIds(p.document(), p.page());
        String html = renderer(p.page()).render(p.document());
        MarkdownRenderer.Facts f = facts(p);
        BodyText text = CmDocumentText.of(p.document());
        return new MarkdownRenderer.Rendered(html, f.readingMinutes(), f.listItems(), f.firstImage(), text, heading);
    }

    MarkdownRenderer.Facts facts(String markdown) {
        return facts(parse(markdown));
    }

    private HtmlRenderer renderer(CmPage page) {
        // tables are written by CmHtml, not by the tables extension
        return HtmlRenderer.builder().extensions(List.of(STRIKETHROUGH)).escapeHtml(!unsafeHtml)
                .attributeProviderFactory(context -> CmHtml.attributes(page, basePath))
                .nodeRendererFactory(context -> new CmHtml(context, page, tocMinSections))
                .nodeRendererFactory(CmTaskItems::renderer)
                .nodeRendererFactory(context -> CmFootnotes.renderer(context, page))
                .nodeRendererFactory(CmDefinitionLists::renderer)
                .build();
    }

    /** The text of the body's first block when it is a level-1 heading equal to {@code title} (any, when null), now unlinked; else "". */
    private static String dropTitleHeading(Node doc, String title) {
        if (!(doc.getFirstChild() instanceof Heading h) || h.getLevel() != 1) return "";
        String text = CmHeadings.plainText(h).strip();
        if (text.isEmpty() || (title != null && !sameTitle(text, title))) return "";
        h.unlink();
        return text;
    }

    private static boolean sameTitle(String a, String b) {
        return a.replaceAll("\\s+", " ").strip().equalsIgnoreCase(b.replaceAll("\\s+", " ").strip());
    }

    private static MarkdownRenderer.Facts facts(Parsed p) {
        Set<String> items = new HashSet<>();
        String[] image = {""};
        int[] words = {0}; // outside code: code is never Text in commonmark-java's tree
        walk(p.document(), p.page(), items, image, words);
        return new MarkdownRenderer.Facts(Math.max(1, (words[0] + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE), items, image[0]);
    }

    private static void walk(Node node, CmPage page, Set<String> items, String[] image, int[] words) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) words[0] += words(t.getLiteral());
            else if (n instanceof ListItem || n instanceof CmDefinitionLists.Description) items.add(MarkdownRenderer.listText(page.childText(n)));
            else if (n instanceof CmDefinitionLists.Term t) items.add(MarkdownRenderer.listText(t.line)); // Flexmark's terms and definitions were list items
            else if (n instanceof CmFootnotes.Reference r) words[0] += words(r.definition.label);
            else if (n instanceof Image img && image[0].isEmpty() && SafeHtmlExtension.isSafe(img.getDestination())) image[0] = img.getDestination();
            walk(n, page, items, image, words);
        }
    }

    /** How many runs of characters other than white space {@code s} holds. */
    private static int words(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = !Character.isWhitespace(s.charAt(i));
            if (letter && !in) count++;
            in = letter;
        }
        return count;
    }
}
