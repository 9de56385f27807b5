package press.content;

import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import press.model.BodyText;

/**
 * The text a reader reads in a body parsed by {@link MarkdownRenderer}, as {@link DocumentText}
 * describes it: prose, headings ({@code ##} and deeper) and code blocks, escapes and entities
 * decoded, each element separating words as its tags do; image descriptions, link reference
 * definitions and the {@code [TOC]} marker left out.
 */
final class DocumentText {
    private final StringBuilder prose;
    private final StringBuilder headings = new StringBuilder();
    private final StringBuilder code = new StringBuilder();

    private DocumentText(int markdownLength) {
        prose = new StringBuilder(markdownLength); // the prose is most of a body: doubling from 16 chars copied it ~9 times (125 MB at 10,000 posts)
    }

    /** The text of {@code document}, a body of {@code markdownLength} chars of Markdown. */
    static BodyText of(Node document, int markdownLength) {
        DocumentText t = new DocumentText(markdownLength);
        t.visit(document, t.prose);
        return new BodyText(t.prose.toString(), t.headings.toString(), t.code.toString());
    }

    private void visit(Node node, StringBuilder into) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FencedCodeBlock f) {
                code.append(f.getLiteral()).append('\n');
            } else if (n instanceof IndentedCodeBlock c) {
                code.append(c.getLiteral()).append('\n');
            } else if (n instanceof Heading h) {
                StringBuilder to = h.getLevel() >= 2 ? headings : into;
                visit(h, to);
                to.append('\n');
            } else if (n instanceof Image i) {
                into.append(' ').append(i.getTitle() == null ? "" : i.getTitle()).append(' '); // the title is the figure's caption; the description is an attribute
            } else if (n instanceof Paragraph p && HeadingExtension.isMarker(p)) {
                into.append(' ');
            } else if (n instanceof Code c) {
                into.append(c.getLiteral());
            } else if (n instanceof Text t) {
                into.append(t.getLiteral());
            } else if (n instanceof Footnotes.Reference r) {
                into.append(' ').append(r.definition.label).append(' ');
            } else if (n instanceof HtmlInline h && h.getLiteral().startsWith("<!--")) {
                into.append(' '); // a comment is not shown
            } else if (n instanceof HtmlInline h) {
                into.append(' ').append(h.getLiteral()).append(' ');
            } else if (n instanceof HtmlBlock h) {
                into.append(' ').append(h.getLiteral()).append(' ');
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak || n instanceof LinkReferenceDefinition) {
                into.append(' '); // a link reference definition is not shown
            } else {
                // every element separates words, as its tags do in the page (table cells, list items, emphasis)
                into.append(' ');
                visit(n, into);
                into.append(n instanceof Block ? '\n' : ' ');
            }
        }
    }
}
