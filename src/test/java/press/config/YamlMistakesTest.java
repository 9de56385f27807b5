package press.config;

import org.junit.jupiter.api.Test;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The YAML mistakes {@link SyntaxErrorTest} does not reach, each in plain words at its file line
 * (the text starts on line 11, as front matter does): tabs, reserved first characters, quotes
 * never closed, keys at an indent that fits nothing, text after a value, and a key given twice
 * in a nested map.
 */
class YamlMistakesTest {
    static String error(LocatedYaml.Format format, String text) {
        Problems p = new Problems();
        assertNull(LocatedYaml.parse(Path.of("f.md"), format, text, 10, p), text);
        List<String> lines = p.sorted().stream().map(Problem::toString).toList();
        assertEquals(1, lines.size(), lines.toString());
        return lines.get(0);
    }

    private static String yaml(String text) {
        return error(LocatedYaml.Format.YAML, text);
    }

    @Test
    void aTabToIndent() {
        assertEquals("f.md:12:1: invalid YAML: a tab in the indentation, expected spaces (YAML does not allow tabs to indent)",
                yaml("params:\n\tx: 1\n"));
    }

    @Test
    void aReservedFirstCharacter() {
        assertEquals("f.md:11:8: invalid YAML: the value of title starts with @, which YAML reserves, expected the value in quotes: title: \"@ann\"",
                yaml("title: @ann\n"));
        assertEquals("f.md:11:1: invalid YAML: a line starts with `, which YAML reserves, expected key: value", yaml("`x`\n"));
    }

    @Test
    void aQuoteNeverClosed() {
        assertEquals("f.md:11:8: invalid YAML: the quote (\") of the value of title is never closed, expected a closing \" at the end of the value",
                yaml("title: \"Hello\ndate: 2024-01-01\n"));
        assertEquals("f.md:12:3: invalid YAML: a quote (') is never closed, expected a closing ' at the end of the value",
                yaml("tags:\n- 'a\n"));
    }

    @Test
    void aKeyAtAnIndentThatFitsNothing() {
        assertEquals("f.md:13:2: invalid YAML: a key at an indent that fits no map above, expected every key of a map at the same indent",
                yaml("params:\n  a: 1\n b: 2\n"));
    }

    @Test
    void aKeyGivenTwiceInANestedMapNamesTheFirst() {
        assertEquals("f.md:14:3: invalid YAML: b is given twice (first at line 12), expected each key once", yaml("p:\n  b: 1\n  c: 2\n  b: 3\n"));
    }
}
