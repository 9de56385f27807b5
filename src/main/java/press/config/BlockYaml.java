package press.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.List;

/**
 * The common shape of front matter read without SnakeYAML's scanner, which was 13 % of a clean
 * 10,000-post build's CPU (docs/content/internals/performance.md): a block map of {@code key: value}
 * lines whose values are one-line plain or quoted scalars, {@code [a, b]} lists of such scalars,
 * and nested block maps and block lists (of scalars, or of maps as in {@code - name: x}).
 *
 * <p>It gives the tree Jackson's YAML mapper gives ({@link LocatedYaml}), or null for anything
 * outside that shape or that it is not sure of: comments after a value, block scalars
 * ({@code |}, {@code >}), multi-line scalars, anchors, tags, flow maps, floats, numbers other than
 * plain decimal ints, escapes other than {@code \" \\ \n \t}, tabs, duplicate keys, characters
 * YAML does not allow. Jackson then reads the text, and so has the last word on everything
 * (errors and their places included). Plain scalars are typed by SnakeYAML's own {@link Resolver},
 * as Jackson types them; {@code BlockYamlTest} compares the two on random documents.
 */
final class BlockYaml {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Resolver RESOLVER = new Resolver(); // read-only after construction: shared by threads

    /** Thrown (without a stack) when the text leaves the shape this class reads. */
    private static final class Outside extends RuntimeException {
        Outside() {
            super(null, null, false, false);
        }
    }

    private static final Outside OUTSIDE = new Outside();

    /** Limits under SnakeYAML's (3 MB a document, 1,024 chars a simple key) and a depth no front matter needs: past them Jackson decides. */
    private static final int MAX_CHARS = 1 << 20, MAX_DEPTH = 20, MAX_KEY = 256;

    private final List<int[]> lines = new ArrayList<>(); // per meaningful line: indent, start of content, end
    private final String text;
    private int at; // the line being read
    private int depth; // maps and lists open

    private BlockYaml(String text) {
        this.text = text;
    }

    /** The tree of {@code text}, as Jackson's YAML mapper reads it, or null when the text is outside the shape read here. */
    static JsonNode read(String text) {
        if (text.length() > MAX_CHARS) return null;
        try {
            BlockYaml y = new BlockYaml(text);
            y.split();
            if (y.lines.isEmpty() || y.indent(0) != 0) return null;
            JsonNode root = y.map(0);
            return y.at == y.lines.size() ? root : null;
        } catch (Outside e) {
            return null;
        }
    }

    /** The meaningful lines: not blank, not a comment; a tab, a CR or a character YAML does not allow anywhere leaves the shape. */
    private void split() {
        int n = text.length();
        int start = 0;
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = n;
            for (int k = start; k < end; k++) allowed(k); // in comments too: SnakeYAML refuses such a character anywhere
            int i = start;
            while (i < end && text.charAt(i) == ' ') i++;
            if (i < end && text.charAt(i) != '#') {
                int e = end;
                while (text.charAt(e - 1) == ' ') e--;
                lines.add(new int[] {i - start, i, e});
            }
            start = end + 1;
        }
    }

    /** A character YAML allows in a scalar and that means nothing else to it here; a surrogate only in a pair. */
    private void allowed(int k) {
        char c = text.charAt(k);
        if (c >= 0x20 && c <= 0x7E) return;
        if (c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) {
            if (c == 0x2028 || c == 0x2029) throw OUTSIDE; // line breaks in YAML 1.1
            return;
        }
        if (Character.isHighSurrogate(c) && k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1))) return;
        if (Character.isLowSurrogate(c) && k > 0 && Character.isHighSurrogate(text.charAt(k - 1))) return;
        throw OUTSIDE;
    }

    private int indent(int line) {
        return lines.get(line)[0];
    }

    private boolean more() {
        return at < lines.size();
    }

    /** A block map whose keys start at column {@code indent} of the lines from {@link #at}. */
    private ObjectNode map(int indent) {
        if (++depth > MAX_DEPTH) throw OUTSIDE;
        ObjectNode map = NODES.objectNode();
        while (more() && indent(at) == indent) {
            int[] line = lines.get(at);
            int s = line[1], e = line[2];
            int colon = key(s, e);
            if (colon < 0) throw OUTSIDE;
            String key = text.substring(s, colon);
            if (map.has(key)) throw OUTSIDE; // Jackson reports it
            int v = colon + 1;
            while (v < e && text.charAt(v) == ' ') v++;
            at++;
            JsonNode value;
            if (v < e) {
                value = inline(v, e); // a line below it indented more (a scalar going on) ends this map and so leaves the shape
            } else {
                value = nested(indent);
            }
            map.set(key, value);
        }
        if (more() && indent(at) > indent) throw OUTSIDE;
        depth--;
        return map;
    }

    /** The value of a key with nothing after its colon: a block on the lines below (a list may start at the key's own column). */
    private JsonNode nested(int indent) {
        if (!more()) throw OUTSIDE; // an empty value: Jackson's null, left to it
        int next = indent(at);
        if (next > indent) return dash(at) ? list(next) : map(next);
        if (next == indent && dash(at)) return list(indent);
        throw OUTSIDE;
    }

    /** A block list whose dashes stand at column {@code indent}. */
    private ArrayNode list(int indent) {
        if (++depth > MAX_DEPTH) throw OUTSIDE;
        ArrayNode list = NODES.arrayNode();
        while (more() && indent(at) == indent && dash(at)) {
            int[] line = lines.get(at);
            int s = line[1] + 1;
            while (s < line[2] && text.charAt(s) == ' ') s++;
            if (s == line[2]) throw OUTSIDE; // an empty item or a block below it
            if (key(s, line[2]) >= 0) {
                // "- name: x": a map whose keys stand at the column of "name"
                int column = indent + (s - line[1]);
                lines.set(at, new int[] {column, s, line[2]});
                list.add(map(column));
            } else {
                if (text.charAt(s) == '-' && (s + 1 == line[2] || text.charAt(s + 1) == ' ')) throw OUTSIDE; // "- - x"
                list.add(inline(s, line[2]));
                at++;
            }
        }
        if (more() && indent(at) > indent) throw OUTSIDE;
        depth--;
        return list;
    }

    private boolean dash(int line) {
        int[] l = lines.get(line);
        return text.charAt(l[1]) == '-' && (l[1] + 1 == l[2] || text.charAt(l[1] + 1) == ' ');
    }

    /** Where the colon after a simple key ({@code [A-Za-z0-9_][A-Za-z0-9_.-]*}) at {@code s} stands, if a space or the line's end follows it; else -1. */
    private int key(int s, int e) {
        int i = s;
        if (i < e && keyChar(text.charAt(i)) && text.charAt(i) != '-' && text.charAt(i) != '.') {
            while (i < e && keyChar(text.charAt(i))) i++;
            if (i < e && i - s <= MAX_KEY && text.charAt(i) == ':' && (i + 1 == e || text.charAt(i + 1) == ' ')) return i;
        }
        return -1;
    }

    private static boolean keyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.';
    }

    /** A value on one line, from {@code s} to {@code e} (trailing spaces cut): a quoted or plain scalar, or a {@code [...]} list. */
    private JsonNode inline(int s, int e) {
        char c = text.charAt(s);
        if (c == '"' || c == '\'') {
            int[] end = new int[1];
            String value = quoted(s, end);
            if (end[0] != e) throw OUTSIDE; // a comment or more after the closing quote
            return NODES.textNode(value);
        }
        if (c == '[') return flowList(s, e);
        return plain(s, e, false);
    }

    /** {@code [a, "b", 3]} on one line; nothing nested. */
    private ArrayNode flowList(int s, int e) {
        if (text.charAt(e - 1) != ']') throw OUTSIDE;
        ArrayNode list = NODES.arrayNode();
        int i = s + 1;
        int close = e - 1;
        while (i < close && text.charAt(i) == ' ') i++;
        if (i == close) return list;
        while (true) {
            char c = text.charAt(i);
            int end;
            if (c == '"' || c == '\'') {
                int[] after = new int[1];
                list.add(NODES.textNode(quoted(i, after)));
                end = after[0];
            } else {
                end = i;
                while (end < close && text.charAt(end) != ',') end++;
                int trimmed = end;
                while (text.charAt(trimmed - 1) == ' ') trimmed--;
                if (trimmed == i) throw OUTSIDE;
                list.add(plain(i, trimmed, true));
            }
            while (end < close && text.charAt(end) == ' ') end++;
            if (end == close) return list;
            if (text.charAt(end) != ',') throw OUTSIDE;
            i = end + 1;
            while (i < close && text.charAt(i) == ' ') i++;
            if (i == close) throw OUTSIDE; // a trailing comma
        }
    }

    /**
     * A quoted scalar starting at {@code s} and closed on its line; {@code end[0]} is set past the
     * closing quote, trailing spaces skipped.
     */
    private String quoted(int s, int[] end) {
        char q = text.charAt(s);
        StringBuilder b = null;
        int from = s + 1;
        int i = from;
        int n = text.length();
        while (true) {
            if (i == n || text.charAt(i) == '\n') throw OUTSIDE; // over lines
            char c = text.charAt(i);
            if (c == q) {
                if (q == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') { // '' is one quote
                    if (b == null) b = new StringBuilder();
                    b.append(text, from, i + 1);
                    i += 2;
                    from = i;
                    continue;
                }
                break;
            }
            if (q == '"' && c == '\\') {
                if (i + 1 == n) throw OUTSIDE;
                char x = text.charAt(i + 1);
                char out = switch (x) {
                    case '"', '\\' -> x;
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> throw OUTSIDE;
                };
                if (b == null) b = new StringBuilder();
                b.append(text, from, i).append(out);
                i += 2;
                from = i;
                continue;
            }
            i++;
        }
        String value = b == null ? text.substring(from, i) : b.append(text, from, i).toString();
        int after = i + 1;
        while (after < n && text.charAt(after) == ' ') after++;
        end[0] = after;
        return value;
    }

    /** A plain scalar typed as Jackson types it: a string (timestamps too), a plain decimal int, true/false or null; anything else leaves the shape. */
    private JsonNode plain(int s, int e, boolean inFlow) {
        char first = text.charAt(s);
        if ("&*!%@`|>?:,[]{}#\"'".indexOf(first) >= 0) throw OUTSIDE;
        if (first == '-' && (s + 1 == e || !isDigit(text.charAt(s + 1)))) throw OUTSIDE;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '#' && text.charAt(i - 1) == ' ') throw OUTSIDE; // a comment
            if (c == ':' && (i + 1 == e || text.charAt(i + 1) == ' ')) throw OUTSIDE;
            if (inFlow && "[]{}:".indexOf(c) >= 0) throw OUTSIDE;
        }
        String value = text.substring(s, e);
        Tag tag = RESOLVER.resolve(NodeId.scalar, value, true);
        if (tag == Tag.STR || tag == Tag.TIMESTAMP) return NODES.textNode(value);
        if (tag == Tag.INT) return decimal(value);
        if (tag == Tag.BOOL) {
            String v = value.toLowerCase(java.util.Locale.ROOT);
            if (v.equals("true") || v.equals("yes") || v.equals("on")) return NODES.booleanNode(true);
            if (v.equals("false") || v.equals("no") || v.equals("off")) return NODES.booleanNode(false);
            throw OUTSIDE;
        }
        if (tag == Tag.NULL && !value.isEmpty()) return NODES.nullNode();
        throw OUTSIDE;
    }

    /** {@code 0} or {@code -?[1-9][0-9]{0,8}} as an int node (what Jackson makes of them); other ints (octal, hex, with _, long) leave the shape. */
    private static JsonNode decimal(String value) {
        int i = value.charAt(0) == '-' ? 1 : 0;
        int digits = value.length() - i;
        if (value.equals("0")) return NODES.numberNode(0);
        if (digits < 1 || digits > 9 || value.charAt(i) == '0') throw OUTSIDE;
        for (int k = i; k < value.length(); k++) if (!isDigit(value.charAt(k))) throw OUTSIDE;
        return NODES.numberNode(Integer.parseInt(value));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
