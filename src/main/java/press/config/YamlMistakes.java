package press.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The YAML mistakes authors make, told in plain words with what was expected: an unquoted
 * colon in a value ({@code title: Fix: it}), a tab to indent, a quote never closed, a list item
 * or key at an indent that fits nothing above, text after a closing quote, a {@code [ ]} list
 * never closed, a line without its colon, a key given twice. Places are lines of the text.
 */
final class YamlMistakes {
    private YamlMistakes() {}

    static SyntaxError explain(SyntaxError.Text t, JsonProcessingException e, int line, int col) {
        if (!(e.getCause() instanceof MarkedYAMLException m) || m.getProblem() == null) return jackson(t, e.getOriginalMessage(), line);
        Mark pm = m.getProblemMark();
        Mark cm = m.getContextMark();
        if (pm != null) {
            line = pm.getLine() + 1;
            col = pm.getColumn() + 1;
        }
        int cLine = cm == null ? line : cm.getLine() + 1;
        int cCol = cm == null ? col : cm.getColumn() + 1;
        String problem = m.getProblem().strip();
        String context = m.getContext() == null ? "" : m.getContext().strip();
        if (problem.startsWith("mapping values are not allowed")) return colon(t, line, col);
        if (problem.startsWith("found character '\\t(TAB)'")) {
            return new SyntaxError(line, col, "a tab in the indentation, expected spaces (YAML does not allow tabs to indent)");
        }
        if (problem.startsWith("found character '") && problem.length() > 17) return reserved(t, line, col, problem.charAt(17));
        if (problem.startsWith("found unexpected end of stream") && context.contains("quoted scalar")) {
            char q = t.line(cLine).length() >= cCol ? t.line(cLine).charAt(cCol - 1) : '"';
            String key = t.keyBefore(cLine, cCol, ':');
            return new SyntaxError(cLine, cCol, (key == null ? "a quote (" + q + ")" : "the quote (" + q + ") of the value of " + key)
                    + " is never closed, expected a closing " + q + " at the end of the value");
        }
        if (problem.startsWith("expected <block end>, but found '") && problem.endsWith("'") && problem.length() > 34) {
            return blockEnd(t, line, col, problem.substring(33, problem.length() - 1));
        }
        if (problem.startsWith("expected ',' or ']'") || problem.startsWith("expected ',' or '}'")) {
            boolean list = problem.charAt(17) == ']';
            String open = list ? "[" : "{";
            String close = list ? "]" : "}";
            String what = list ? "list" : "map";
            if (problem.endsWith("<stream end>")) {
                return new SyntaxError(cLine, cCol, "the " + what + " opened here with " + open + " is never closed, expected a " + close + " at its end");
            }
            String got = problem.substring(problem.indexOf("but got ") + 8);
            return new SyntaxError(line, col, (got.equals(":") ? "a colon" : "\"" + got + "\"") + " inside the " + what + " opened with " + open
                    + " at line " + t.fileLine(cLine) + ", expected a " + close + " to close it before, or a comma between its items "
                    + "(an item that holds \": \" in quotes)");
        }
        if (problem.startsWith("could not find expected ':'")) {
            return new SyntaxError(cLine, cCol, "a line without a colon, expected key: value (or the line indented as part of the value above)");
        }
        if (problem.startsWith("found unknown escape character ")) {
            String c = problem.substring(31).replaceAll("\\(\\d+\\)$", "").strip();
            return new SyntaxError(line, col, "\\" + c + " is not an escape in double quotes, expected \\\\ for a backslash, or the value in single quotes");
        }
        String started = cm == null || context.isEmpty() ? "" : " (" + context + " that starts at line " + t.fileLine(cLine) + ")";
        return new SyntaxError(line, col, problem + started + ", expected YAML key: value lines (a value in quotes when it holds \": \" or \" #\")");
    }

    /** Errors Jackson finds itself (a key given twice), at the key. */
    private static SyntaxError jackson(SyntaxError.Text t, String message, int line) {
        String m = SyntaxError.firstLine(message);
        String l = t.line(line);
        int col = l.length() - l.stripLeading().length() + 1;
        if (m.startsWith("Duplicate field '") && m.endsWith("'") && m.length() > 18) {
            String key = m.substring(17, m.length() - 1);
            String indent = l.substring(0, col - 1);
            for (int n = line - 1; n >= 1; n--) {
                String before = t.line(n);
                if (before.startsWith(indent + key + ":") && !before.startsWith(indent + " ")) {
                    return new SyntaxError(line, col, key + " is given twice (first at line " + t.fileLine(n) + "), expected each key once");
                }
            }
            return new SyntaxError(line, col, key + " is given twice, expected each key once");
        }
        return new SyntaxError(line, col, m + ", expected YAML key: value lines");
    }

    /** A colon and a space in a value start a key; a key indented under a value cannot be one. */
    private static SyntaxError colon(SyntaxError.Text t, int line, int col) {
        String key = t.keyBefore(line, col, ':');
        if (key != null) {
            return new SyntaxError(line, col, "a colon in the value of " + key + ", which YAML reads as the start of a key, expected the value in quotes: "
                    + t.keyPart(line, ':') + " " + SyntaxError.quoted(t.valueAfter(line, ':'), true));
        }
        String name = t.keyPart(line, ':');
        name = name.isEmpty() ? "this key" : "the key " + name.substring(0, name.length() - 1).replaceFirst("^(- )+", "");
        return new SyntaxError(line, lineStart(t, line), name + " is indented under a value, expected it at the same indent as the other keys of its map");
    }

    /** A value may not start with a character YAML reserves (@, `, %, ...). */
    private static SyntaxError reserved(SyntaxError.Text t, int line, int col, char c) {
        String key = t.keyBefore(line, col, ':');
        if (key == null) return new SyntaxError(line, col, "a line starts with " + c + ", which YAML reserves, expected key: value");
        return new SyntaxError(line, col, "the value of " + key + " starts with " + c + ", which YAML reserves, expected the value in quotes: "
                + t.keyPart(line, ':') + " " + SyntaxError.quoted(t.valueAfter(line, ':'), true));
    }

    /** Something where the map above has ended: a list item or key at a wrong indent, or text after a closing quote or bracket. */
    private static SyntaxError blockEnd(SyntaxError.Text t, int line, int col, String found) {
        return switch (found) {
            case "<block sequence start>", "-" -> new SyntaxError(line, col,
                    "a list item at an indent that fits no list above, expected every item of a list at the same indent, below its key");
            case "<block mapping start>", "?" -> new SyntaxError(line, col,
                    "a key at an indent that fits no map above, expected every key of a map at the same indent");
            case "<scalar>" -> afterValue(t, line, col);
            default -> new SyntaxError(line, col, "a " + found + " that closes nothing, expected it only at the end of a list [ ] or map { }");
        };
    }

    private static SyntaxError afterValue(SyntaxError.Text t, int line, int col) {
        String before = t.line(line).substring(0, Math.min(col - 1, t.line(line).length())).stripTrailing();
        char end = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
        String key = t.keyBefore(line, col, ':');
        String of = key == null ? "the value" : "the value of " + key;
        if (end == '"' || end == '\'') {
            return new SyntaxError(line, col, "text after the closing " + end + " of " + of + ", expected the whole value inside the quotes ("
                    + (end == '"' ? "a \" inside \"...\" is written \\\"" : "a ' inside '...' is written ''") + ")");
        }
        if (end == ']' || end == '}') {
            return new SyntaxError(line, col, "text after the closing " + end + " of " + of + ", expected the value in quotes if it is text: "
                    + t.keyPart(line, ':') + " " + SyntaxError.quoted(t.valueAfter(line, ':'), true));
        }
        return new SyntaxError(line, col, "text at an indent that fits no key or list above, expected key: value at the indent of the keys above");
    }

    private static int lineStart(SyntaxError.Text t, int line) {
        String l = t.line(line);
        return l.length() - l.stripLeading().length() + 1;
    }
}
