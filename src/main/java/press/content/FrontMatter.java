package press.content;

/**
 * A post file split into its YAML front matter and Markdown body.
 *
 * @param yaml       the text between the {@code ---} lines
 * @param yamlLine   the file line the YAML starts on (1-based), so YAML positions map to file lines
 * @param body       the Markdown after the closing line
 */
public record FrontMatter(String yaml, int yamlLine, String body) {

    /**
     * Splits a file's text, or returns null when it does not start with a {@code ---} line or the
     * block is never closed; {@code error[0]} then says which.
     */
    public static FrontMatter split(String text, String[] error) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals("---")) {
            error[0] = text.startsWith("+++")
                    ? "TOML front matter (+++) is not supported, expected YAML front matter between --- lines"
                    : "expected front matter: a first line of ---, then YAML (title, date, ...), then a line of ---";
            return null;
        }
        int pos = next(text, firstEnd);
        int line = 2;
        int yamlStart = pos;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String l = text.substring(pos, end).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                return new FrontMatter(text.substring(yamlStart, pos), 2, text.substring(next(text, end)));
            }
            pos = next(text, end);
            line++;
        }
        error[0] = "front matter is never closed, expected a line of --- after the YAML";
        return null;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }
}
