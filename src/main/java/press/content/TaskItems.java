package press.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.Map;
import java.util.Set;

/**
 * GFM task list items: a list item whose text starts with {@code [ ]} or {@code [x]} gets the
 * class {@code task-list-item} and a disabled checkbox (no {@code readonly}, which HTML forbids
 * on checkboxes).
 */
final class TaskItems {
    private TaskItems() {}

    /** A task item's checkbox, first in its paragraph. */
    static final class Marker extends CustomNode {
        final boolean done;

        Marker(boolean done) {
            this.done = done;
        }
    }

    /** Puts a {@link Marker} in place of each item's {@code [ ]} or {@code [x]}. */
    static void mark(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(ListItem item) {
                if (item.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Text t) {
                    String s = t.getLiteral();
                    if (s.length() >= 3 && s.charAt(0) == '[' && " xX".indexOf(s.charAt(1)) >= 0 && s.charAt(2) == ']'
                            && (s.length() == 3 ? t.getNext() == null : s.charAt(3) == ' ' || s.charAt(3) == '\t')) {
                        String rest = s.length() > 3 ? s.substring(4) : "";
                        if (rest.isEmpty() && t.getNext() == null) {
                            visitChildren(item);
                            return;
                        }
                        t.insertBefore(new Marker(s.charAt(1) != ' '));
                        if (rest.isEmpty()) t.unlink();
                        else t.setLiteral(rest);
                    }
                }
                visitChildren(item);
            }
        });
    }

    /** Whether {@code item} is a task item (its first paragraph starts with a {@link Marker}). */
    static boolean isTask(ListItem item) {
        return item.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Marker;
    }

    static NodeRenderer renderer(HtmlNodeRendererContext context) {
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(Marker.class, ListItem.class);
            }

            @Override
            public void render(Node node) {
                HtmlWriter html = context.getWriter();
                if (node instanceof Marker m) {
                    html.raw("<input type=\"checkbox\" class=\"task-list-item-checkbox\"" + (m.done ? " checked" : "") + " disabled>&nbsp;");
                    return;
                }
                ListItem item = (ListItem) node;
                Map<String, String> attrs = isTask(item) ? Map.of("class", "task-list-item") : Map.of();
                html.tag("li", context.extendAttributes(item, "li", attrs));
                for (Node n = item.getFirstChild(); n != null; n = n.getNext()) context.render(n);
                html.tag("/li");
                html.line();
            }
        };
    }
}
