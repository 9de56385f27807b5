package press.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The TOML mistakes {@link SyntaxErrorTest} does not reach, in plain words at their file line (the text starts on line 11). */
class TomlMistakesTest {
    private static String toml(String text) {
        return YamlMistakesTest.error(press.config.LocatedYaml.Format.TOML, text);
    }

    @Test
    void yamlHabitsInTomlAreNamed() {
        assertEquals("f.md:11:6: invalid TOML: a colon after a key, expected key = value (TOML writes = where YAML writes :)", toml("title: \"x\"\n"));
        assertEquals("f.md:11:9: invalid TOML: the value of title is not quoted text, a number, true, false, a date, [ ] or { }, "
                + "expected text in double quotes: title = \"Hello\"", toml("title = Hello\n"));
    }

    @Test
    void quotesListsAndTablesLeftOpen() {
        assertEquals("f.md:11:9: invalid TOML: the quote (\") of the value of title is never closed, expected a closing \" on the same line",
                toml("title = \"Hello\ndate = 1\n"));
        assertEquals("f.md:11:8: invalid TOML: the list [ of tags is never closed, expected a ] at its end", toml("tags = [\"a\",\n"));
    }

    @Test
    void aTableGivenTwiceIsNamedWithItsFirstPlace() {
        assertEquals("f.md:13:1: invalid TOML: [params] is given twice (first at line 11), expected each table once", toml("[params]\na = 1\n[params]\nb = 2\n"));
        assertEquals("f.md:13:1: invalid TOML: a is given twice (first at line 12), expected each key once", toml("x = 0\na = 1\na = 2\n"));
    }
}
