package press.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's block attribute lists, as Jekyll sites write them: a line {@code {: .note}},
 * {@code {:#intro}} or {@code {: #id .a .b}} directly after a paragraph, list, blockquote, heading,
 * code block or table gives that block its id and classes (directly before a block, the block
 * after it). As with {@link HeadingAttributes}, only {@code #id} and {@code .class} (or
 * {@code id=}/{@code class=}) reach the page; other keys and attribute-definition references are
 * read and dropped, and an attribute definition line ({@code {:ref: .x}}) is dropped. kramdown's
 * table of contents, a list of one item followed by {@code {:toc}} ({@code * TOC}), becomes
 * press's table of contents (as {@code [TOC]}). A line that is not attribute syntax stays text;
 * one with a blank line on both sides belongs to no block and is dropped, as kramdown drops it.
 */
final class BlockAttributes implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private static final String NAME = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.-]*";
    private static final String VALUE = "(?:\"[^\"]*\"|'[^']*'|[^\\s{}\"'=]+)";
    private static final Pattern LIST = Pattern.compile("\\{:\\s*([^{}]*?)\\s*}\\s*");
    private static final Pattern DEFINITION = Pattern.compile("\\{:[A-Za-z][\\w-]*:[^{}]*}\\s*");
    private static final Pattern EACH = Pattern.compile("\\s*(?:#(" + NAME + ")|\\.(" + NAME + ")|([A-Za-z_:][\\w:.-]*)=(" + VALUE + ")|([A-Za-z][\\w-]*))");
    private static final Pattern SAFE = Pattern.compile(NAME);
    private static final DataKey<Map<Node, String[]>> ATTRIBUTES = new DataKey<>("press.blockAttributes", Map.of());

    /** An attribute list's id (or null), classes, and whether it names kramdown's {@code toc}. */
    private record Attributes(String id, List<String> classes, boolean toc) {}

    static BlockAttributes create() {
        return new BlockAttributes();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new DocumentPostProcessorFactory() {
            @Override
            public DocumentPostProcessor apply(Document document) {
                return new DocumentPostProcessor() {
                    @Override
                    public Document processDocument(Document doc) {
                        if (!BaseChars.contains(doc.getChars(), "{:")) return doc; // most pages have none: one scan of the text
                        Map<Node, String[]> found = new IdentityHashMap<>();
                        List<Paragraph> paragraphs = new ArrayList<>();
                        for (Node n : doc.getDescendants()) if (n instanceof Paragraph p) paragraphs.add(p);
                        for (Paragraph p : paragraphs) read(doc, p, found);
                        if (!found.isEmpty()) doc.set(ATTRIBUTES, found);
                        return doc;
                    }
                };
            }
        });
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                    if (part != AttributablePart.NODE || node instanceof Heading) return; // a heading's id is its anchor id, set below
                    String[] a = ATTRIBUTES.get(node.getDocument()).get(node);
                    if (a == null) return;
                    if (a[0] != null) attributes.replaceValue("id", a[0]);
                    if (!a[1].isEmpty()) attributes.addValue("class", a[1]);
                };
            }
        });
    }

    private static void read(Document doc, Paragraph p, Map<Node, String[]> found) {
        if (p.getParent() == null) return; // unlinked by an earlier list's {:toc}
        List<BasedSequence> lines = p.getContentLines();
        if (lines.isEmpty()) return;
        if (lines.size() == 1) {
            String line = lines.get(0).toString();
            if (DEFINITION.matcher(line).matches()) {
                p.unlink();
                return;
            }
            Attributes a = parse(line);
            if (a == null) return;
            Node prev = p.getPrevious();
            Node next = p.getNext();
            Node target = prev != null && adjacent(doc, prev, p) ? prev : next != null && adjacent(doc, p, next) ? next : null;
            p.unlink();
            if (target != null) apply(target, a, found);
            return;
        }
        Attributes last = parse(lines.get(lines.size() - 1).toString());
        if (last != null && p.getLastChild() instanceof Text t && t.getChars().toString().strip().equals(lines.get(lines.size() - 1).toString().strip())
                && (t.getPrevious() instanceof SoftLineBreak || t.getPrevious() instanceof HardLineBreak)) {
            t.getPrevious().unlink();
            t.unlink();
            apply(outer(doc, p, lines.get(lines.size() - 1)), last, found);
            return;
        }
        Attributes first = parse(lines.get(0).toString());
        if (first != null && p.getFirstChild() instanceof Text t && t.getChars().toString().strip().equals(lines.get(0).toString().strip())
                && t.getNext() instanceof SoftLineBreak) {
            t.getNext().unlink();
            t.unlink();
            apply(p, first, found);
        }
    }

    /**
     * The block a list after {@code p}'s last line belongs to: the paragraph, or, when the line is not
     * indented (a lazy line after a list or quote), the outermost list or quote that {@code p} ends.
     */
    private static Node outer(Document doc, Paragraph p, BasedSequence line) {
        int start = line.getStartOffset();
        int lineStart = start;
        BasedSequence all = doc.getChars();
        while (lineStart > 0 && all.charAt(lineStart - 1) != '\n') lineStart--;
        if (start - lineStart > 1) return p;
        Node t = p;
        while (t.getNext() == null && (t.getParent() instanceof ListItem || t.getParent() instanceof BulletList
                || t.getParent() instanceof OrderedList || t.getParent() instanceof BlockQuote)) {
            t = t.getParent();
        }
        return t;
    }

    /** Whether {@code b} starts on the line after the one {@code a} ends on (no blank line between). */
    private static boolean adjacent(Document doc, Node a, Node b) {
        if (!(a instanceof Block) || !(b instanceof Block)) return false;
        int end = Math.max(a.getStartOffset(), a.getEndOffset() - 1);
        while (end > a.getStartOffset() && Character.isWhitespace(doc.getChars().charAt(end))) end--;
        return doc.getLineNumber(b.getStartOffset()) - doc.getLineNumber(end) == 1;
    }

    private static void apply(Node target, Attributes a, Map<Node, String[]> found) {
        if (a.toc() && (target instanceof BulletList || target instanceof OrderedList)) {
            Paragraph toc = new Paragraph(BasedSequence.of(HeadingExtension.MARKER));
            toc.appendChild(new Text(BasedSequence.of(HeadingExtension.MARKER)));
            target.insertBefore(toc);
            target.unlink();
            return;
        }
        if (target instanceof Heading h) {
            if (a.id() != null) {
                h.setAnchorRefId(a.id());
                h.setExplicitAnchorRefId(true);
            }
            if (!a.classes().isEmpty()) HeadingAttributes.addClasses(h, String.join(" ", a.classes()));
            return;
        }
        if (a.id() == null && a.classes().isEmpty()) return;
        found.put(target, new String[] {a.id(), String.join(" ", a.classes())});
    }

    /** The attribute list on a whole line, or null when the line is not one. */
    private static Attributes parse(String line) {
        Matcher m = LIST.matcher(line.strip());
        if (!m.matches()) return null;
        String id = null;
        List<String> classes = new ArrayList<>();
        boolean toc = false;
        String body = m.group(1);
        Matcher each = EACH.matcher(body);
        int at = 0;
        while (at < body.length() && each.find(at) && each.start() == at) {
            at = each.end();
            if (each.group(1) != null) id = each.group(1);
            else if (each.group(2) != null) classes.add(each.group(2));
            else if (each.group(3) != null && each.group(3).equals("id")) id = unquote(each.group(4));
            else if (each.group(3) != null && each.group(3).equals("class")) classes.addAll(List.of(unquote(each.group(4)).strip().split("\\s+")));
            else if (each.group(5) != null && each.group(5).equals("toc")) toc = true;
        }
        if (!body.substring(at).isBlank()) return null;
        if (id != null && !SAFE.matcher(id).matches()) id = null;
        classes.removeIf(c -> !SAFE.matcher(c).matches());
        return new Attributes(id, List.copyOf(classes), toc);
    }

    private static String unquote(String v) {
        return v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') ? v.substring(1, v.length() - 1) : v;
    }
}
