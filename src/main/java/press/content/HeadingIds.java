package press.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An author's heading id given twice in one body ({@code ## A {#x}}, then {@code ## B {#x}}): a
 * warning at the second one's line and column. The page keeps the first as written and numbers the
 * second ({@code x-1}, see {@link HeadingAttributes}), so it never holds one id twice; Hugo's
 * Goldmark would keep both. Read from the body as written, so the place is the author's: ATX
 * headings ({@code ##}) and setext ones (a line under {@code ===} or {@code ---}), not in fenced code.
 */
final class HeadingIds {
    private static final Pattern ATX = Pattern.compile(" {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern UNDERLINE = Pattern.compile(" {0,3}(?:=+|-+)[ \\t]*");
    /** A line that cannot be a setext heading's text: blank, indented code, a list item, a quote, an ATX heading, a fence. */
    private static final Pattern NOT_TEXT = Pattern.compile("\\s*|    .*|\\t.*| {0,3}(?:[-*+]|\\d{1,9}[.)])(?:[ \\t].*)?| {0,3}(?:>|#|```|~~~).*");

    private HeadingIds() {}

    /** One warning line ({@code file:line:col: ...}) per heading whose id an earlier heading of {@code body} gave; {@code firstLine} is the body's first line in the file. */
    static List<String> repeated(String file, int firstLine, String body) {
        if (body.indexOf('{') < 0) return List.of();
        List<int[]> candidates = new ArrayList<>(); // [offset of the attribute block's brace]
        List<String> ids = new ArrayList<>();
        int previousStart = -1;
        for (int start = 0; start < body.length(); ) {
            int end = body.indexOf('\n', start);
            if (end < 0) end = body.length();
            int first = start;
            while (first < end && body.charAt(first) == ' ') first++;
            char c = first < end ? body.charAt(first) : '\n';
            if (c != '#' && c != '=' && c != '-') { // neither an ATX heading nor a setext underline: most lines, no regex
                previousStart = start;
                start = end + 1;
                continue;
            }
            String line = body.substring(start, end);
            String text = null;
            int textAt = start;
            Matcher atx = c == '#' && line.indexOf('}') >= 0 ? ATX.matcher(line) : null;
            if (atx != null && atx.matches() && atx.group(1) != null) {
                text = atx.group(1);
                textAt = start + atx.start(1);
            } else if (c != '#' && previousStart >= 0 && UNDERLINE.matcher(line).matches()) {
                String previous = body.substring(previousStart, start - 1);
                if (!NOT_TEXT.matcher(previous).matches()) {
                    text = previous.strip();
                    textAt = previousStart + previous.indexOf(text);
                }
            }
            HeadingAttributes.Block block = text == null ? null : HeadingAttributes.block(text);
            if (block != null && HeadingAttributes.safeId(block.id()) && !text.substring(0, block.start()).isBlank()) {
                candidates.add(new int[] {textAt + text.indexOf('{', block.start())});
                ids.add(block.id());
            }
            previousStart = start;
            start = end + 1;
        }
        if (candidates.size() < 2) return List.of();
        List<int[]> code = ShortcodeSyntax.codeRanges(body);
        Map<String, Integer> firstAt = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int at = candidates.get(i)[0];
            if (code.stream().anyMatch(r -> at >= r[0] && at < r[1])) continue;
            int line = firstLine + lineOf(body, at);
            Integer first = firstAt.putIfAbsent(ids.get(i), line);
            if (first == null) continue;
            int col = at - body.lastIndexOf('\n', at - 1);
            out.add(file + ":" + line + ":" + col + ": heading id \"" + ids.get(i) + "\" is given already at line " + first
                    + ", expected each {#id} once in a page; this heading's id is numbered (" + ids.get(i) + "-1, ...) so links to #"
                    + ids.get(i) + " reach the first");
        }
        return out;
    }

    private static int lineOf(String body, int offset) {
        int n = 0;
        for (int i = 0; i < offset; i++) {
            if (body.charAt(i) == '\n') n++;
        }
        return n;
    }
}
