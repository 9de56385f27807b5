package press.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON mistakes authors make (Hugo's JSON front matter), told in plain words with what was
 * expected: a missing or extra comma, a name or text without double quotes, single quotes, a
 * line break inside quotes, an object never closed, a key given twice.
 */
final class JsonMistakes {
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\((?:'(.*?)' \\(code \\d+\\)|\\(CTRL-CHAR, code \\d+\\))\\)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final String VALUES = "text in double quotes, a number, true, false, null, [ ] or { }";

    private JsonMistakes() {}

    static SyntaxError explain(SyntaxError.Text t, String message, int line, int col) {
        String m = SyntaxError.firstLine(message);
        Matcher u = UNEXPECTED.matcher(m);
        if (u.find()) {
            String c = u.group(1) == null ? "\u0001" : u.group(1);
            Matcher date = DATE.matcher(t.line(line));
            while ((c.equals("-") || c.equals(":")) && date.find()) {
                if (date.start() < col - 1 && date.end() >= col) {
                    return new SyntaxError(line, date.start() + 1, "a date without quotes, expected it in double quotes: \"" + date.group() + "\"");
                }
            }
            return new SyntaxError(line, col, unexpected(c, m));
        }
        if (m.startsWith("Unrecognized token '") && m.indexOf('\'', 20) > 20) {
            String word = m.substring(20, m.indexOf('\'', 20));
            return new SyntaxError(line, col - word.length(), "unquoted text " + word + ", expected " + VALUES + ": \"" + word + "\"");
        }
        if (m.startsWith("Illegal unquoted character ((CTRL-CHAR, code 10))")) {
            return new SyntaxError(line, col, "a line ends inside quotes, expected the closing \" on the same line (\\n for a line break)");
        }
        if (m.startsWith("Illegal unquoted character")) {
            return new SyntaxError(line, col, "a control character (a tab?) inside quotes, expected it escaped (\\t for a tab)");
        }
        if (m.startsWith("Unrecognized character escape '") && m.length() > 31) {
            return new SyntaxError(line, col, "\\" + m.charAt(31) + " is not an escape JSON knows, expected \\\\ for a backslash");
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return new SyntaxError(line, col, "the front matter ends before its object is closed, expected a closing }");
        }
        if (m.startsWith("Duplicate field '") && m.endsWith("'") && m.length() > 18) {
            String key = m.substring(17, m.length() - 1);
            int at = t.line(line).lastIndexOf("\"" + key + "\"", Math.max(0, col - 1));
            return new SyntaxError(line, at < 0 ? col : at + 1, key + " is given twice, expected each key once");
        }
        return new SyntaxError(line, col, m.replace("was expecting", "expected") + (m.contains("expect") ? "" : ", expected a JSON object {\"title\": ...}"));
    }

    /** What an unexpected character means from what the parser was expecting there. */
    private static String unexpected(String c, String m) {
        String shown = shown(c);
        if (m.contains("comma to separate Object entries")) return shown + " after a value, expected a comma between fields, or } at the end";
        if (m.contains("comma to separate Array entries")) return shown + " after an item, expected a comma between items, or ] at the end";
        if (m.contains("double-quote to start field name")) {
            return c.equals("}") ? "a comma before }, expected no comma after the last field"
                    : shown + " where a field name starts, expected the name in double quotes: \"title\": ...";
        }
        if (m.contains("colon to separate field name and value")) return shown + " after a field name, expected a colon between the name and its value";
        if (m.contains("valid value")) {
            if (c.equals("]")) return "a comma before ], expected no comma after the last item";
            if (c.equals("'")) return "a value in single quotes, expected double quotes (JSON has no single quotes)";
            return shown + " where a value starts, expected " + VALUES;
        }
        int at = m.indexOf("expecting ");
        return shown + " here, expected " + (at < 0 ? "a JSON object {\"title\": ...}" : m.substring(at + 10));
    }

    static String shown(String c) {
        return switch (c) {
            case "\"" -> "a quote (\")";
            case "'" -> "a quote (')";
            case " " -> "a space";
            case "\u0001" -> "a control character";
            default -> "\"" + c + "\"";
        };
    }
}
