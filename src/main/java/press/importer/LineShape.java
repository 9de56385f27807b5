package press.importer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a single article line looks like: a bullet, code, a possible heading, or prose. The
 * exporter dropped all markup, so these are shape rules; {@link BodyParser} then uses each line's
 * neighbours to settle the cases a line alone cannot decide.
 */
final class LineShape {
    private LineShape() {}

    /** Section names the old site used; a tiebreak only, the shape rule finds the others. */
    static final Set<String> KNOWN_HEADINGS = Set.of("why this matters", "the practical approach",
            "production checks", "security and maintenance notes", "implementation checklist", "final notes");

    static final Pattern BULLET = Pattern.compile("^\\s*([•·▪◦‣*-])\\s+(\\S.*)$");

    /** Lines that are code in any of the languages the old site wrote about. */
    private static final List<Pattern> CODE = Stream.of(
            // python
            "^(def|class)\\s+\\w+.*[:(]", "^import\\s+[\\w.]+(\\s+as\\s+\\w+)?(,\\s*[\\w.]+)*$",
            "^from\\s+[\\w.]+\\s+import\\s+\\S", "^@[\\w.]+(\\(.*\\))?$",
            // go, rust, java, c-like
            "^func\\s+(\\(.*\\)\\s*)?\\w+\\(", "^package\\s+[\\w.]+;?$", "^import\\s+[(\"]",
            "^(pub\\s+)?(fn|impl|struct|enum|mod|use)\\s+\\w", "^(public|private|protected)\\s+\\w",
            "^#include\\s*[<\"]", "^#!/",
            // javascript
            "^(const|let|var)\\s+[\\w{}\\[\\], ]+\\s*=", "^(export|async)\\s+(default\\s+)?(function|const|class|async|let)\\b",
            "^function\\s*\\w*\\s*\\(", "=>",
            // php, ruby
            "<\\?php", "^\\$\\w+\\s*=", "^(class|module)\\s+[A-Z]\\w*", "^(end|fi|done|esac)$",
            // sql (upper case, as people write it in snippets)
            "^(SELECT|FROM|WHERE|ORDER BY|GROUP BY|HAVING|LIMIT|OFFSET|INSERT INTO|UPDATE|DELETE FROM|CREATE|ALTER|DROP|"
                    + "EXPLAIN|WITH|JOIN|LEFT JOIN|INNER JOIN|ON|AND|OR|VALUES|SET|BEGIN|COMMIT|ROLLBACK|GRANT|UNION)\\b",
            // shell
            "^\\$ \\S", "^(sudo|systemctl|kubectl|apt|apt-get|brew|chmod|chown|mkdir|rsync|scp|psql|redis-cli|npx|mvn|curl|wget|grep)\\s+\\S",
            "^(sudo|curl|wget|systemctl|chmod|chown|mkdir|rm|cp|mv|ls|cat|grep|find|tar|ssh|scp|rsync|export|set|echo|"
                    + "psql|redis-cli|git|docker|kubectl|helm|npm|npx|yarn|pip|mvn|gradle|cargo|go|make)\\s+"
                    + "(.*\\s)?(-{1,2}[\\w-]+|/[\\w.-]|\\./|~/|\\$|\"|'|[A-Z_]+=)",
            "^(git|docker|kubectl|npm|go|cargo|pip|helm|yarn)\\s+(add|commit|push|pull|tag|clone|checkout|rebase|build|run|"
                    + "compose|exec|apply|rollout|install|ci|test|mod|vet)\\b",
            // yaml / ini: a key without spaces, then nothing or a short value
            "^[A-Za-z_][\\w.-]*:(\\s+[^\\s].{0,60})?$", "^[A-Za-z_][\\w.-]*\\s*=\\s*\\S",
            // symbols that prose does not use
            "[;{}]\\s*$", "^[}\\])]+[;,)]*$", "\\w\\(.*\\)", "\\w\\.\\w+\\(", "\\s(==|!=|:=|->|&&|\\|\\||\\+=)\\s",
            "^\\s*(//|/\\*|\\*/|--\\s|<!--)")
            .map(Pattern::compile).toList();

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"')]?$");
    private static final Pattern HEADING = Pattern.compile("^\\p{L}[\\p{L}\\p{N} '’&/,()+-]*$");

    static boolean isBullet(String line) {
        return BULLET.matcher(line).matches();
    }

    static String bulletText(String line) {
        Matcher m = BULLET.matcher(line);
        if (!m.matches()) throw new IllegalArgumentException(line);
        return m.group(2).strip();
    }

    /** Whether the bullet uses a marker that is also code syntax ({@code -} or {@code *}). */
    static boolean isAmbiguousBullet(String line) {
        Matcher m = BULLET.matcher(line);
        return m.matches() && (m.group(1).equals("-") || m.group(1).equals("*"));
    }

    static boolean isIndented(String line) {
        return line.startsWith("\t") || line.startsWith("  ");
    }

    static boolean isCode(String line) {
        if (line.isBlank()) return false;
        if (isIndented(line)) return true; // the exporter never indents prose
        String s = line.strip();
        if (isProse(s)) return false;
        for (Pattern p : CODE) if (p.matcher(s).find()) return true;
        return false;
    }

    /** A sentence: several words, ends like a sentence, and mostly letters. */
    static boolean isProse(String s) {
        if (!SENTENCE_END.matcher(s).matches()) return false;
        if (s.split("\\s+").length < 6) return false;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) || c == ' ' || c == ',' || c == '.' || c == '\'' || c == '-') letters++;
        }
        return letters >= s.length() * 0.9;
    }

    /** Short, no terminal punctuation, words only: what a section heading looks like. */
    static boolean isHeadingShape(String line) {
        String s = line.strip();
        if (KNOWN_HEADINGS.contains(s.toLowerCase(Locale.ROOT))) return true;
        if (s.isEmpty() || s.length() > 60 || isIndented(line)) return false;
        if (s.split("\\s+").length > 8) return false;
        if (s.endsWith(",")) return false;
        return HEADING.matcher(s).matches();
    }

    static boolean endsSentence(String line) {
        return SENTENCE_END.matcher(line.strip()).matches() || line.strip().endsWith(":");
    }
}
