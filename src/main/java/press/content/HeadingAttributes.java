package press.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading attributes as Hugo's Goldmark ({@code ## Install {#setup .wide}}) and kramdown
 * ({@code ## Install {: #setup}}) write them, on headings only (Hugo's default; a brace in a
 * paragraph stays text). {@code #id} or {@code id=...} becomes the heading's anchor id (and its
 * table-of-contents link), {@code .name} or {@code class=...} its classes; any other
 * {@code key=value} ({@code onclick=...}, {@code anchor=false}) is read and dropped, so nothing
 * but an id and classes reaches the page. Braces that are not attribute syntax stay in the text.
 */
final class HeadingAttributes implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private static final String NAME = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.-]*";
    private static final String VALUE = "(?:\"[^\"]*\"|'[^']*'|[^\\s{}\"'=]+)";
    private static final String ONE = "(?:#" + NAME + "|\\." + NAME + "|[A-Za-z_:][\\w:.-]*=" + VALUE + ")";
    /** The attribute block at the end of a heading's text, with the spaces before it. */
    static final Pattern TRAILING = Pattern.compile("\\s*\\{:?\\s*(" + ONE + "(?:\\s+" + ONE + ")*)\\s*}\\s*$");
    private static final Pattern EACH = Pattern.compile("#(" + NAME + ")|\\.(" + NAME + ")|([A-Za-z_:][\\w:.-]*)=(" + VALUE + ")");
    private static final Pattern SAFE_ID = Pattern.compile(NAME);
    private static final DataKey<Map<Node, String>> CLASSES = new DataKey<>("press.headingClasses", Map.of());

    static HeadingAttributes create() {
        return new HeadingAttributes();
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
                        for (Node n : doc.getDescendants()) {
                            if (n instanceof Heading h) read(h);
                        }
                        return doc;
                    }
                };
            }
        });
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.htmlIdGeneratorFactory(new UniqueIds());
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                    if (!(node instanceof Heading) || part != AttributablePart.NODE) return;
                    String c = CLASSES.get(node.getDocument()).get(node);
                    if (c != null) attributes.addValue("class", c);
                };
            }
        });
    }

    /** An attribute block at the end of a heading's text: where it starts, the id it gives (or null) and its class names. */
    record Block(int start, String id, List<String> classes) {}

    /** The attribute block at the end of {@code text}, or null when it ends with none. */
    static Block block(CharSequence text) {
        Matcher m = TRAILING.matcher(text);
        if (!m.find()) return null;
        String id = null;
        List<String> names = new ArrayList<>();
        Matcher each = EACH.matcher(m.group(1));
        while (each.find()) {
            if (each.group(1) != null) id = each.group(1);
            else if (each.group(2) != null) names.add(each.group(2));
            else if (each.group(3).equals("id")) id = unquote(each.group(4));
            else if (each.group(3).equals("class")) names.addAll(List.of(unquote(each.group(4)).strip().split("\\s+")));
        }
        return new Block(m.start(), id, names);
    }

    /** Whether {@code id} is one an author's block may give a heading (others are dropped). */
    static boolean safeId(String id) {
        return id != null && SAFE_ID.matcher(id).matches();
    }

    /** Takes the attribute block off the end of {@code h}'s text, if it has one, and applies it. */
    private static void read(Heading h) {
        if (!(h.getLastChild() instanceof Text text)) return;
        BasedSequence chars = text.getChars();
        Block block = block(chars);
        if (block == null) return;
        BasedSequence kept = chars.subSequence(0, block.start());
        if (kept.isEmpty() && text.getPrevious() == null) return; // "## {#x}" alone: no heading text to keep, leave it as written
        if (kept.isEmpty()) text.unlink();
        else text.setChars(kept);
        if (safeId(block.id())) {
            h.setAnchorRefId(block.id());
            h.setExplicitAnchorRefId(true);
        }
        List<String> names = new ArrayList<>(block.classes());
        names.removeIf(n -> !SAFE_ID.matcher(n).matches());
        if (!names.isEmpty()) addClasses(h, String.join(" ", names));
    }

    /** Gives {@code h} the classes {@code names} (space-separated), after any it has; also for kramdown's list on the next line ({@link BlockAttributes}). */
    static void addClasses(Heading h, String names) {
        Document doc = h.getDocument();
        Map<Node, String> classes = CLASSES.get(doc);
        if (!(classes instanceof IdentityHashMap)) {
            classes = new IdentityHashMap<>(classes);
            doc.set(CLASSES, classes);
        }
        classes.merge(h, names, (a, b) -> a + " " + b);
    }

    /**
     * Flexmark's ids, then made unique in document order: an author's {@code {#install}} keeps its
     * id, and a generated {@code install} elsewhere becomes {@code install-1}, as does a second
     * {@code {#install}} (Goldmark would keep both as written), so no page holds one id twice.
     */
    private static final class UniqueIds implements HeaderIdGeneratorFactory {
        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return generator(new HeaderIdGenerator.Factory().create(context));
        }

        @Override
        public HtmlIdGenerator create() {
            return generator(new HeaderIdGenerator.Factory().create());
        }

        private static HtmlIdGenerator generator(HeaderIdGenerator flexmark) {
            return new HtmlIdGenerator() {
                @Override
                public void generateIds(Document document) {
                    // each heading's own id from Flexmark; made unique below as Flexmark would (-1, -2), and around the author's ids
                    document.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, false);
                    flexmark.generateIds(document);
                    Set<String> used = new HashSet<>();
                    for (Node n : document.getDescendants()) {
                        if (n instanceof Heading h && h.isExplicitAnchorRefId()) used.add(h.getAnchorRefId());
                    }
                    Set<String> given = new HashSet<>(); // an author's id repeated in one body is numbered too (and warned about: HeadingIds)
                    for (Node n : document.getDescendants()) {
                        if (!(n instanceof Heading h) || h.getAnchorRefId().isEmpty()) continue;
                        if (h.isExplicitAnchorRefId() && given.add(h.getAnchorRefId())) continue;
                        String base = h.getAnchorRefId();
                        String id = base;
                        for (int i = 1; used.contains(id); i++) id = base + "-" + i;
                        h.setAnchorRefId(id);
                        used.add(id);
                    }
                }

                @Override
                public String getId(Node node) {
                    return flexmark.getId(node);
                }

                @Override
                public String getId(CharSequence text) {
                    return flexmark.getId(text);
                }
            };
        }
    }

    private static String unquote(String v) {
        return v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') ? v.substring(1, v.length() - 1) : v;
    }
}
