package press.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JSON mistakes {@link SyntaxErrorTest} does not reach, in plain words at their file line (the text starts on line 11). */
class JsonMistakesTest {
    private static String json(String text) {
        return YamlMistakesTest.error(press.config.LocatedYaml.Format.JSON, text);
    }

    @Test
    void aDateWithoutQuotes() {
        assertEquals("f.md:11:10: invalid JSON: a date without quotes, expected it in double quotes: \"2024-05-01\"", json("{\"date\": 2024-05-01}"));
    }

    @Test
    void aTabInsideQuotes() {
        assertEquals("f.md:11:9: invalid JSON: a control character (a tab?) inside quotes, expected it escaped (\\t for a tab)", json("{\"a\": \"x\ty\"}"));
    }

    @Test
    void aFieldWithoutAComma() {
        assertEquals("f.md:12:1: invalid JSON: a quote (\") after a value, expected a comma between fields, or } at the end", json("{\"a\": 1\n\"b\": 2}"));
    }

    @Test
    void notAnObjectAtAll() {
        assertEquals("f.md:11:1: invalid JSON: unquoted text title, expected text in double quotes, a number, true, false, null, [ ] or { }: \"title\"",
                json("title"));
    }
}
