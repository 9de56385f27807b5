package press.config;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TOML mistakes authors make (Hugo's {@code +++} front matter), told in plain words with what
 * was expected: unquoted text as a value, YAML's colon for TOML's {@code =}, a quote or table name
 * never closed on its line, a list never closed, text after a value, a key given twice.
 */
final class TomlMistakes {
    private static final Pattern KEY = Pattern.compile("^\\s*([A-Za-z0-9_.-]+|\"[^\"]*\"|'[^']*')\\s*=");
    private static final String VALUES = "text in double quotes, a number, true, false, a date, [ ] or { }";

    private TomlMistakes() {}

    static SyntaxError explain(SyntaxError.Text t, String message, int line, int col) {
        String m = SyntaxError.firstLine(message);
        String key = t.keyBefore(line, col, '=');
        String of = key == null ? "the value" : "the value of " + key;
        if (m.equals("Unknown token")) {
            if (key != null && t.valueAfter(line, '=').startsWith("=")) {
                return new SyntaxError(line, col, "a second = after " + key + ", expected one = between the key and its value");
            }
            if (key != null) {
                return new SyntaxError(line, col, of + " is not " + VALUES.replace("text in double quotes", "quoted text")
                        + ", expected text in double quotes: " + key + " = " + SyntaxError.quoted(t.valueAfter(line, '='), false));
            }
            char c = col - 1 < t.line(line).length() ? t.line(line).charAt(col - 1) : ' ';
            if (c == ':') return new SyntaxError(line, col, "a colon after a key, expected key = value (TOML writes = where YAML writes :)");
            return new SyntaxError(line, col, JsonMistakes.shown(String.valueOf(c)) + " in a key, expected key = value "
                    + "(a key that holds spaces or other characters in double quotes)");
        }
        if (m.equals("Newline not permitted here")) return lineEnds(t, line, col, key);
        if (m.equals("Premature end of file")) {
            int[] open = unclosed(t);
            if (open != null) {
                String k = t.keyBefore(open[0], open[1], '=');
                String what = open[2] == '[' ? "list [" : "table {";
                return new SyntaxError(open[0], open[1], "the " + what + (k == null ? "" : " of " + k) + " is never closed, expected a "
                        + (open[2] == '[' ? "]" : "}") + " at its end");
            }
            return new SyntaxError(line, col, "the TOML ends inside a value, expected the value complete before the closing +++");
        }
        if (m.equals("Duplicate key") || m.equals("Table redefined")) {
            int[] twice = duplicate(t);
            if (twice != null) {
                boolean table = t.line(twice[0]).strip().startsWith("[");
                return new SyntaxError(twice[0], twice[1], t.line(twice[0]).strip().replaceFirst("\\s*=.*", "") + " is given twice (first at line "
                        + t.fileLine(twice[2]) + "), expected each " + (table ? "table" : "key") + " once");
            }
            return new SyntaxError(line, col, "a key given twice, expected each key once");
        }
        if (m.startsWith("More data after value has already ended")) {
            if (insideList(t.line(line), col)) {
                return new SyntaxError(line, col, "a second item without a comma in the list of " + (key == null ? "this key" : key)
                        + ", expected a comma between the items");
            }
            return new SyntaxError(line, col, "text after " + of + ", expected one value, the whole text inside its quotes (or a comment after #)");
        }
        if (m.startsWith("Trailing comma not permitted for inline tables")) {
            return new SyntaxError(line, col, "a comma after the last key of a { } table, expected no comma before }");
        }
        if (m.equals("Unknown escape sequence")) {
            return new SyntaxError(line, col, "an escape TOML does not know in double quotes, expected \\\\ for a backslash, or the text in single quotes");
        }
        if (m.startsWith("Unexpected token: Got ")) {
            String[] parts = m.substring(22).split(", expected ", 2);
            return new SyntaxError(line, col, "unexpected " + token(parts[0]) + ", expected " + (parts.length > 1 ? token(parts[1]) : "key = value"));
        }
        return new SyntaxError(line, col, m + ", expected TOML key = value lines, with " + VALUES);
    }

    /** A line that ends too early: in a quote, a [table] name, a { } table, or right after =. */
    private static SyntaxError lineEnds(SyntaxError.Text t, int line, int col, String key) {
        String l = t.line(line);
        String s = l.strip();
        if (s.startsWith("[") && !s.contains("]")) {
            return new SyntaxError(line, l.indexOf('[') + 1, "the table name " + s + " is never closed, expected a ] on the same line");
        }
        if (key != null && t.valueAfter(line, '=').isEmpty()) return new SyntaxError(line, col, key + " has no value, expected a value after =: " + VALUES);
        int quote = openQuote(l);
        if (quote >= 0) {
            char q = l.charAt(quote);
            return new SyntaxError(line, quote + 1, "the quote (" + q + ") of " + (key == null ? "a value" : "the value of " + key)
                    + " is never closed, expected a closing " + q + " on the same line");
        }
        if (l.indexOf('{') >= 0) {
            return new SyntaxError(line, l.indexOf('{') + 1, "the table { of " + (key == null ? "a value" : key)
                    + " is not closed on its line, expected its } on the same line (TOML writes a { } table on one line)");
        }
        return new SyntaxError(line, col, "the line ends inside a value, expected the value complete on its line");
    }

    /** The column (from 0) of a quote opened and not closed on {@code l}, or -1. */
    private static int openQuote(String l) {
        int open = -1;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (open < 0 && c == '#') return -1;
            if (open >= 0 && c == '\\' && l.charAt(open) == '"') i++;
            else if (open < 0 && (c == '"' || c == '\'')) open = i;
            else if (open >= 0 && c == l.charAt(open)) open = -1;
        }
        return open;
    }

    /** Whether column {@code col} of {@code l} is inside a [ ] list after the = (quotes not counted). */
    private static boolean insideList(String l, int col) {
        int eq = l.indexOf('=');
        int depth = 0;
        for (int i = Math.max(0, eq); i < Math.min(col - 1, l.length()); i++) {
            if (l.charAt(i) == '[') depth++;
            else if (l.charAt(i) == ']') depth--;
        }
        return eq >= 0 && depth > 0;
    }

    /** The first [ or { never closed in the text, outside quotes and comments: {line, col, char}; null when all close. */
    private static int[] unclosed(SyntaxError.Text t) {
        Deque<int[]> open = new ArrayDeque<>();
        for (int n = 1; n <= t.lines().length; n++) {
            String l = t.line(n);
            char quote = 0;
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (quote != 0) {
                    if (c == '\\' && quote == '"') i++;
                    else if (c == quote) quote = 0;
                } else if (c == '#') {
                    break;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '[' || c == '{') {
                    open.push(new int[] {n, i + 1, c});
                } else if ((c == ']' || c == '}') && !open.isEmpty()) {
                    open.pop();
                }
            }
        }
        return open.peekLast();
    }

    /** The second place a key is set in its table: {line, col, line of the first}; null when none is set twice. */
    private static int[] duplicate(SyntaxError.Text t) {
        Map<String, Integer> seen = new HashMap<>();
        String table = "";
        for (int n = 1; n <= t.lines().length; n++) {
            String l = t.line(n);
            String s = l.strip();
            if (s.startsWith("[[")) {
                table = s + "#" + n + "."; // each [[x]] is a table of its own
                continue;
            }
            if (s.startsWith("[") && s.indexOf(']') > 0) {
                table = s.substring(1, s.indexOf(']')).strip() + ".";
                Integer first = seen.putIfAbsent("[" + table, n);
                if (first != null) return new int[] {n, l.indexOf('[') + 1, first};
                continue;
            }
            Matcher k = KEY.matcher(l);
            if (!k.find()) continue;
            Integer first = seen.putIfAbsent(table + k.group(1).replaceAll("\\s*\\.\\s*", "."), n);
            if (first != null) return new int[] {n, k.start(1) + 1, first};
        }
        return null;
    }

    private static String token(String name) {
        return switch (name) {
            case "KEY_VAL_SEP" -> "=";
            case "STD_TABLE_CLOSE" -> "]";
            case "ARRAY_TABLE_CLOSE" -> "]]";
            case "STD_TABLE_OPEN" -> "[";
            case "ARRAY_TABLE_OPEN" -> "[[";
            default -> name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
