package press.content;

import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * Every other heading with text gets an id made from its text (lower case, letters and digits
 * kept, spaces, dashes and underscores as dashes, the rest dropped, as Flexmark made them), and ids
 * are then made unique in document order: an author's {@code {#install}} keeps its id, and a
 * generated {@code install} elsewhere becomes {@code install-1}, as does a second
 * {@code {#install}} (Goldmark would keep both as written), so no page holds one id twice.
 */
final class HeadingAttributes {
    private static final String NAME = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.-]*";
    private static final String VALUE = "(?:\"[^\"]*\"|'[^']*'|[^\\s{}\"'=]+)";
    private static final String ONE = "(?:#" + NAME + "|\\." + NAME + "|[A-Za-z_:][\\w:.-]*=" + VALUE + ")";
    /** The attribute block at the end of a heading's text, with the spaces before it. */
    static final Pattern TRAILING = Pattern.compile("\\s*\\{:?\\s*(" + ONE + "(?:\\s+" + ONE + ")*)\\s*}\\s*$");
    private static final Pattern EACH = Pattern.compile("#(" + NAME + ")|\\.(" + NAME + ")|([A-Za-z_:][\\w:.-]*)=(" + VALUE + ")");
    private static final Pattern SAFE_ID = Pattern.compile(NAME);

    private HeadingAttributes() {}

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

    /** Reads every heading's attribute block into {@code page} and gives each heading its id. */
    static void assignIds(Node document, ParsedBody page) {
        List<Heading> headings = new ArrayList<>();
        collect(document, headings);
        for (Heading h : headings) read(h, page);
        Set<String> used = new HashSet<>();
        for (Heading h : headings) {
            if (page.explicit.containsKey(h)) used.add(page.ids.get(h));
            else {
                String text = plainText(h).strip();
                if (!text.isEmpty()) page.ids.put(h, generate(text));
            }
        }
        Set<String> given = new HashSet<>(); // an author's id repeated in one body is numbered too (and warned about: HeadingIds)
        for (Heading h : headings) {
            String base = page.ids.get(h);
            if (base == null || base.isEmpty()) continue;
            if (page.explicit.containsKey(h) && given.add(base)) continue;
            String id = base;
            for (int i = 1; used.contains(id); i++) id = base + "-" + i;
            page.ids.put(h, id);
            used.add(id);
        }
    }

    private static void collect(Node node, List<Heading> into) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) into.add(h);
            else collect(n, into);
        }
    }

    /** Takes the attribute block off the end of {@code h}'s text, if it has one, and applies it. */
    private static void read(Heading h, ParsedBody page) {
        if (!(h.getLastChild() instanceof Text text)) return;
        String chars = text.getLiteral();
        Block block = block(chars);
        if (block == null) return;
        String kept = chars.substring(0, block.start());
        if (kept.isEmpty() && text.getPrevious() == null) return; // "## {#x}" alone: no heading text to keep, leave it as written
        if (kept.isEmpty()) text.unlink();
        else text.setLiteral(kept);
        if (safeId(block.id())) page.setId(h, block.id());
        List<String> names = new ArrayList<>(block.classes());
        names.removeIf(n -> !safeId(n));
        if (!names.isEmpty()) page.addClasses(h, String.join(" ", names));
    }

    /** The id made from a heading's text, as Flexmark made it (and so as older pages link to it). */
    static String generate(String text) {
        StringBuilder id = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean letter = type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER || type == Character.TITLECASE_LETTER
                    || type == Character.MODIFIER_LETTER || type == Character.OTHER_LETTER || type == Character.LETTER_NUMBER;
            if (letter) id.append(Character.toLowerCase(c));
            else if (Character.isDigit(c)) id.append(c);
            else if (c == ' ' || c == '-' || c == '_') id.append('-');
        }
        return id.toString();
    }

    /** The text of a node's inline content as a reader sees it (emphasis and links as their text, code as its literal). */
    static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        plainText(node, sb);
        return sb.toString();
    }

    private static void plainText(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) sb.append(t.getLiteral());
            else if (n instanceof Code c) sb.append(c.getLiteral());
            else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) sb.append('\n');
            else plainText(n, sb);
        }
    }

    private static String unquote(String v) {
        return v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') ? v.substring(1, v.length() - 1) : v;
    }
}
