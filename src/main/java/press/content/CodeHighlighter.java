package press.content;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Syntax highlighting at build time, no JavaScript: code of a known language becomes escaped text
 * with {@code <span class="hl-X">} around comments (c), strings (s), numbers (n), keywords (k),
 * types and tags (t), keys and attributes (a), variables (v) and meta such as decorators (m).
 * The theme colours those classes from CSS variables (light and dark). One regular expression
 * per language, tried left to right, so a comment or string is never read as code inside it;
 * unknown languages get none (plain, escaped). Thread-safe.
 *
 * <p>Why not a library: see docs/content/guide/seo-feeds-search.md ("Syntax highlighting"); none of the JVM highlighters
 * found covers these 17 languages, and the ones that exist are unmaintained or native.
 */
public final class CodeHighlighter {
    private static final String C_COMMENT = "//[^\\n]*|/\\*[\\s\\S]*?\\*/";
    private static final String HASH_COMMENT = "#[^\\n]*";
    private static final String DQ = "\"(?:\\\\.|[^\"\\\\\\n])*\"";
    private static final String SQ = "'(?:\\\\.|[^'\\\\\\n])*'";
    private static final String BT = "`(?:\\\\.|[^`\\\\])*`";
    private static final String NUMBER = "\\b(?:0[xX][0-9a-fA-F_]+|\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d+)?)\\b";
    private static final String CAPITALISED = "\\b[A-Z][A-Za-z0-9_]*\\b";

    private static final Map<String, Language> LANGUAGES = new LinkedHashMap<>();

    /** A language's pattern, one named group per class, and the classes it has (asking a matcher for a group it lacks throws). */
    private record Language(Pattern pattern, String[] classes) {}
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("py", "python"), Map.entry("python3", "python"), Map.entry("golang", "go"),
            Map.entry("js", "javascript"), Map.entry("jsx", "javascript"), Map.entry("node", "javascript"),
            Map.entry("ts", "typescript"), Map.entry("tsx", "typescript"), Map.entry("rb", "ruby"),
            Map.entry("rs", "rust"), Map.entry("yml", "yaml"), Map.entry("sh", "bash"), Map.entry("shell", "bash"),
            Map.entry("zsh", "bash"), Map.entry("console", "bash"), Map.entry("docker", "dockerfile"),
            Map.entry("htm", "html"), Map.entry("xml", "html"), Map.entry("svg", "html"), Map.entry("postgresql", "sql"),
            Map.entry("mysql", "sql"), Map.entry("jsonc", "json"));

    static {
        String js = "break case catch class const continue debugger default delete do else export extends finally for "
                + "from function if import in instanceof let new of return super switch this throw try typeof var void "
                + "while with yield async await static get set true false null undefined NaN";
        define("python", "(?:\"\"\"[\\s\\S]*?\"\"\"|'''[\\s\\S]*?'''|[rbfRBF]{0,2}(?:" + DQ + "|" + SQ + "))", HASH_COMMENT,
                "and as assert async await break class continue def del elif else except finally for from global if import "
                        + "in is lambda nonlocal not or pass raise return try while with yield True False None self",
                "m", "@[A-Za-z_][\\w.]*", "t", CAPITALISED);
        define("go", DQ + "|" + BT + "|" + SQ, C_COMMENT,
                "break case chan const continue default defer else fallthrough for func go goto if import interface map "
                        + "package range return select struct switch type var true false nil iota",
                "t", "\\b(?:bool|byte|error|float32|float64|int|int8|int16|int32|int64|rune|string|uint|uint8|uint16|uint32|uint64|any)\\b|" + CAPITALISED);
        define("javascript", DQ + "|" + SQ + "|" + BT, C_COMMENT, js, "t", CAPITALISED);
        define("typescript", DQ + "|" + SQ + "|" + BT, C_COMMENT, js + " interface type enum implements "
                        + "private public protected readonly abstract declare namespace keyof as is satisfies",
                "m", "@[A-Za-z_]\\w*", "t", "\\b(?:string|number|boolean|any|unknown|never|void|object)\\b|" + CAPITALISED);
        define("java", DQ + "|" + SQ, C_COMMENT,
                "abstract assert boolean break byte case catch char class const continue default do double else enum "
                        + "extends final finally float for goto if implements import instanceof int interface long native new "
                        + "package private protected public record return short static strictfp super switch synchronized this "
                        + "throw throws transient try var void volatile while yield true false null",
                "m", "@[A-Za-z_]\\w*", "t", CAPITALISED);
        define("php", DQ + "|" + SQ, C_COMMENT + "|" + HASH_COMMENT,
                "abstract and array as break callable case catch class clone const continue declare default do echo else "
                        + "elseif empty enddeclare endfor endforeach endif endswitch endwhile extends final finally fn for "
                        + "foreach function global if implements include include_once instanceof insteadof interface isset "
                        + "list match namespace new or print private protected public readonly require require_once return "
                        + "static switch throw trait try unset use var while yield true false null TRUE FALSE NULL",
                "v", "\\$[A-Za-z_]\\w*", "m", "<\\?php|\\?>", "t", CAPITALISED);
        define("ruby", DQ + "|" + SQ, HASH_COMMENT,
                "alias and begin break case class def defined? do else elsif end ensure false for if in module next nil "
                        + "not or redo rescue retry return self super then true undef unless until when while yield require attr_reader attr_accessor",
                "v", "@{1,2}[A-Za-z_]\\w*|\\$[A-Za-z_]\\w*", "a", ":[A-Za-z_]\\w*[?!]?", "t", CAPITALISED);
        define("rust", DQ, C_COMMENT,
                "as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod "
                        + "move mut pub ref return self Self static struct super trait true type unsafe use where while",
                "m", "#!?\\[[^\\]\\n]*\\]|\\b[a-z_]\\w*!", "t",
                "\\b(?:i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize|f32|f64|bool|char|str)\\b|" + CAPITALISED);
        define("sql", SQ + "|" + DQ, "--[^\\n]*|/\\*[\\s\\S]*?\\*/", null,
                "k", "(?i)\\b(?:add|all|alter|analyze|and|as|asc|begin|between|by|case|check|column|commit|constraint|create|cross|"
                        + "database|default|delete|desc|distinct|drop|else|end|exists|explain|foreign|from|full|group|having|if|in|"
                        + "index|inner|insert|into|is|join|key|left|like|limit|not|null|offset|on|or|order|outer|primary|references|"
                        + "returning|right|rollback|select|set|table|then|transaction|union|unique|update|using|values|view|when|"
                        + "where|with|true|false)\\b(?-i)",
                "t", "(?i)\\b(?:int|integer|bigint|smallint|serial|bigserial|text|varchar|char|boolean|bool|date|timestamp|"
                        + "timestamptz|numeric|decimal|real|float|double|json|jsonb|uuid|bytea|count|sum|avg|min|max|now|coalesce)\\b(?-i)");
        define("yaml", DQ + "|" + SQ, "(?<=^|\\s)#[^\\n]*", "true false null yes no on off",
                "a", "(?m)(?<=^[ \\t-]{0,40})[A-Za-z_][\\w .-]*(?=:(?:\\s|$))", "m", "(?m)^(?:---|\\.\\.\\.)$|[&*][A-Za-z_][\\w-]*");
        define("json", null, null, "true false null",
                "a", DQ + "(?=\\s*:)", "s", DQ);
        define("bash", DQ + "|" + SQ, "(?<=^|\\s)#[^\\n]*",
                "if then else elif fi case esac for select while until do done in function time return exit export local "
                        + "readonly declare set unset shift source alias true false",
                "v", "\\$\\{[^}\\n]*\\}|\\$[A-Za-z_@#?*0-9]\\w*", "m", "(?m)^#!.*$|(?<=^|\\s)--?[A-Za-z][\\w-]*");
        define("nginx", DQ + "|" + SQ, HASH_COMMENT, "on off",
                "v", "\\$[A-Za-z_]\\w*", "k", "(?m)(?<=(?:^|[{;])\\s{0,40})[a-z_][a-z0-9_]*(?=\\s|;|\\{)");
        define("toml", "\"\"\"[\\s\\S]*?\"\"\"|" + DQ + "|" + SQ, HASH_COMMENT, "true false",
                "t", "(?m)(?<=^[ \\t]{0,40})\\[\\[?[^\\]\\n]+\\]\\]?", "a", "(?m)(?<=^[ \\t]{0,40})[A-Za-z0-9_.\"-]+(?=\\s*=)");
        define("dockerfile", DQ + "|" + SQ, "(?m)(?<=^[ \\t]{0,40})#[^\\n]*", null,
                "k", "(?im)(?<=^[ \\t]{0,40})(?:FROM|RUN|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|"
                        + "STOPSIGNAL|HEALTHCHECK|SHELL|AS)\\b|\\bAS\\b", "v", "\\$\\{[^}\\n]*\\}|\\$[A-Za-z_]\\w*");
        define("html", null, "<!--[\\s\\S]*?-->", null,
                "m", "<!DOCTYPE[^>]*>", "t", "</?[A-Za-z][\\w:-]*|/?>", "a", "(?<=\\s)[A-Za-z_:][\\w:.-]*(?=\\s*=)", "s", DQ + "|" + SQ);
        define("css", DQ + "|" + SQ, "/\\*[\\s\\S]*?\\*/", null,
                "k", "@[A-Za-z-]+|!important", "a", "(?<=[{;\\s])(?:--)?[A-Za-z][\\w-]*(?=\\s*:)", "v", "var\\(--[\\w-]+\\)",
                "n", "#[0-9a-fA-F]{3,8}\\b|-?\\b\\d+(?:\\.\\d+)?(?:px|rem|em|%|vh|vw|s|ms|fr|ch|deg)?\\b",
                "t", "[.#][A-Za-z_][\\w-]*|::?[a-z-]+");
    }

    private CodeHighlighter() {}

    /**
     * Builds one language's pattern: comments, then strings, then its own rules (class, regex pairs
     * in order), then numbers and keywords. A class may appear once per language.
     */
    private static void define(String name, String strings, String comments, String keywords, String... rules) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (comments != null) parts.put("c", comments);
        if (strings != null) parts.put("s", strings);
        for (int i = 0; i + 1 < rules.length; i += 2) parts.merge(rules[i], rules[i + 1], (a, b) -> a + "|" + b);
        parts.putIfAbsent("n", NUMBER);
        if (keywords != null) parts.merge("k", "\\b(?:" + String.join("|", keywords.split(" ")).replace("?", "\\?") + ")(?![\\w?])",
                (a, b) -> a + "|" + b);
        StringBuilder re = new StringBuilder();
        parts.forEach((cls, regex) -> re.append(re.length() == 0 ? "" : "|").append("(?<").append(cls).append(">").append(regex).append(")"));
        LANGUAGES.put(name, new Language(Pattern.compile(re.toString()), parts.keySet().toArray(new String[0])));
    }

    /** The language a fence's info string names ({@code py}, {@code Python}, {@code yml}...), if highlighted. */
    public static Optional<String> language(String info) {
        String l = info.strip().toLowerCase(Locale.ROOT);
        l = ALIASES.getOrDefault(l, l);
        return LANGUAGES.containsKey(l) ? Optional.of(l) : Optional.empty();
    }

    /** The code as escaped HTML with highlight spans; {@code language} as returned by {@link #language}. */
    public static String highlight(String language, String code) {
        Language lang = LANGUAGES.get(language);
        StringBuilder out = new StringBuilder(code.length() + code.length() / 2);
        if (lang == null) return escape(code, out).toString();
        Matcher m = lang.pattern().matcher(code);
        int at = 0;
        while (m.find()) {
            if (m.end() == m.start()) continue;
            String cls = groupOf(m, lang.classes());
            escape(code.substring(at, m.start()), out);
            out.append("<span class=\"hl-").append(cls).append("\">");
            escape(m.group(), out).append("</span>");
            at = m.end();
        }
        return escape(code.substring(at), out).toString();
    }

    /** The class whose group matched: one only, as the classes are alternatives. */
    private static String groupOf(Matcher m, String[] classes) {
        for (String c : classes) if (m.start(c) >= 0) return c;
        throw new IllegalStateException("a match with no class");
    }

    static StringBuilder escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out;
    }
}
