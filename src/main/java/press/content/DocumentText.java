package press.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import press.model.BodyText;

/**
 * The text a reader reads in a parsed Markdown body, split into prose, headings ({@code ##} and
 * deeper; a {@code #} heading reads as prose) and code blocks, with backslash escapes and entities
 * decoded, each element separating words as its tags do. Image descriptions (attributes in the
 * page), link reference definitions and the {@code [TOC]} marker are left out.
 */
final class DocumentText {
    private final StringBuilder prose = new StringBuilder();
    private final StringBuilder headings = new StringBuilder();
    private final StringBuilder code = new StringBuilder();
    private final BaseChars.Finder backslashes = new BaseChars.Finder('\\');
    private final BaseChars.Finder ampersands = new BaseChars.Finder('&');

    private DocumentText() {}

    static BodyText of(Node document) {
        DocumentText t = new DocumentText();
        t.visit(document, t.prose);
        return new BodyText(t.prose.toString(), t.headings.toString(), t.code.toString());
    }

    /** The text as the page shows it: backslash escapes and entities resolved (Flexmark's regex only where there are any). */
    private void unescaped(com.vladsch.flexmark.util.sequence.BasedSequence s, StringBuilder into) {
        if (!backslashes.in(s) && !ampersands.in(s)) BaseChars.append(into, s);
        else into.append(s.unescape());
    }

    private void visit(Node node, StringBuilder into) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof FencedCodeBlock f) {
                BaseChars.append(code, f.getContentChars()).append('\n');
            } else if (n instanceof IndentedCodeBlock c) {
                BaseChars.append(code, c.getContentChars()).append('\n');
            } else if (n instanceof Heading h) {
                StringBuilder to = h.getLevel() >= 2 ? headings : into;
                visit(h, to);
                to.append('\n');
            } else if (n instanceof Image i) {
                into.append(' ').append(i.getTitle().unescape()).append(' '); // the title is the figure's caption; the description is an attribute
            } else if (n instanceof ImageRef) {
                into.append(' ');
            } else if (n instanceof Paragraph p && HeadingExtension.isMarker(p)) {
                into.append(' ');
            } else if (n instanceof Code c) {
                into.append(c.getText().unescape());
            } else if (n instanceof Text || n instanceof HtmlEntity) {
                unescaped(n.getChars(), into);
            } else if (n instanceof HtmlInline || n instanceof HtmlBlock) {
                into.append(' ').append(n.getChars()).append(' ');
            } else if (n instanceof AutoLink a) {
                into.append(' ').append(a.getText()).append(' ');
            } else if (n instanceof MailLink m) {
                into.append(' ').append(m.getText()).append(' ');
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak || n instanceof Reference) {
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
