package press.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import press.model.BodyText;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Markdown to HTML with Flexmark: GFM tables, strikethrough and task lists, definition lists and
 * footnotes (as Goldmark and kramdown have them), heading anchor ids (an author's own from
 * {@code ## Title {#id}}, see {@link HeadingAttributes}),
 * code blocks marked {@code language-X} and highlighted on the server ({@link CodeHighlighter}), image-only paragraphs as figures, unsafe link schemes
 * removed, and raw HTML escaped unless the site turns it on. Thread-safe: one instance serves
 * every post of a build.
 */
public final class MarkdownRenderer {
    private static final int WORDS_PER_MINUTE = 200;

    private final Parser parser;
    private final HtmlRenderer renderer;

    /** Without a table of contents unless a post asks for one with {@code [TOC]}. */
    public MarkdownRenderer(boolean unsafeHtml) {
        this(unsafeHtml, "/", 0);
    }

    /**
     * @param basePath       put before root-relative link and image URLs ({@code /img/a.png} under {@code /blog/})
     * @param tocMinSections a post with this many {@code ##} sections gets a table of contents (0: only with {@code [TOC]})
     */
    public MarkdownRenderer(boolean unsafeHtml, String basePath, int tocMinSections) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), SafeHtmlExtension.create(basePath), HighlightExtension.create(),
                new HeadingExtension(tocMinSections), HeadingAttributes.create(), BlockAttributes.create(), DefinitionExtension.create(), FootnoteExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.ESCAPE_HTML, !unsafeHtml);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
        options.set(TablesExtension.CLASS_NAME, "table");
        // the HTML as the renderers write it: Flexmark's line formatting (on by default) drops the leading spaces of highlighted code lines, and copies text char by char
        options.set(HtmlRenderer.FORMAT_FLAGS, HtmlRenderer.PASS_THROUGH);
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "&#8617;&#xfe0e;"); // the text arrow, not an emoji
        // Flexmark's default markers carry readonly, which HTML forbids on checkboxes (the Nu HTML Checker rejects it)
        options.set(TaskListExtension.ITEM_DONE_MARKER, "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled>&nbsp;");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>&nbsp;");
        options.toImmutable();
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
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
        Document doc = parser.parse(markdown);
        String heading = dropTitleHeading(doc, title);
        String html = renderer.render(doc);
        Facts f = facts(doc);
        return new Rendered(html, f.readingMinutes(), f.listItems(), f.firstImage(), DocumentText.of(doc), heading);
    }

    /** The text of the body's first block when it is a level-1 heading equal to {@code title} (any, when null), now unlinked; else "". */
    private static String dropTitleHeading(Document doc, String title) {
        if (!(doc.getFirstChild() instanceof com.vladsch.flexmark.ast.Heading h) || h.getLevel() != 1) return "";
        String text = new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(h).strip();
        if (text.isEmpty() || (title != null && !sameTitle(text, title))) return "";
        h.unlink();
        return text;
    }

    private static boolean sameTitle(String a, String b) {
        return a.replaceAll("\\s+", " ").strip().equalsIgnoreCase(b.replaceAll("\\s+", " ").strip());
    }

    /** What a body holds, without rendering it: the reading time, its list items and first image (see {@link Rendered}). */
    public record Facts(int readingMinutes, Set<String> listItems, String firstImage) {}

    /** The facts of a body: the Markdown is parsed, not rendered. */
    public Facts facts(String markdown) {
        return facts(parser.parse(markdown));
    }

    private static Facts facts(Document doc) {
        Set<String> items = new HashSet<>();
        String image = "";
        int words = 0; // outside code
        for (Node n : doc.getDescendants()) {
            if (n instanceof Text && !inCode(n)) words += BaseChars.words(n.getChars());
            else if (n instanceof ListItem item) items.add(listText(BaseChars.text(item.getChildChars())));
            else if (n instanceof Image img && image.isEmpty() && SafeHtmlExtension.isSafe(img.getUrl().toString())) image = img.getUrl().toString();
        }
        return new Facts(Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE), items, image);
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

    private static boolean inCode(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Code || p instanceof FencedCodeBlock || p instanceof IndentedCodeBlock) return true;
        }
        return false;
    }
}
