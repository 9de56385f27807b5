package press.importer;

import press.problem.BuildException;
import press.problem.Problem;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small inline export pages for tests, and shortcuts to convert them. */
final class Pages {
    private Pages() {}

    /** A complete meta block like the old site's, with {@code extra} lines appended inside it. */
    static String meta(String... extra) {
        String base = String.join("\n",
                "alphanode post meta", "",
                "topicsmall fixes / python services",
                "summarya short summary.",
                "ai outline", "  • context: on a budget", "  • problem: small fixes", "  • stack: python services",
                "  • recommended action: measure first",
                "ai briefa brief.",
                "stack", "  • python services", "  • backend",
                "tools", "  • pytest", "  • git",
                "code languagepython",
                "difficultybeginner",
                "reading time5",
                "view count1200",
                "score", "  • quality: 90", "  • depth: 70",
                "revision", "  • status: drafted", "  • version: 1.2.3", "  • last reviewed: 2021-04-08",
                "referenceanp-ref-1",
                "hashabc123",
                "flags", "  • has images: 0",
                "checklist", "  • run tests",
                "entities", "    • name: python services", "    • type: stack",
                "payload", "  • source id: alphanode-1", "  • seed: 1",
                "notes", "  • a note");
        return extra.length == 0 ? base : base + "\n" + String.join("\n", extra);
    }

    static ImportedPost convert(String page) {
        return convert("p.txt", page);
    }

    static ImportedPost convert(String name, String page) {
        return Importer.convert(name, page.getBytes(StandardCharsets.UTF_8), ImportOptions.defaults());
    }

    /** The post's Markdown body, after the front matter. */
    static String body(ImportedPost post) {
        String t = post.text();
        return t.substring(t.indexOf("\n---\n\n", 3) + 6);
    }

    static List<String> warnings(ImportedPost post) {
        return post.warnings().stream().map(Problem::toString).toList();
    }

    /** The error lines a page that cannot be imported gets. */
    static List<String> errors(String name, byte[] bytes) {
        try {
            Importer.convert(name, bytes, ImportOptions.defaults());
        } catch (BuildException e) {
            return e.lines();
        }
        throw new AssertionError("expected " + name + " to be refused");
    }

    static List<String> errors(String name, String page) {
        return errors(name, page.getBytes(StandardCharsets.UTF_8));
    }
}
