package press.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How shortcode calls, Liquid tags and Liquid outputs are written in a Markdown body: the patterns
 * {@link Shortcodes} finds them with, their arguments, and the parts of a body where none is read
 * (fenced code). It reads; what a call becomes is {@link Shortcodes}' and {@link BuiltInShortcodes}'.
 */
final class ShortcodeSyntax {
    /**
     * One tag, by group: 1-3 a commented Hugo call (shown as the call it holds); 4-8 a Hugo call (opening
     * bracket, "/" of a closing one, name, arguments, closing bracket); 9-10 a Liquid tag (name, the
     * rest); 11 a Liquid output's first word; 12 an opening {@code {{<} or {@code {{%} none of these reads.
     */
    static final Pattern TAG = Pattern.compile(
            "\\{\\{([<%])/\\*(.*?)\\*/([>%])\\}\\}"
            + "|\\{\\{([<%])\\s*(/?)([A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*)((?:[^>%}{]|\"[^\"\\n]*\")*?)\\s*([>%])\\}\\}|\\{%-?\\s*([A-Za-z_]+)(.*?)-?%\\}"
            + "|\\{\\{-?\\s*([A-Za-z_][A-Za-z0-9_.]*|\"[^\"{}\\n]*\"|'[^'{}\\n]*')[^{}\\n]*?-?\\}\\}"
            + "|\\{\\{([<%])", // an opening that none of the above reads: not a shortcode, shown as text with a warning
            Pattern.DOTALL);
    static final Pattern CLOSER = Pattern.compile("\\}\\}");
    static final Pattern VARIABLE = Pattern.compile("\\{\\{-?\\s*(site|page)\\.([A-Za-z0-9_.-]+)\\s*-?\\}\\}");
    static final Pattern URL_FILTER = Pattern.compile("\\{\\{-?\\s*(?:\"([^\"{}]*)\"|'([^'{}]*)')\\s*\\|\\s*(relative_url|absolute_url)\\s*-?\\}\\}");
    static final Pattern RAW_BLOCK = Pattern.compile("\\{%-?\\s*raw\\s*-?%\\}(.*?)\\{%-?\\s*endraw\\s*-?%\\}", Pattern.DOTALL);
    private static final Pattern ARG = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)=(\"[^\"]*\"|'[^']*'|\\S+)|\"([^\"]*)\"|'([^']*)'|(\\S+)");
    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t>]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)?(```+|~~~+)[^\\n]*$");

    private ShortcodeSyntax() {}

    /** The closing call of the Hugo shortcode {@code name}: {@code {{< /name >}}} or {@code {{% /name %}}}. */
    static Pattern hugoClosing(String name) {
        return Pattern.compile("\\{\\{[<%]\\s*/" + Pattern.quote(name) + "\\s*[>%]\\}\\}");
    }

    /** The end tag of the Liquid block {@code name}: {@code {% endname %}}. */
    static Pattern liquidEnd(String name) {
        return Pattern.compile("\\{%-?\\s*end" + name + "\\s*-?%\\}");
    }

    /** {@code a "b c" k="v" k2=w} to {0: a, 1: b c, k: v, k2: w}. */
    static Map<String, String> args(String text) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ARG.matcher(text == null ? "" : text);
        int n = 0;
        while (m.find()) {
            if (m.group(1) != null) out.put(m.group(1), unquote(m.group(2)));
            else out.put(String.valueOf(n++), m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5));
        }
        return out;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'")) ? v.substring(1, v.length() - 1) : v;
    }

    /**
     * Fenced code blocks (``` or ~~~) and indented ones as [start, end) ranges; shortcodes in them are shown as written.
     * A fence may sit in a list item or a quote ({@code - ```shell}, then an indented closing fence).
     */
    static List<int[]> codeRanges(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = FENCE.matcher(s);
        int from = 0;
        while (m.find(from)) {
            String fence = m.group(1);
            Matcher close = Pattern.compile("(?m)^[ \\t>]*" + Pattern.quote(fence) + "[`~]*[ \\t]*$").matcher(s);
            int end = close.find(m.end()) ? close.end() : s.length();
            out.add(new int[] {m.start(), end});
            from = end;
            if (from >= s.length()) break;
        }
        out.addAll(indentedCode(s, List.copyOf(out)));
        return out;
    }

    private static final Pattern LIST_ITEM = Pattern.compile(" {0,3}(?:[-*+]|\\d{1,9}[.)])(?:[ \t].*)?");

    /**
     * Indented code blocks (lines indented by 4 spaces or a tab after a blank line, outside {@code fences})
     * as [start, end) ranges. Lines indented so inside a list item continue the item, as in Markdown,
     * and are not code here (nor is an indented line that continues a paragraph).
     */
    private static List<int[]> indentedCode(String s, List<int[]> fences) {
        List<int[]> out = new ArrayList<>();
        boolean blankBefore = true;
        boolean inList = false;
        int codeStart = -1;
        int codeEnd = -1;
        for (int at = 0; at < s.length(); ) {
            int nl = s.indexOf('\n', at);
            int lineEnd = nl < 0 ? s.length() : nl;
            String line = s.substring(at, lineEnd);
            int lineStart = at;
            at = lineEnd + 1;
            boolean fenced = fences.stream().anyMatch(r -> lineStart >= r[0] && lineStart < r[1]);
            if (line.isBlank() && !fenced) {
                blankBefore = true;
                continue;
            }
            boolean indented = !fenced && (line.startsWith("    ") || line.startsWith("\t") || line.startsWith(" \t")
                    || line.startsWith("  \t") || line.startsWith("   \t"));
            if (indented && (codeStart >= 0 || (blankBefore && !inList))) {
                if (codeStart < 0) codeStart = lineStart;
                codeEnd = lineEnd;
            } else if (!indented) {
                if (codeStart >= 0) out.add(new int[] {codeStart, codeEnd});
                codeStart = -1;
                inList = !fenced && (LIST_ITEM.matcher(line).matches() || (inList && !blankBefore));
            }
            blankBefore = false;
        }
        if (codeStart >= 0) out.add(new int[] {codeStart, codeEnd});
        return out;
    }

    /** The end of the {@code {% raw %}} block of {@code s} (from {@code from}) that holds {@code at}, or -1 when none does. */
    static int rawAround(String s, int from, int at) {
        Matcher r = RAW_BLOCK.matcher(s);
        r.region(from, s.length());
        while (r.find()) {
            if (r.start() > at) return -1;
            if (at < r.end()) return r.end();
        }
        return -1;
    }
}
