package press.content;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo shortcodes ({@code {{< name k="v" >}}}, paired with inner text, and {@code {{% %}}}) and
 * Jekyll Liquid tags ({@code {% name %}}) in a Markdown body, expanded before Markdown is rendered.
 * Output that is HTML is put in as a token that {@link #restore} swaps in after rendering, so raw
 * HTML stays off for authors. Links ({@code ref}, {@code relref}, {@code link}, {@code post_url})
 * become {@link #REF} markers resolved once every page's address is known. An unknown name is a
 * warning at its line and column, and its text is shown, escaped; so is an opening {@code {{<} or
 * {@code {{%} that does not parse as a shortcode. Code blocks are left alone, but for Jekyll's
 * {@code {% raw %}} tags in a site not shaped as Hugo's ({@link SiteVariables#liquidInCode}). How calls are
 * written is {@link ShortcodeSyntax}'s; what the built-ins become, {@link BuiltInShortcodes}'. The
 * body's warnings include an author's heading id given twice ({@link HeadingIds}).
 */
public final class Shortcodes {
    /** A link to another content file: {@code __press_ref__/<hex target>_<line>_<col>__}, a relative URL no scheme check touches. */
    static final String REF = "__press_ref__/";
    public static final Pattern REF_MARKER = Pattern.compile("__press_ref__/([0-9a-f]*)_(\\d+)_(\\d+)__");
    /** Tokens of tags shown as text (unknown or not closed). */
    private static final String TEXT = "PRESSTEXT";

    /** The body with shortcodes expanded, the HTML each token stands for, and one warning line per unknown name. */
    record Expanded(String markdown, Map<String, String> html, List<String> warnings, List<press.model.ShortcodeCall> calls) {}

    private final String file;
    private final int firstLine;
    private final Function<String, String> param;
    private final SiteVariables site;
    private final Function<String, String> markdown;
    private final List<press.model.ShortcodeCall> calls = new ArrayList<>();
    private final Map<String, String> html = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private String text;

    private Shortcodes(String file, int firstLine, Function<String, String> param, SiteVariables site, Function<String, String> markdown) {
        this.site = site;
        this.file = file;
        this.firstLine = firstLine;
        this.param = param;
        this.markdown = markdown;
    }

    /** Whether a Markdown body may hold a shortcode or Liquid tag or output ({@code {{}}, {@code {%}); false is certain. */
    static boolean mayHold(String markdown) {
        // one pass for '{' (two contains() calls were two passes of a slower search under C1)
        for (int i = markdown.indexOf('{'); i >= 0 && i + 1 < markdown.length(); i = markdown.indexOf('{', i + 1)) {
            char next = markdown.charAt(i + 1);
            if (next == '{' || next == '%') return true;
        }
        return false;
    }

    /** {@code firstLine} is the file line the body starts on; {@code param} gives a front-matter value ({@code params.x}, else {@code x}) or null. */
    static Expanded expand(String file, int firstLine, String body, Function<String, String> param, Function<String, String> markdown) {
        return expand(file, firstLine, body, param, SiteVariables.NONE, markdown);
    }

    /** As above; {@code site} gives what {@code {{ site.x }}} prints and what {@code param} falls back to. */
    static Expanded expand(String file, int firstLine, String body, Function<String, String> param, SiteVariables site, Function<String, String> markdown) {
        List<String> headings = HeadingIds.repeated(file, firstLine, body);
        if (!mayHold(body)) return new Expanded(body, Map.of(), headings, List.of());
        Shortcodes s = new Shortcodes(file, firstLine, param, site, markdown);
        s.text = body;
        String out = s.run(body, 0);
        if (!headings.isEmpty()) { // one list in the order of the body
            s.warnings.addAll(headings);
            s.warnings.sort(java.util.Comparator.comparingLong(w -> place(file, w)));
        }
        return new Expanded(out, s.html, List.copyOf(s.warnings), List.copyOf(s.calls));
    }

    /** The line and column a warning {@code file:line:col: ...} names, as one number that sorts as they do. */
    private static long place(String file, String warning) {
        String[] lc = warning.substring(file.length() + 1).split(":", 3);
        return Long.parseLong(lc[0]) * 1_000_000L + Long.parseLong(lc[1]);
    }

    /** Puts the HTML of each token in place of the token (a token alone in a paragraph replaces the paragraph). */
    static String restore(String rendered, Map<String, String> html) {
        String out = rendered;
        for (String key : html.keySet()) { // a tag press shows as text cannot give a link its address: the link goes nowhere
            if (key.startsWith(TEXT) && out.contains(key)) out = out.replaceAll("(href|src)=\"[^\"]*" + key + "[^\"]*\"", "$1=\"#\"");
        }
        for (Map.Entry<String, String> e : html.entrySet()) {
            out = out.replace("<p>" + e.getKey() + "</p>", e.getValue()).replace(e.getKey(), e.getValue());
        }
        return out;
    }

    private String run(String s, int base) {
        List<int[]> code = ShortcodeSyntax.codeRanges(s);
        StringBuilder out = new StringBuilder();
        Matcher m = ShortcodeSyntax.TAG.matcher(s);
        int at = 0;
        while (at < s.length() && m.find(at)) {
            int start = m.start();
            int[] inCode = code.stream().filter(r -> start >= r[0] && start < r[1]).findFirst().orElse(null);
            if (inCode != null) { // Jekyll runs Liquid on code too: its {% raw %} tags vanish there, the text inside stays
                String block = s.substring(at, inCode[1]);
                out.append(site.liquidInCode() ? ShortcodeSyntax.RAW_BLOCK.matcher(block).replaceAll(r -> Matcher.quoteReplacement(r.group(1))) : block);
                at = inCode[1];
                continue;
            }
            out.append(s, at, start);
            at = m.end();
            if (m.group(1) != null) out.append(token(escape("{{" + m.group(1) + m.group(2) + m.group(3) + "}}"))); // {{</* x */>}} shows {{< x >}}, as in Hugo
            else if (m.group(4) != null) at = hugo(s, m, base, out);
            else if (m.group(9) != null) at = liquid(s, m, base, out);
            else if (m.group(11) != null) at = output(m, base, out);
            else at = broken(s, start, m.group(12), base, out);
        }
        out.append(s.substring(Math.min(at, s.length())));
        return out.toString();
    }

    private int hugo(String s, Matcher m, int base, StringBuilder out) {
        String open = m.group(4);
        String name = m.group(6);
        Map<String, String> args = ShortcodeSyntax.args(m.group(7));
        int end = m.end();
        if (!m.group(5).isEmpty()) return unknown(m, base, out, "a closing {{< /" + name + " >}} without its opening");
        String inner = null;
        String closing = null;
        Matcher close = ShortcodeSyntax.hugoClosing(name).matcher(s);
        boolean paired = name.equals("highlight") || name.equals("details") || name.equals("comment");
        if ((paired || !BuiltInShortcodes.HUGO.contains(name)) && close.find(end)) {
            inner = s.substring(end, close.start());
            closing = close.group();
            end = close.end();
        }
        String positional = args.getOrDefault("0", "");
        switch (name) {
            case "ref", "relref" -> out.append(ref(positional, base + m.start()));
            case "figure" -> out.append(BuiltInShortcodes.figure(args));
            case "highlight" -> out.append(BuiltInShortcodes.fence(positional, inner == null ? "" : inner));
            case "param" -> {
                String v = param.apply(positional);
                if (v == null) v = site.get(positional);
                if (v == null) warn(base + m.start(), "param \"" + positional + "\" is not in the front matter, expected a field or params." + positional
                        + " (or params: {" + positional + ": ...} in site.yaml)");
                out.append(v == null ? "" : token(escape(v)));
            }
            case "details" -> out.append("\n\n").append(token("<details><summary>" + escape(args.getOrDefault("summary", "Details")) + "</summary>"))
                    .append("\n\n").append(inner == null ? "" : run(inner, base + m.end())).append("\n\n").append(token("</details>")).append("\n\n");
            case "youtube", "vimeo", "vimeo_simple" -> {
                String id = args.getOrDefault("id", positional);
                out.append(builtIn(BuiltInShortcodes.video(name, id), m, base, name + ": expected a video id such as dQw4w9WgXcQ, got \"" + id + "\""));
            }
            case "x", "tweet", "twitter", "twitter_simple", "gist", "instagram" -> out.append(builtIn(BuiltInShortcodes.embed(name, args), m, base,
                    name + ": expected " + (name.equals("instagram") ? "a post id" : "a user and an id") + ", got \"" + m.group(7).strip() + "\""));
            case "comment" -> { } // Hugo's comment: text for the author only
            default -> { // the build renders it with templates/shortcodes/<name>.mustache, or warns
                int[] lc = lineCol(base + m.start());
                // shortcodes inside are expanded (and reported) too; their calls come before this one's
                String innerHtml = inner == null ? null : restore(markdown.apply(run(inner, base + m.end())), html);
                String t = "PRESSCALL" + calls.size() + "X";
                calls.add(new press.model.ShortcodeCall(t, name, Map.copyOf(args), innerHtml, file + ":" + lc[0] + ":" + lc[1], m.group(), closing));
                out.append(t);
            }
        }
        return end;
    }

    private int liquid(String s, Matcher m, int base, StringBuilder out) {
        String name = m.group(9);
        String rest = m.group(10).strip();
        int end = m.end();
        switch (name) {
            case "raw", "highlight" -> {
                Matcher close = ShortcodeSyntax.liquidEnd(name).matcher(s);
                int from = end;
                boolean closed;
                // Liquid reads a highlight block's body, so a {% raw %} block in it may hold {% endhighlight %} as text
                while ((closed = close.find(from)) && name.equals("highlight") && ShortcodeSyntax.rawAround(s, end, close.start()) >= 0) from = ShortcodeSyntax.rawAround(s, end, close.start());
                if (!closed) return unknown(m, base, out, "{% " + name + " %} is never closed, expected {% end" + name + " %}");
                String inner = s.substring(end, close.start());
                out.append(name.equals("raw") ? inner : BuiltInShortcodes.fence(rest.split("\\s+")[0], ShortcodeSyntax.RAW_BLOCK.matcher(inner).replaceAll(r -> Matcher.quoteReplacement(r.group(1)))));
                return close.end();
            }
            case "link", "post_url" -> out.append(ref((name.equals("post_url") ? "post_url:" : "") + rest, base + m.start()));
            case "include" -> { // the build puts in templates/includes/<file>
                int[] lc = lineCol(base + m.start());
                String t = "PRESSCALL" + calls.size() + "X";
                calls.add(new press.model.ShortcodeCall(t, press.model.ShortcodeCall.INCLUDE, Map.of("0", rest.split("\\s+")[0]), null,
                        file + ":" + lc[0] + ":" + lc[1], m.group(), null));
                out.append(t);
            }
            default -> {
                return unknown(m, base, out, "unknown Liquid tag {% " + name + " %}, expected one of " + new java.util.TreeSet<>(BuiltInShortcodes.LIQUID));
            }
        }
        return end;
    }

    /**
     * A Liquid output: {@code {{ site.x }}} and {@code {{ page.x }}} print the value (Markdown text, as Jekyll puts it in
     * before Markdown runs); {@code {{ "/a.png" | relative_url }}} the path ({@code absolute_url}: with the base URL);
     * anything else is shown as text with a warning.
     */
    private int output(Matcher m, int base, StringBuilder out) {
        Matcher v = ShortcodeSyntax.VARIABLE.matcher(m.group());
        if (v.matches()) {
            String value = v.group(1).equals("site") ? site.get(v.group(2)) : param.apply(v.group(2));
            if (value != null) {
                out.append(value);
                return m.end();
            }
            String where = v.group(1).equals("site") ? "site.yaml (params: {" + v.group(2) + ": ...})" : "the front matter";
            return unknown(m, base, out, "Liquid output {{ " + v.group(1) + "." + v.group(2) + " }} has no value, expected " + v.group(2) + " in " + where);
        }
        Matcher u = ShortcodeSyntax.URL_FILTER.matcher(m.group());
        if (u.matches()) {
            String path = u.group(1) != null ? u.group(1) : u.group(2);
            out.append(u.group(3).equals("absolute_url") ? site.baseUrl() + path.replaceFirst("^/+", "") : path);
            return m.end();
        }
        String shown = m.group(11).startsWith("\"") || m.group(11).startsWith("'") ? m.group() : "{{ " + m.group(11) + " }}";
        return unknown(m, base, out, "Liquid output " + shown + " is not evaluated, expected text or a shortcode");
    }

    private int unknown(Matcher m, int base, StringBuilder out, String why) {
        return shownAsText(m.group(), base + m.start(), out, why, m.end());
    }

    private int shownAsText(String written, int offset, StringBuilder out, String why, int end) {
        warn(offset, why + "; shown as text");
        String t = TEXT + html.size() + "X";
        html.put(t, escape(written));
        out.append(t);
        return end;
    }

    /**
     * A {@code {{<} or {@code {{%} that does not parse ({@code {{< gist <a> >}}}, a name missing, never
     * closed): up to its first {@code }}} in its paragraph, or else to the end of its line or the next {@code {{}.
     */
    private int broken(String s, int start, String open, int base, StringBuilder out) {
        int paragraph = s.indexOf("\n\n", start);
        int next = s.indexOf("{{", start + 3);
        int limit = Math.min(paragraph < 0 ? s.length() : paragraph, next < 0 ? s.length() : next);
        Matcher close = ShortcodeSyntax.CLOSER.matcher(s).region(start + 3, limit);
        String end = open.equals("<") ? ">}}" : "%}}";
        if (close.find()) {
            String written = s.substring(start, close.end());
            return shownAsText(written, base + start, out, shorter(written) + " does not parse as a shortcode, expected {{" + open
                    + " name arg key=\"value\" " + end + " with a value that holds >, % or } in double quotes", close.end());
        }
        int lineEnd = s.indexOf('\n', start);
        int stop = Math.min(lineEnd < 0 ? s.length() : lineEnd, next < 0 ? s.length() : next);
        String written = s.substring(start, stop).stripTrailing();
        return shownAsText(written, base + start, out, shorter(written) + " is never closed, expected " + end
                + " after the shortcode's name and arguments", start + written.length());
    }

    /** A long piece of text shortened for a one-line warning. */
    private static String shorter(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    private String ref(String target, int offset) {
        int[] lc = lineCol(offset);
        return REF + HexFormat.of().formatHex(target.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "_" + lc[0] + "_" + lc[1] + "__";
    }

    /** A built-in's Markdown, or, when it is null (arguments that do not fit), the call shown as text with a warning. */
    private String builtIn(String markdown, Matcher m, int base, String why) {
        if (markdown != null) return markdown;
        warn(base + m.start(), why + "; shown as text");
        return token(escape(m.group()));
    }

    private String token(String htmlText) {
        String t = "PRESSSHORTCODE" + html.size() + "X";
        html.put(t, htmlText);
        return t;
    }

    private void warn(int offset, String message) {
        int[] lc = lineCol(offset);
        warnings.add(file + ":" + lc[0] + ":" + lc[1] + ": " + message);
    }

    /** Line (in the file) and column of an offset in the body. */
    private int[] lineCol(int offset) {
        int line = firstLine;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
