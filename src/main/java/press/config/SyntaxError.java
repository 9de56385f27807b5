package press.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A parser's syntax error said in plain words, what is wrong and what was expected, at the place
 * an author should look (the opening quote of a quote never closed, not the end of the file).
 * Lines are file lines: the text's own plus {@code lineOffset}. The common mistakes of each
 * language are recognised by {@link YamlMistakes}, {@link TomlMistakes} and {@link JsonMistakes};
 * anything else keeps the parser's words with a general "expected" part.
 */
record SyntaxError(int line, int col, String message) {
    static SyntaxError explain(LocatedYaml.Format format, String text, JsonProcessingException e, int lineOffset) {
        Text t = new Text(text, lineOffset);
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int col = at == null ? 1 : Math.max(1, at.getColumnNr());
        SyntaxError s = switch (format) {
            case YAML -> YamlMistakes.explain(t, e, line, col);
            case TOML -> TomlMistakes.explain(t, e.getOriginalMessage(), line, col);
            case JSON -> JsonMistakes.explain(t, e.getOriginalMessage(), line, col);
        };
        return new SyntaxError(s.line + lineOffset, s.col, s.message.replaceAll("\\s+", " ").strip());
    }

    /** The parsed text by line (from 1), and the file line of a text line for messages that name another line. */
    record Text(String[] lines, int lineOffset) {
        Text(String text, int lineOffset) {
            this(text.split("\n", -1), lineOffset);
        }

        String line(int n) {
            return n < 1 || n > lines.length ? "" : lines[n - 1].replace("\r", "");
        }

        int fileLine(int n) {
            return n + lineOffset;
        }

        /** The key of a {@code key: value} or {@code key = value} line when {@code sep} (":" or "=") comes before column {@code col}; else null. */
        String keyBefore(int n, int col, char sep) {
            String l = line(n);
            int at = separator(l, sep);
            if (at < 0 || at >= col - 1) return null;
            String key = l.substring(0, at).strip();
            while (key.startsWith("- ")) key = key.substring(2).strip();
            return key.isEmpty() ? null : key;
        }

        /** The value after the first separator on line {@code n}, as written; "" when there is none. */
        String valueAfter(int n, char sep) {
            String l = line(n);
            int at = separator(l, sep);
            return at < 0 ? "" : l.substring(at + 1).strip();
        }

        /** The line from its first non-space character up to and including its first separator ({@code - title:}). */
        String keyPart(int n, char sep) {
            String l = line(n);
            int at = separator(l, sep);
            return at < 0 ? "" : l.substring(0, at + 1).strip();
        }

        /** YAML's key colon is followed by a space or the line's end; TOML's = may stand anywhere. */
        private static int separator(String l, char sep) {
            if (sep == '=') return l.indexOf('=');
            for (int i = 0; i < l.length(); i++) {
                if (l.charAt(i) == ':' && (i + 1 == l.length() || l.charAt(i + 1) == ' ' || l.charAt(i + 1) == '\t')) return i;
            }
            return -1;
        }
    }

    /** {@code value} in quotes that keep it as written: double quotes, else single (YAML doubles a ' inside them). */
    static String quoted(String value, boolean yaml) {
        if (!value.contains("\"") && !value.contains("\\")) return "\"" + value + "\"";
        if (yaml) return "'" + value.replace("'", "''") + "'";
        if (!value.contains("'")) return "'" + value + "'";
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The first line of a parser's message, trimmed ("unreadable" when there is none). */
    static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
