package press.content;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link MarkdownRenderer} learns about one body between parsing and rendering: the
 * source, each heading's anchor id and classes, kramdown block attributes, the footnotes in the
 * order they are first referenced. One per rendered body.
 */
final class ParsedBody {
    final String source;
    /** Anchor ids: an author's own (explicit) or generated, made unique by {@link HeadingAttributes#assignIds}. */
    final Map<Heading, String> ids = new IdentityHashMap<>();
    final Map<Heading, Boolean> explicit = new IdentityHashMap<>();
    final Map<Heading, String> classes = new IdentityHashMap<>();
    /** A block's id (or null) and classes from a kramdown attribute list. */
    final Map<Node, String[]> attributes = new IdentityHashMap<>();
    /** Referenced footnotes, numbered from 1 in this order. */
    final List<Footnotes.Definition> footnotes = new ArrayList<>();

    ParsedBody(String source) {
        this.source = source;
    }

    void addClasses(Heading h, String names) {
        classes.merge(h, names, (a, b) -> a + " " + b);
    }

    void setId(Heading h, String id) {
        ids.put(h, id);
        explicit.put(h, true);
    }

    /** The source text from a node's first span to its last (its Markdown as written), or "" without spans. */
    String text(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans.isEmpty()) return "";
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return source.substring(first.getInputIndex(), last.getInputIndex() + last.getLength());
    }

    /** The source text of a node's children, from the first child's start to the last child's end. */
    String childText(Node n) {
        Node first = n.getFirstChild();
        Node last = n.getLastChild();
        if (first == null || first.getSourceSpans().isEmpty() || last.getSourceSpans().isEmpty()) return "";
        SourceSpan a = first.getSourceSpans().get(0);
        List<SourceSpan> ls = last.getSourceSpans();
        SourceSpan b = ls.get(ls.size() - 1);
        return source.substring(a.getInputIndex(), b.getInputIndex() + b.getLength());
    }
}
