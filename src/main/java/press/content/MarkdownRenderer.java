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
 * Markdown to HTML with commonmark-java: GFM tables, strikethrough and task lists, definition lists
 * and footnotes (as Goldmark and kramdown have them), heading anchor ids (an author's own from
 * {@code ## Title {#id}}, see {@link HeadingAttributes}), a table of contents, kramdown block
 * attributes, code blocks marked {@code language-X} and highlighted on the server
 * ({@link CodeHighlighter}), image-only paragraphs as figures, unsafe link schemes removed, and raw
 * HTML escaped unless the site turns it on. Thread-safe: one instance serves every post of a build
 * (the parser is shared; each body gets its own renderer state, {@link ParsedBody}).
 */
public final class MarkdownRenderer {
    private static final int WORDS_PER_MINUTE = 200;
    private static final Extension STRIKETHROUGH = StrikethroughExtension.builder().requireTwoTildes(true).build();
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), STRIKETHROUGH);

    private final boolean unsafeHtml;
    private final String basePath;
    private final int tocMinSections;
    private final Parser parser;

    /** Without a table of contents unless a post asks for one with {@code [TOC]}. */
    public MarkdownRenderer(boolean unsafeHtml) {
        this(unsafeHtml, "/", 0);
    }

    /**
     * @param basePath       put before root-relative link and image URLs ({@code /img/a.png} under {@code /blog/})
     * @param tocMinSections a post with this many {@code ##} sections gets a table of contents (0: only with {@code [TOC]})
     */
    public MarkdownRenderer(boolean unsafeHtml, String basePath, int tocMinSections) {
        this.unsafeHtml = unsafeHtml;
        this.basePath = basePath;
        this.tocMinSections = tocMinSections;
        this.parser = Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .customBlockParserFactory(new Footnotes.DefinitionStart())
                .customBlockParserFactory(new DefinitionLists.Start())
                .linkProcessor(new Footnotes.References())
                .build();
    }

    /** A parsed body and what was learnt about it. */
    private record Parsed(Node document, ParsedBody page) {}

    private Parsed parse(String markdown) {
        Node doc = parser.parse(markdown);
        ParsedBody page = new ParsedBody(markdown);
        TaskItems.mark(doc);
        DefinitionLists.group(doc);
        Footnotes.collect(doc, page);
        BlockAttributes.read(doc, page);
        return new Parsed(doc, page);
    }

    /**
     * The rendered body, the reading time in minutes (words outside code, at least 1) and the text
     * of every list item of the body, normalised by {@link #listText} (so a caller can tell whether
     * the body already lists something), and the address of its first image as written, or "".
     */
    public record Rendered(String html, int readingMinutes, Set<String> listItems, String firstImage, BodyText text, String titleHeading) {}

    /** One parse of {@code markdown}, rendered, with its facts and its text for the indexes. */
    public Rendered render(String markdown) {
        return render(markdown, "");
    }

    /**
     * As {@link #render(String)}, without a first {@code # heading} that repeats {@code title}: the
     * templates show the title as the page's {@code h1}, so Hugo's and Jekyll's habit of starting
     * the body with {@code # Title} would show it twice. With {@code title} null, any first
     * {@code #} heading is taken out (the caller titles the page with it: {@link Rendered#titleHeading}).
     */
    public Rendered render(String markdown, String title) {
        Parsed p = parse(markdown);
        String heading = dropTitleHeading(p.document(), title);
        HeadingAttributes.assignIds(p.document(), p.page());
        // sized by the Markdown: the renderer's own builder started small and doubled through each body (122 MB of copies at 10,000 posts)
        StringBuilder out = new StringBuilder(markdown.length() + markdown.length() / 2);
        renderer(p.page()).render(p.document(), out);
        String html = out.toString();
        Facts f = facts(p);
        BodyText text = DocumentText.of(p.document(), markdown.length());
        return new Rendered(html, f.readingMinutes(), f.listItems(), f.firstImage(), text, heading);
    }

    /** What a body holds, without rendering it: the reading time, its list items and first image (see {@link Rendered}). */
    public record Facts(int readingMinutes, Set<String> listItems, String firstImage) {}

    /** The facts of a body: the Markdown is parsed, not rendered. */
    public Facts facts(String markdown) {
        return facts(parse(markdown));
    }

    private HtmlRenderer renderer(ParsedBody page) {
        // tables are written by BodyHtml, not by the tables extension
        return HtmlRenderer.builder().extensions(List.of(STRIKETHROUGH)).escapeHtml(!unsafeHtml)
                .attributeProviderFactory(context -> SafeHtmlExtension.attributes(page, basePath))
                .nodeRendererFactory(context -> new BodyHtml(context, page, tocMinSections))
                .nodeRendererFactory(TaskItems::renderer)
                .nodeRendererFactory(context -> Footnotes.renderer(context, page))
                .nodeRendererFactory(DefinitionLists::renderer)
                .build();
    }

    /** The text of the body's first block when it is a level-1 heading equal to {@code title} (any, when null), now unlinked; else "". */
    private static String dropTitleHeading(Node doc, String title) {
        if (!(doc.getFirstChild() instanceof Heading h) || h.getLevel() != 1) return "";
        String text = HeadingAttributes.plainText(h).strip();
        if (text.isEmpty() || (title != null && !sameTitle(text, title))) return "";
        h.unlink();
        return text;
    }

    private static boolean sameTitle(String a, String b) {
        return a.replaceAll("\\s+", " ").strip().equalsIgnoreCase(b.replaceAll("\\s+", " ").strip());
    }

    private static Facts facts(Parsed p) {
        Set<String> items = new HashSet<>();
        String[] image = {""};
        int[] words = {0}; // outside code: code is never Text in commonmark-java's tree
        walk(p.document(), p.page(), items, image, words, new char[][] {new char[256]});
        return new Facts(Math.max(1, (words[0] + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE), items, image[0]);
    }

    /** {@code buffer}: one char array for the whole walk, grown when a text is longer (a copy per text was 100 MB at 10,000 posts). */
    private static void walk(Node node, ParsedBody page, Set<String> items, String[] image, int[] words, char[][] buffer) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) words[0] += words(t.getLiteral(), buffer);
            else if (n instanceof ListItem || n instanceof DefinitionLists.Description) items.add(listText(page.childText(n)));
            else if (n instanceof DefinitionLists.Term t) items.add(listText(t.line.isEmpty() ? HeadingAttributes.plainText(t) : t.line)); // Flexmark's terms and definitions were list items
            else if (n instanceof Footnotes.Reference r) words[0] += words(r.definition.label, buffer);
            else if (n instanceof Image img && image[0].isEmpty() && SafeHtmlExtension.isSafe(img.getDestination())) image[0] = img.getDestination();
            walk(n, page, items, image, words, buffer);
        }
    }

    /** Lower case, Markdown emphasis and task markers dropped, white space collapsed: "- [ ] **Run** tests" and "run tests" match. */
    public static String listText(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) i++;
        if (i + 2 < n && s.charAt(i) == '[' && " xX".indexOf(s.charAt(i + 1)) >= 0 && s.charAt(i + 2) == ']') {
            i += 3;
        }
        StringBuilder out = new StringBuilder(n - i);
        boolean space = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_' || c == '`' || c == '~') continue;
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) out.append(' ');
            space = false;
            out.append(c);
        }
        return out.toString().strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** White space as a regular expression's {@code \\s} sees it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** How many runs of characters other than white space ({@link Character#isWhitespace}) {@code s} holds. */
    static int words(String s) {
        return words(s, new char[][] {new char[s.length()]});
    }

    private static int words(String s, char[][] buffer) {
        int n = s.length();
        if (buffer[0].length < n) buffer[0] = new char[Math.max(n, 2 * buffer[0].length)];
        char[] cs = buffer[0];
        s.getChars(0, n, cs, 0); // a bulk copy: String.charAt on a body past Latin-1 costs a bounds and coder check per char under C1
        int count = 0;
        boolean in = false;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            // Character.isWhitespace, tested inline for ASCII: its table lookups (3 % of a build's CPU under C1), then a method
            // of 48 bytes (more than C1 inlines: a call per character of prose, 1-2 %) went here
            boolean letter = c > ' ' ? c < 0x80 || !Character.isWhitespace(c) : c < 0x09 || (c > 0x0D && c < 0x1C);
            if (letter && !in) count++;
            in = letter;
        }
        return count;
    }
}
