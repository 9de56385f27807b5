package press.content;

import org.junit.jupiter.api.Test;
import press.config.SiteConfig;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A content file's bytes to fields with positions, the body and the line it starts on; every way the bytes can be wrong. */
class FrontMatterReaderTest {
    private static final Path FILE = Path.of("content/docs/a.md");
    private final MarkdownRenderer markdown = new MarkdownRenderer(false, "/", SiteConfig.PageConfig.defaults().tocMinSections());

    private static FrontMatterReader.Read read(String text, Problems problems, boolean optional) {
        return FrontMatterReader.read(FILE, text.getBytes(StandardCharsets.UTF_8), problems, optional);
    }

    private static List<String> errors(byte[] bytes, boolean optional) {
        Problems p = new Problems();
        assertNull(FrontMatterReader.read(FILE, bytes, p, optional), "a file that cannot be read gives no fields");
        return p.sorted().stream().map(Problem::toString).toList();
    }

    private static List<String> errors(String text) {
        return errors(text.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void yamlTomlAndJsonGiveTheSameFieldsAndTheBodyStartLine() {
        for (String text : List.of("---\ntitle: Hi\nweight: 3\n---\nbody\n", "+++\ntitle = \"Hi\"\nweight = 3\n+++\nbody\n",
                "{\n\"title\": \"Hi\",\n\"weight\": 3\n}\nbody\n")) {
            Problems p = new Problems();
            FrontMatterReader.Read r = read(text, p, false);
            assertNotNull(r, text);
            assertTrue(p.isEmpty(), p.sorted().toString());
            assertEquals("Hi", r.fields().text("/title").orElseThrow(), text);
            assertEquals(3, r.fields().integer("/weight", 0, 10).orElseThrow(), text);
            assertEquals("body\n", r.split().body(), text);
            assertEquals(5, r.bodyLine(), "the body starts on file line 5: " + text);
        }
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreRead() {
        Problems p = new Problems();
        FrontMatterReader.Read r = read("\uFEFF---\r\ntitle: Hi\r\n---\r\nline one\r\nline two\r\n", p, false);
        assertNotNull(r, p.sorted().toString());
        assertEquals("Hi", r.fields().text("/title").orElseThrow());
        assertEquals("line one\nline two\n", r.split().body());
        assertEquals(4, r.bodyLine());
    }

    @Test
    void aValueProblemIsKeptWithItsFileLineAndColumnForTheCallerToReport() {
        Problems p = new Problems();
        FrontMatterReader.Read r = read("---\ntitle: Hi\nweight: heavy\n---\n", p, false);
        assertNotNull(r);
        assertTrue(r.fields().integer("/weight", 0, 10).isEmpty());
        assertTrue(p.isEmpty(), "the reader's own problems are the caller's to add");
        assertEquals(List.of("content/docs/a.md:3:9: weight: expected a whole number from 0 to 10, got \"heavy\""),
                r.problems().sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void withoutFrontMatterAPageIsAllBodyButAPostIsAnError() {
        Problems p = new Problems();
        FrontMatterReader.Read r = read("# Hints\n\ntext\n", p, true);
        assertNotNull(r, p.sorted().toString());
        assertEquals("# Hints\n\ntext\n", r.split().body());
        assertTrue(r.fields().text("/title").isEmpty());
        assertEquals(1, r.bodyLine());
        assertEquals(List.of("content/docs/a.md:1:1: expected front matter: a first line of ---, then YAML (title, date, ...), then a line of --- "
                + "(or TOML between +++ lines, or a JSON object)"), errors("# Hints\n\ntext\n"));
    }

    @Test
    void anEmptyBlockIsAMapWithNoFields() {
        for (String text : List.of("---\n---\nbody\n", "---\n# only a comment\n---\nbody\n", "+++\n+++\nbody\n")) {
            Problems p = new Problems();
            FrontMatterReader.Read r = read(text, p, false);
            assertNotNull(r, text + ": " + p.sorted()); // Jekyll marks a page to process with an empty ---/--- block
            assertTrue(r.fields().text("/title").isEmpty());
            assertEquals("body\n", r.split().body());
        }
    }

    @Test
    void utf8IsDecodedAsAStrictDecoderDecodesIt() {
        java.util.Random random = new java.util.Random(3);
        byte[][] fixed = {"ascii".getBytes(StandardCharsets.UTF_8), "café 日本 🚀".getBytes(StandardCharsets.UTF_8),
            "a written \uFFFD".getBytes(StandardCharsets.UTF_8), {'a', (byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC3}, {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0x80}};
        java.util.List<byte[]> cases = new java.util.ArrayList<>(List.of(fixed));
        for (int i = 0; i < 3000; i++) { // random UTF-8 text, some of it with a byte broken
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) b.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x10FFFF) : 0x20 + random.nextInt(0x100));
            byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0 && random.nextBoolean()) bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            cases.add(bytes);
        }
        int refused = 0;
        for (byte[] bytes : cases) {
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = null;
                refused++;
            }
            assertEquals(strict, FrontMatterReader.utf8(bytes), java.util.Arrays.toString(bytes));
        }
        assertTrue(refused > 500, "refused " + refused);
    }

    @Test
    void everyWayTheFileCanBeUnreadableIsAProblemAtItsPlace() {
        assertEquals(List.of("content/docs/a.md:1: not UTF-8 text, expected a UTF-8 Markdown file"),
                errors(new byte[] {'-', '-', '-', '\n', (byte) 0xC3, (byte) 0x28, '\n'}, true));
        assertEquals(List.of("content/docs/a.md:1:1: front matter is never closed, expected a line of --- after the YAML"),
                errors("---\ntitle: Hi\nbody\n"));
        assertEquals(List.of("content/docs/a.md:1:1: front matter is never closed, expected a line of --- after the YAML"),
                errors("---\ntitle: Hi\nbody\n".getBytes(StandardCharsets.UTF_8), true), "an unclosed block is an error for a page too");
        assertEquals(List.of("content/docs/a.md:2:1: front matter: expected a map of fields (title: ..., date: ...)"),
                errors("---\n- just\n- a list\n---\n"));
        assertEquals(List.of("content/docs/a.md:3:10: invalid YAML: a colon in the value of broken, which YAML reads as the start of a key, "
                + "expected the value in quotes: broken: \"a: b\""), errors("---\ntitle: Hi\nbroken: a: b\n---\n"));
    }

    @Test
    void theCommonYamlMistakesSayWhatWasExpectedAtTheirFileLine() {
        assertEquals(List.of("content/docs/a.md:3:11: invalid YAML: a colon in the value of title, which YAML reads as the start of a key, "
                + "expected the value in quotes: title: \"Fix: it\""), errors("---\ndate: 2024-01-01\ntitle: Fix: it\n---\n"));
        assertEquals(List.of("content/docs/a.md:4:1: invalid YAML: a tab in the indentation, expected spaces (YAML does not allow tabs to indent)"),
                errors("---\ntitle: Hi\nparams:\n\tauthor: Ann\n---\n"));
        assertEquals(List.of("content/docs/a.md:2:8: invalid YAML: the quote (\") of the value of title is never closed, "
                + "expected a closing \" at the end of the value"), errors("---\ntitle: \"Fix it\ndate: 2024-01-01\n---\nbody\n"),
                "at the opening quote, not at the end of the block");
        assertEquals(List.of("content/docs/a.md:5:2: invalid YAML: a list item at an indent that fits no list above, "
                + "expected every item of a list at the same indent, below its key"), errors("---\ntitle: Hi\ntags:\n  - go\n - java\n---\n"));
        assertEquals(List.of("content/docs/a.md:3:1: invalid YAML: title is given twice (first at line 2), expected each key once"),
                errors("---\ntitle: a\ntitle: b\n---\n"));
    }

    @Test
    void tomlAndJsonMistakesSayWhatWasExpectedAtTheirFileLine() {
        assertEquals(List.of("content/docs/a.md:3:9: invalid TOML: the value of title is not quoted text, a number, true, false, a date, [ ] or { }, "
                + "expected text in double quotes: title = \"Fix it\""), errors("+++\ndate = 2024-01-01\ntitle = Fix it\n+++\n"));
        assertEquals(List.of("content/docs/a.md:2:6: invalid TOML: a colon after a key, expected key = value (TOML writes = where YAML writes :)"),
                errors("+++\ntitle: \"Hi\"\n+++\n"));
        assertEquals(List.of("content/docs/a.md:2:9: invalid TOML: the quote (\") of the value of title is never closed, expected a closing \" on the same line"),
                errors("+++\ntitle = \"Hi\n+++\n"));
        assertEquals(List.of("content/docs/a.md:3:8: invalid TOML: the list [ of tags is never closed, expected a ] at its end"),
                errors("+++\ntitle = \"Hi\"\ntags = [\"a\",\n  \"b\"\n+++\n"));
        assertEquals(List.of("content/docs/a.md:3:1: invalid TOML: title is given twice (first at line 2), expected each key once"),
                errors("+++\ntitle = \"a\"\ntitle = \"b\"\n+++\n"));
        assertEquals(List.of("content/docs/a.md:3:9: invalid JSON: a date without quotes, expected it in double quotes: \"2024-01-01\""),
                errors("{\n\"title\": \"Hi\",\n\"date\": 2024-01-01\n}\nbody\n"));
        assertEquals(List.of("content/docs/a.md:3:1: invalid JSON: a comma before }, expected no comma after the last field"),
                errors("{\"title\": \"Hi\",\n\"weight\": 3,\n}\nbody\n"));
        assertEquals(List.of("content/docs/a.md:2:1: invalid JSON: a quote (\") after a value, expected a comma between fields, or } at the end"),
                errors("{\"title\": \"Hi\"\n\"weight\": 3}\nbody\n"));
        assertEquals(List.of("content/docs/a.md:1:1: JSON front matter is never closed, expected a } at the end of the object"),
                errors("{\"title\": \"Hi\",\n\"weight\": 3\n"));
    }

    @Test
    void theBodyRendersWithParamsAndWarningsAtFileLines() {
        Problems p = new Problems();
        FrontMatterReader.Read r = read("---\ntitle: Hi\nparams:\n  who: \"<Ann>\"\nwho: Bob\nplain: Cy\n---\n"
                + "By {{< param who >}} and {{< param plain >}}.\n\n{{< param missing >}}\n", p, false);
        FrontMatterReader.Rendered body = r.render(FILE, markdown, "Hi");
        assertEquals("<p>By &lt;Ann&gt; and Cy.</p>\n", body.html(), "params.x before x, escaped");
        assertEquals(List.of("content/docs/a.md:10:1: param \"missing\" is not in the front matter, expected a field or params.missing (or params: {missing: ...} in site.yaml)"),
                body.warnings());
    }
}
