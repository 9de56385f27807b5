package press.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Guesses the language of a code block for its fence when the page's meta has no
 * {@code code language}. First match wins, so the more telling signs come first.
 */
final class CodeLanguage {
    private CodeLanguage() {}

    private record Sign(String language, Pattern pattern) {}

    private static Sign sign(String language, String regex) {
        return new Sign(language, Pattern.compile(regex, Pattern.MULTILINE));
    }

    private static final List<Sign> SIGNS = List.of(
            sign("php", "<\\?php"),
            sign("go", "^func\\s|^package\\s+\\w+$|:=\\s"),
            sign("rust", "^(pub\\s+)?fn\\s|let\\s+mut\\s|println!|^use\\s+\\w+::"),
            sign("java", "^(public|private|protected)\\s"),
            sign("ruby", "^\\s*end$"),
            sign("python", "^(def|class|for|if|while|with|try)\\b.*:$|^from\\s+[\\w.]+\\s+import\\s|^import\\s+[\\w.]+$|^@[\\w.]+"),
            sign("javascript", "^(const|let|var)\\s|=>|^function\\s|require\\(|^export\\s|^import\\s.*\\sfrom\\s"),
            sign("sql", "^(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE|ALTER|DROP|EXPLAIN|WITH)\\b"),
            sign("nginx", "^(location|server|upstream)\\s.*\\{$"),
            sign("bash", "^#!.*sh|^set\\s+-|^(sudo|curl|git|systemctl|find|docker|kubectl)\\s|\\$\\("),
            sign("yaml", "^[A-Za-z_][\\w-]*:\\s*$"));

    /** The language name, or "" when nothing is telling. */
    static String detect(String code) {
        for (Sign s : SIGNS) if (s.pattern().matcher(code).find()) return s.language();
        return "";
    }
}
