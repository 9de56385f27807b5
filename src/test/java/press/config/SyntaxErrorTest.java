package press.config;

import org.junit.jupiter.api.Test;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Syntax errors in plain words, what is wrong and what was expected, at the place to look; the
 * text starts on file line 11 here, as front matter does below its opening line, so every line,
 * the one pointed at and those named in a message, is a file line.
 */
class SyntaxErrorTest {
    private static String error(LocatedYaml.Format format, String text) {
        Problems p = new Problems();
        assertNull(LocatedYaml.parse(Path.of("f.md"), format, text, 10, p), text);
        List<String> lines = p.sorted().stream().map(Problem::toString).toList();
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0);
    }

    private static String yaml(String text) {
        return error(LocatedYaml.Format.YAML, text);
    }

    private static String toml(String text) {
        return error(LocatedYaml.Format.TOML, text);
    }

    private static String json(String text) {
        return error(LocatedYaml.Format.JSON, text);
    }

    @Test
    void yamlMistakes() {
        assertEquals("f.md:11:7: invalid YAML: a colon in the value of a, which YAML reads as the start of a key, expected the value in quotes: - a: \"b: c\"",
                yaml("- a: b: c\n"), "in a list item");
        assertEquals("f.md:11:13: invalid YAML: a colon in the value of path, which YAML reads as the start of a key, expected the value in quotes: "
                + "path: 'C:\\dir: x'", yaml("path: C:\\dir: x\n"), "single quotes keep a backslash as written");
        assertEquals("f.md:12:3: invalid YAML: the key date is indented under a value, expected it at the same indent as the other keys of its map",
                yaml("title: a\n  date: b\n"));
        assertEquals("f.md:11:12: invalid YAML: text after the closing ' of the value of title, expected the whole value inside the quotes "
                + "(a ' inside '...' is written '')", yaml("title: 'it's here'\n"));
        assertEquals("f.md:11:14: invalid YAML: text after the closing \" of the value of title, expected the whole value inside the quotes "
                + "(a \" inside \"...\" is written \\\")", yaml("title: \"say \"hi\"\"\n"));
        assertEquals("f.md:11:12: invalid YAML: text after the closing ] of the value of title, expected the value in quotes if it is text: "
                + "title: \"[a] b\"", yaml("title: [a] b\n"));
        assertEquals("f.md:12:1: invalid YAML: a line without a colon, expected key: value (or the line indented as part of the value above)",
                yaml("title: x\nsome words\ndate: y\n"));
        assertEquals("f.md:12:5: invalid YAML: a colon inside the list opened with [ at line 11, expected a ] to close it before, "
                + "or a comma between its items (an item that holds \": \" in quotes)", yaml("tags: [a, b\ndate: x\n"));
        assertEquals("f.md:11:7: invalid YAML: the map opened here with { is never closed, expected a } at its end", yaml("tags: {a: b\n"));
        assertEquals("f.md:11:13: invalid YAML: a ] that closes nothing, expected it only at the end of a list [ ] or map { }", yaml("tags: [a, b]]\n"));
        assertEquals("f.md:12:1: invalid YAML: a list item at an indent that fits no list above, expected every item of a list at the same indent, "
                + "below its key", yaml("title: x\n- a\n"), "a list with no key");
        assertEquals("f.md:11:11: invalid YAML: \\q is not an escape in double quotes, expected \\\\ for a backslash, or the value in single quotes",
                yaml("title: \"a\\q\"\n"));
        assertEquals("f.md:12:1: invalid YAML: a is given twice (first at line 11), expected each key once", yaml("a: 1\na: 2\n"));
    }

    @Test
    void yamlMistakesWithoutAnEasyNameKeepTheParsersWordsAndSayWhatIsExpected() {
        assertEquals("f.md:11:9: invalid YAML: unexpected character found (10) (while scanning an anchor that starts at line 11), "
                + "expected YAML key: value lines (a value in quotes when it holds \": \" or \" #\")", yaml("title: &\n"), "on one line");
    }

    @Test
    void tomlMistakes() {
        assertEquals("f.md:11:8: invalid TOML: a second = after date, expected one = between the key and its value", toml("date = = 2\n"));
        assertEquals("f.md:11:6: invalid TOML: a space in a key, expected key = value (a key that holds spaces or other characters in double quotes)",
                toml("title \"x\"\n"));
        assertEquals("f.md:11:8: invalid TOML: title has no value, expected a value after =: text in double quotes, a number, true, false, a date, [ ] or { }",
                toml("title =\n"));
        assertEquals("f.md:11:1: invalid TOML: the table name [params is never closed, expected a ] on the same line", toml("[params\nx = 1\n"));
        assertEquals("f.md:11:13: invalid TOML: text after the value of title, expected one value, the whole text inside its quotes (or a comment after #)",
                toml("title = \"a\" b\n"));
        assertEquals("f.md:11:8: invalid TOML: a second item without a comma in the list of x, expected a comma between the items", toml("x = [1 2]\n"));
        assertEquals("f.md:11:12: invalid TOML: a comma after the last key of a { } table, expected no comma before }", toml("x = {a = 1,}\n"));
        assertEquals("f.md:11:5: invalid TOML: the table { of x is not closed on its line, expected its } on the same line "
                + "(TOML writes a { } table on one line)", toml("x = {a = 1\ny = 2\n"));
        assertEquals("f.md:11:11: invalid TOML: an escape TOML does not know in double quotes, expected \\\\ for a backslash, or the text in single quotes",
                toml("title = \"a\\q\"\n"));
        assertEquals("f.md:13:1: invalid TOML: x is given twice (first at line 12), expected each key once", toml("[params]\nx = 1\nx = 2\n"));
        assertEquals("f.md:12:1: invalid TOML: x is given twice (first at line 11), expected each key once", toml("x = 1\nx = 2\n[params]\nx = 3\n"),
                "keys of another table are not the same keys");
        assertEquals("f.md:12:1: invalid TOML: unexpected =, expected key or table", toml("title = \"x\"\n = 2\n"));
    }

    @Test
    void jsonMistakes() {
        assertEquals("f.md:11:7: invalid JSON: unquoted text x, expected text in double quotes, a number, true, false, null, [ ] or { }: \"x\"",
                json("{\"a\": x}"));
        assertEquals("f.md:11:11: invalid JSON: a value in single quotes, expected double quotes (JSON has no single quotes)", json("{\"title\": 'x'}"));
        assertEquals("f.md:11:2: invalid JSON: \"t\" where a field name starts, expected the name in double quotes: \"title\": ...", json("{title: \"x\"}"));
        assertEquals("f.md:11:6: invalid JSON: a quote (\") after a field name, expected a colon between the name and its value", json("{\"a\" \"b\"}"));
        assertEquals("f.md:11:10: invalid JSON: \"2\" after an item, expected a comma between items, or ] at the end", json("{\"a\": [1 2]}"));
        assertEquals("f.md:11:10: invalid JSON: a comma before ], expected no comma after the last item", json("{\"a\": [1,]}"));
        assertEquals("f.md:11:9: invalid JSON: a line ends inside quotes, expected the closing \" on the same line (\\n for a line break)",
                json("{\"a\": \"x\ny\"}"));
        assertEquals("f.md:11:9: invalid JSON: \\q is not an escape JSON knows, expected \\\\ for a backslash", json("{\"a\": \"\\q\"}"));
        assertEquals("f.md:11:16: invalid JSON: title is given twice, expected each key once", json("{\"title\": \"x\", \"title\": \"y\"}"));
        assertEquals("f.md:11:8: invalid JSON: the front matter ends before its object is closed, expected a closing }", json("{\"a\": 1"));
    }
}
