package press.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import press.config.LocatedYaml.Format;

import java.io.IOException;

/**
 * A content file split into its front matter and Markdown body: YAML between {@code ---} lines,
 * TOML between {@code +++} lines, or a JSON object at the start (the three forms Hugo reads).
 *
 * @param yaml       the front-matter text (YAML, TOML or JSON, as {@code format} says)
 * @param yamlLine   the file line the front matter starts on (1-based), so its positions map to file lines
 * @param body       the Markdown after the closing line
 */
public record FrontMatter(String yaml, int yamlLine, String body, Format format) {
    private static final JsonFactory JSON = new JsonFactory();

    public FrontMatter(String yaml, int yamlLine, String body) {
        this(yaml, yamlLine, body, Format.YAML);
    }

    /**
     * Splits a file's text, or returns null when it does not start with front matter or the
     * block is never closed; {@code error[0]} then says which.
     */
    public static FrontMatter split(String text, String[] error) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        int firstEnd = lineEnd(text, 0);
        String first = text.substring(0, firstEnd).strip();
        if (first.startsWith("{")) return json(text, error);
        Format format = first.equals("---") ? Format.YAML : first.equals("+++") ? Format.TOML : null;
        if (format == null) {
            error[0] = "expected front matter: a first line of ---, then YAML (title, date, ...), then a line of --- "
                    + "(or TOML between +++ lines, or a JSON object)";
            return null;
        }
        int pos = next(text, firstEnd);
        int start = pos;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (format == Format.YAML ? isLine(text, pos, end, "---") || isLine(text, pos, end, "...") : isLine(text, pos, end, "+++")) {
                return new FrontMatter(text.substring(start, pos), 2, text.substring(next(text, end)), format);
            }
            pos = next(text, end);
        }
        error[0] = format == Format.YAML ? "front matter is never closed, expected a line of --- after the YAML"
                : "front matter is never closed, expected a line of +++ after the TOML";
        return null;
    }

    /**
     * Whether the line of {@code text} from {@code start} to {@code end} is {@code fence} and white
     * space ({@code line.stripTrailing().equals(fence)}, without a string per line: a post's front
     * matter has dozens of lines).
     */
    static boolean isLine(String text, int start, int end, String fence) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end - start == fence.length() && text.startsWith(fence, start);
    }

    /** Whether {@code text} does not start with front matter at all (not ---, +++ or a JSON object). */
    static boolean absent(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String first = t.substring(0, lineEnd(t, 0)).strip();
        return !first.startsWith("{") && !first.equals("---") && !first.equals("+++");
    }

    /**
     * The JSON object at the start ends where its closing brace is; the body follows on the next line.
     * An object with a syntax error is handed on whole, with no body, so that reading it reports the
     * error at its line and column; one never closed (or a shortcode at the start) is an error here.
     */
    private static FrontMatter json(String text, String[] error) {
        try (JsonParser p = JSON.createParser(text)) {
            p.nextToken();
            p.skipChildren();
            if (p.currentToken() != JsonToken.END_OBJECT) throw new IOException("not closed");
            int end = (int) p.currentLocation().getCharOffset();
            int bodyStart = next(text, lineEnd(text, end));
            if (!text.substring(end, lineEnd(text, end)).isBlank()) bodyStart = end;
            return new FrontMatter(text.substring(0, end), 1, text.substring(Math.min(bodyStart, text.length())), Format.JSON);
        } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
            error[0] = "JSON front matter is never closed, expected a } at the end of the object";
            return null;
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            if (!text.startsWith("{{") && !text.startsWith("{%")) return new FrontMatter(text, 1, "", Format.JSON);
            error[0] = "JSON front matter is never closed or not valid, expected a JSON object {\"title\": ...} at the start";
            return null;
        } catch (IOException e) {
            error[0] = "JSON front matter is never closed or not valid, expected a JSON object {\"title\": ...} at the start";
            return null;
        }
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }
}
