package press.config;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** {@link BlockYaml} gives Jackson's tree or nothing: on the front matter press meets, on what it leaves to Jackson, on random documents. */
class BlockYamlTest {
    /** Jackson's tree of {@code yaml} (LocatedYaml's mapper), or null when Jackson refuses it. */
    private static JsonNode jackson(String yaml) {
        try {
            return LocatedYaml.MAPPER.readTree(yaml);
        } catch (IOException e) {
            return null;
        }
    }

    /** BlockYaml's tree is null or Jackson's, the same types in the same order; returns whether it read the text. */
    private static boolean sameOrNothing(String yaml) {
        JsonNode fast = BlockYaml.read(yaml);
        if (fast == null) return false;
        JsonNode slow = jackson(yaml);
        if (slow == null) fail("Jackson refuses what BlockYaml read:\n" + yaml + "\nBlockYaml: " + fast);
        assertEquals(slow, fast, yaml);
        assertEquals(slow.toString(), fast.toString(), yaml); // ObjectNode.equals ignores the order of fields
        return true;
    }

    @Test
    void aGeneratedPostsFrontMatterIsReadAsJacksonReadsIt() {
        String yaml = """
                title: "a calm checklist for adding full text search in aws"
                date: 2015-05-08T15:39:00Z
                slug: "a-calm-checklist-006279"
                tags:
                  - "search"
                  - "full-text-search"
                stack:
                  - "aws"
                reading_time: 5
                view_count: 15594
                score:
                  quality: 69
                revision:
                  status: "expanded"
                  version: "1.9.2"
                  last_reviewed: "2015-08-10"
                flags:
                  needs_human_review: 0
                entities:
                  - name: "aws"
                    type: "stack"
                  - name: "cloud"
                    type: "area"
                image_sources: []
                notes:
                  - "sanitized array meta is expected to render as a list in the frontend box"
                """;
        assertTrue(sameOrNothing(yaml));
    }

    @Test
    void hugoAndJekyllShapesAreReadAsJacksonReadsThem() {
        for (String yaml : List.of(
                "title: Hello, world\ndraft: true\ntags: [go, \"static sites\", 'it''s']\nweight: -3\n",
                "layout: post\ntitle:  'Welcome to Jekyll!'\ndate:   2015-11-10 21:08:22 +0100\ncategories: jekyll update\n",
                "# a comment\ntitle: x\n\n  # an indented comment\nmenu:\n  main:\n    weight: 10\n    name: Home\n",
                "aliases:\n- /old/\n- /older/\nsummary: C# and F#, 1.9.2\nurl: http://example.com/a:b\n",
                "title: 日本語 🚀 café\nempty_list: [ ]\nnothing: ~\nalso: null\nyes_word: yes\nOff: Off\n",
                "esc: \"a \\\"quoted\\\" \\\\ line\\nnext\\ttab\"\nsingle: 'a ''b'' c'\n")) {
            assertTrue(sameOrNothing(yaml), yaml);
        }
    }

    @Test
    void whatItIsNotSureOfIsLeftToJackson() {
        for (String yaml : List.of(
                "title: x # a comment\n",
                "body: |\n  line\n",
                "body: >-\n  folded\n",
                "ratio: 0.5\n",
                "big: 12345678901\n",
                "octal: 0777\n",
                "hex: 0x1F\n",
                "under: 1_000\n",
                "sexagesimal: 1:20\n",
                "a: &x 1\nb: *x\n",
                "tagged: !!str 12\n",
                "map: {a: 1}\n",
                "a: 1\na: 2\n",
                "a:\tx\n",
                "title: one\n  two\n",
                "title: \"over\n  lines\"\n",
                "empty:\n",
                "list:\n-\n",
                "nested:\n- - x\n",
                "\"quoted key\": x\n",
                "key with spaces: x\n",
                "a: b: c\n",
                "esc: \"\\x41\"\n",
                "- just\n- a list\n",
                "just a scalar\n",
                "inf: .inf\n",
                "merge:\n  <<: {a: 1}\n",
                "crlf: x\r\n",
                "nel: a\u0085b\n",
                "bom: \uFEFFx\n",
                "---\na: 1\n",
                "",
                "# only a comment\n")) {
            assertNull(BlockYaml.read(yaml), yaml);
        }
        // past a depth, a key length or a size, Jackson decides (under SnakeYAML's limits on simple keys and documents)
        StringBuilder deep = new StringBuilder();
        for (int d = 0; d < 60; d++) deep.append("  ".repeat(d)).append("k:\n");
        deep.append("  ".repeat(60)).append("v: 1\n");
        assertNull(BlockYaml.read(deep.toString()));
        assertNull(BlockYaml.read("k" + "x".repeat(1100) + ": 1\n"));
        assertNull(BlockYaml.read("k: " + "x".repeat(2 << 20) + "\n"));
        StringBuilder twenty = new StringBuilder();
        for (int d = 0; d < 19; d++) twenty.append("  ".repeat(d)).append("k:\n");
        twenty.append("  ".repeat(19)).append("v: 1\n");
        assertTrue(sameOrNothing(twenty.toString()), "20 levels are read");
        // a character YAML refuses, in a comment: Jackson refuses the document, so BlockYaml must not read it
        String bell = "# a " + (char) 7 + " bell\ntitle: x\n";
        assertNull(jackson(bell));
        assertNull(BlockYaml.read(bell));
    }

    @Test
    void randomDocumentsAreReadAsJacksonReadsThemOrLeftToIt() {
        Random random = new Random(8);
        int read = 0;
        int left = 0;
        for (int i = 0; i < 6000; i++) {
            String yaml = new RandomYaml(random).document();
            if (sameOrNothing(yaml)) read++;
            else left++;
        }
        // both paths are taken often, so the comparison means something
        assertTrue(read > 1000, "read " + read);
        assertTrue(left > 1000, "left " + left);
    }

    @Test
    void theFrontMatterOfTheRepositorysSitesAndFixturesIsReadAsJacksonReadsIt() throws IOException {
        int read = 0;
        for (String root : List.of("content", "src/test/resources", "docs/content")) {
            if (!Files.isDirectory(Path.of(root))) continue;
            List<Path> files;
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                files = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown")).sorted().toList();
            }
            for (Path p : files) {
                String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);
                if (!text.startsWith("---\n")) continue;
                int end = text.indexOf("\n---", 4);
                if (end < 0) continue;
                if (sameOrNothing(text.substring(4, end + 1))) read++;
            }
        }
        assertTrue(read > 50, "front matters read: " + read);
    }

    /** Documents of maps, lists and scalars, with the pieces that are valid YAML but outside BlockYaml's shape, and broken ones. */
    private static final class RandomYaml {
        private static final String[] SCALARS = {
            "x", "hello world", "yes", "No", "ON", "off", "y", "n", "true", "False", "TRUE", "~", "null", "Null", "", "0", "-0", "+5",
            "007", "0x1F", "0b101", "1_000", "3.14", "1e3", ".inf", "-.INF", ".nan", "-5", "42", "123456789", "1234567890", "2147483648",
            "2015-05-08", "2015-05-08T15:39:00Z", "2015-11-10 21:08:22 +0100", "2015-5-8", "1.9.2", "12:30", "190:20:30", "a: b", "a:b",
            "a #b", "a#b", "C#", "x, y", "[x]", "{x}", "- x", "-x", "*x", "&x", "!x", "@x", "%x", "`x", "|", ">", "?", "?x", ":x", "x:",
            "é", "日本", "🚀", "a\tb", "<<", "=", ".", "..", "...", "---", "x'y", "x\"y", " lead", "trail ", "a\\b", "http://x.y/z?q=1",
            "café au lait", "\u00a0nbsp", "x]", "x}", "line\nbreak", "a,b"};
        private static final String[] KEYS = {"a", "b", "title", "tags", "x_y", "x-y", "x.y", "_z", "1", "null", "yes", "a b", "-k", "og:image",
            "\"q\"", "'s'", "k", "K", "<<", "?k"};
        private final Random r;
        private final StringBuilder out = new StringBuilder();

        RandomYaml(Random r) {
            this.r = r;
        }

        String document() {
            map(0, 0);
            return out.toString();
        }

        private void map(int indent, int depth) {
            int n = 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                noise(indent);
                out.append(" ".repeat(indent)).append(key()).append(':');
                value(indent, depth);
            }
        }

        private String key() {
            return r.nextInt(5) == 0 ? KEYS[r.nextInt(KEYS.length)] : KEYS[r.nextInt(6)];
        }

        private void value(int indent, int depth) {
            int kind = depth >= 3 ? 0 : r.nextInt(6);
            switch (kind) {
                case 0, 1 -> out.append(' ').append(scalar(false)).append(tail()).append('\n');
                case 2 -> {
                    out.append(' ').append('[');
                    int n = r.nextInt(4);
                    for (int i = 0; i < n; i++) out.append(i > 0 ? (r.nextBoolean() ? ", " : ",") : "").append(scalar(true));
                    out.append(r.nextInt(10) == 0 ? ",]" : "]").append(tail()).append('\n');
                }
                case 3 -> {
                    out.append('\n');
                    map(indent + step(), depth + 1);
                }
                default -> {
                    out.append('\n');
                    int at = r.nextBoolean() ? indent : indent + step();
                    int n = 1 + r.nextInt(3);
                    for (int i = 0; i < n; i++) {
                        noise(at);
                        String dash = r.nextInt(8) == 0 ? "-   " : "- ";
                        out.append(" ".repeat(at)).append(dash);
                        if (depth < 2 && r.nextInt(3) == 0) {
                            // "- k: v" and more keys under it
                            int column = at + dash.length();
                            out.append(key()).append(':');
                            value(column, depth + 2);
                            int more = r.nextInt(3);
                            for (int k = 0; k < more; k++) {
                                out.append(" ".repeat(r.nextInt(12) == 0 ? column + 1 : column)).append(key()).append(':');
                                value(column, depth + 2);
                            }
                        } else {
                            out.append(scalar(false)).append(tail()).append('\n');
                        }
                    }
                }
            }
        }

        private int step() {
            return r.nextInt(10) == 0 ? 1 + r.nextInt(4) : 2;
        }

        private String tail() {
            int k = r.nextInt(20);
            return k == 0 ? "  # note" : k == 1 ? "   " : k == 2 ? "\t" : "";
        }

        private void noise(int indent) {
            int k = r.nextInt(25);
            if (k == 0) out.append('\n');
            else if (k == 1) out.append(" ".repeat(indent)).append(r.nextInt(10) == 0 ? "# bell " + (char) 7 + "\n" : "# comment: x\n");
            else if (k == 2) out.append("  \n");
        }

        private String scalar(boolean inFlow) {
            String s = SCALARS[r.nextInt(SCALARS.length)];
            int style = r.nextInt(3);
            if (style == 1) return "'" + s.replace("'", r.nextInt(10) == 0 ? "'" : "''") + "'";
            if (style == 2) {
                StringBuilder b = new StringBuilder("\"");
                for (char c : s.toCharArray()) {
                    if (c == '"' || c == '\\') b.append(r.nextInt(10) == 0 ? "" : "\\").append(c);
                    else if (c == '\n') b.append(r.nextBoolean() ? "\\n" : "\\x0a");
                    else if (c == '\t') b.append(r.nextBoolean() ? "\\t" : "\t");
                    else if (c == 'e' && r.nextInt(4) == 0) b.append("\\u0065");
                    else b.append(c);
                }
                return b.append('"').toString();
            }
            return s;
        }
    }
}
