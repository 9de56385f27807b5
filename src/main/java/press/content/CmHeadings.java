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

/**
 * Heading attributes and anchor ids for {@link CommonmarkRenderer}. An attribute block at the end
 * of a heading ({@code ## Install {#setup .wide}}, read by {@link HeadingAttributes#block}) gives
 * the id and classes; every other heading with text gets an id made from its text (lower case,
 * letters and digits kept, spaces, dashes and underscores as dashes, the rest dropped), and ids
 * are then made unique in document order around the author's own ({@code install-1}, ...).
 */
final class CmHeadings {
    private CmHeadings() {}

    /** Reads every heading's attribute block into {@code page} and gives each heading its id. */
    static void assignIds(Node document, CmPage page) {
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
    private static void read(Heading h, CmPage page) {
        if (!(h.getLastChild() instanceof Text text)) return;
        String chars = text.getLiteral();
        HeadingAttributes.Block block = HeadingAttributes.block(chars);
        if (block == null) return;
        String kept = chars.substring(0, block.start());
        if (kept.isEmpty() && text.getPrevious() == null) return; // "## {#x}" alone: no heading text to keep, leave it as written
        if (kept.isEmpty()) text.unlink();
        else text.setLiteral(kept);
        if (HeadingAttributes.safeId(block.id())) page.setId(h, block.id());
        List<String> names = new ArrayList<>(block.classes());
        names.removeIf(n -> !HeadingAttributes.safeId(n));
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
}
