package press.content;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's block attribute lists for {@link MarkdownRenderer}, as {@link BlockAttributes}
 * describes them: a line {@code {: #id .class}} directly after (or before) a block gives it its id
 * and classes, {@code {:toc}} after a one-item list is the table of contents, an attribute
 * definition line is dropped.
 */
final class BlockAttributes {
    private static final String NAME = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.-]*";
    private static final String VALUE = "(?:\"[^\"]*\"|'[^']*'|[^\\s{}\"'=]+)";
    private static final Pattern LIST = Pattern.compile("\\{:\\s*([^{}]*?)\\s*}\\s*");
    private static final Pattern DEFINITION = Pattern.compile("\\{:[A-Za-z][\\w-]*:[^{}]*}\\s*");
    private static final Pattern EACH = Pattern.compile("\\s*(?:#(" + NAME + ")|\\.(" + NAME + ")|([A-Za-z_:][\\w:.-]*)=(" + VALUE + ")|([A-Za-z][\\w-]*))");
    private static final Pattern SAFE = Pattern.compile(NAME);

    private record Attributes(String id, List<String> classes, boolean toc) {}

    private BlockAttributes() {}

    /** Reads every attribute list of the body into {@code page} (before ids are given: a heading's id may come from one). */
    static void read(Node document, ParsedBody page) {
        if (!page.source.contains("{:")) return; // most pages have none: one scan of the text
        List<Node> blocks = new ArrayList<>();
        collect(document, blocks);
        for (Node b : blocks) {
            if (b instanceof Paragraph p) read(p, page);
            else lastRow((TableBlock) b, page);
        }
    }

    private static void collect(Node node, List<Node> into) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph || n instanceof TableBlock) into.add(n);
            if (!(n instanceof TableBlock)) collect(n, into);
        }
    }

    /** A table's last row that is only an attribute list (GFM reads the line after a table as a row) gives the table its attributes. */
    private static void lastRow(TableBlock table, ParsedBody page) {
        if (!(table.getLastChild() instanceof TableBody body) || !(body.getLastChild() instanceof TableRow row)) return;
        List<SourceSpan> spans = row.getSourceSpans();
        if (spans.size() != 1) return;
        Attributes a = parse(line(page, spans.get(0)));
        if (a == null) return;
        row.unlink();
        if (body.getFirstChild() == null) body.unlink();
        apply(table, a, page);
    }

    private static void read(Paragraph p, ParsedBody page) {
        if (p.getParent() == null) return; // unlinked by an earlier list's {:toc}
        List<SourceSpan> lines = p.getSourceSpans();
        if (lines.isEmpty()) return;
        if (lines.size() == 1) {
            String line = line(page, lines.get(0));
            if (DEFINITION.matcher(line).matches()) {
                p.unlink();
                return;
            }
            Attributes a = parse(line);
            if (a == null) return;
            Node prev = p.getPrevious();
            Node next = p.getNext();
            Node target = prev != null && adjacent(prev, p) ? prev : next != null && adjacent(p, next) ? next : null;
            p.unlink();
            if (target != null) apply(target, a, page);
            return;
        }
        SourceSpan lastSpan = lines.get(lines.size() - 1);
        String lastLine = line(page, lastSpan);
        Attributes last = parse(lastLine);
        if (last != null && p.getLastChild() instanceof Text t && t.getLiteral().strip().equals(lastLine.strip())
                && (t.getPrevious() instanceof SoftLineBreak || t.getPrevious() instanceof HardLineBreak)) {
            t.getPrevious().unlink();
            t.unlink();
            apply(outer(p, lastSpan), last, page);
            return;
        }
        String firstLine = line(page, lines.get(0));
        Attributes first = parse(firstLine);
        if (first != null && p.getFirstChild() instanceof Text t && t.getLiteral().strip().equals(firstLine.strip())
                && t.getNext() instanceof SoftLineBreak) {
            t.getNext().unlink();
            t.unlink();
            apply(p, first, page);
        }
    }

    private static String line(ParsedBody page, SourceSpan s) {
        return page.source.substring(s.getInputIndex(), s.getInputIndex() + s.getLength());
    }

    /** The block a list after {@code p}'s last line belongs to: the paragraph, or, for a line not indented, the outermost list or quote {@code p} ends. */
    private static Node outer(Paragraph p, SourceSpan line) {
        if (line.getColumnIndex() > 1) return p;
        Node t = p;
        while (t.getNext() == null && (t.getParent() instanceof ListItem || t.getParent() instanceof BulletList
                || t.getParent() instanceof OrderedList || t.getParent() instanceof BlockQuote)) {
            t = t.getParent();
        }
        return t;
    }

    /** Whether {@code b} starts on the line after the one {@code a} ends on (no blank line between). */
    private static boolean adjacent(Node a, Node b) {
        if (!(a instanceof Block) || !(b instanceof Block) || a.getSourceSpans().isEmpty() || b.getSourceSpans().isEmpty()) return false;
        List<SourceSpan> as = a.getSourceSpans();
        return b.getSourceSpans().get(0).getLineIndex() - as.get(as.size() - 1).getLineIndex() == 1;
    }

    private static void apply(Node target, Attributes a, ParsedBody page) {
        if (a.toc() && (target instanceof BulletList || target instanceof OrderedList)) {
            Paragraph toc = new Paragraph();
            toc.appendChild(new Text(HeadingExtension.MARKER));
            target.insertBefore(toc);
            target.unlink();
            return;
        }
        if (target instanceof Heading h) {
            if (a.id() != null) page.setId(h, a.id());
            if (!a.classes().isEmpty()) page.addClasses(h, String.join(" ", a.classes()));
            return;
        }
        if (a.id() == null && a.classes().isEmpty()) return;
        page.attributes.put(target, new String[] {a.id(), String.join(" ", a.classes())});
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
