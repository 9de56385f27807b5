package press.content;

import org.junit.jupiter.api.Test;
import press.config.LocatedYaml.Format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a file's text is split into front matter and body, and which form it is, before anything is parsed. */
class FrontMatterTest {
    private static FrontMatter split(String text) {
        String[] error = new String[1];
        FrontMatter fm = FrontMatter.split(text, error);
        if (fm == null) throw new AssertionError("no split: " + error[0]);
        assertNull(error[0]);
        return fm;
    }

    private static String error(String text) {
        String[] error = new String[1];
        assertNull(FrontMatter.split(text, error), text);
        return error[0];
    }

    @Test
    void yamlEndsAtALineOfDashesOrDotsAndItsTextStartsOnLineTwo() {
        assertEquals(new FrontMatter("title: A\n", 2, "body\n", Format.YAML), split("---\ntitle: A\n---\nbody\n"));
        assertEquals(new FrontMatter("title: A\n", 2, "body\n", Format.YAML), split("---\ntitle: A\n...\nbody\n"), "YAML's document end");
        assertEquals(new FrontMatter("a: 1\n", 2, "", Format.YAML), split("\uFEFF---  \na: 1\n---   "), "a BOM, and spaces after the lines");
        assertEquals("x: |\n  --- not the end\n", split("---\nx: |\n  --- not the end\n---\n").yaml(), "an indented --- does not close");
    }

    @Test
    void aClosingLineIsTheFenceAndTrailingWhiteSpaceAsStripTrailingSeesIt() {
        String[] lines = {"---", "--- ", "---\t\t", "---\u2003", "---\u00a0", " ---", "----", "--", "-- -", "...", ".. .", "+++", "", " ", "---x"};
        for (String line : lines) {
            String text = "a" + line + "b";
            for (String fence : new String[] {"---", "...", "+++"}) {
                assertEquals(line.stripTrailing().equals(fence), FrontMatter.isLine(text, 1, 1 + line.length(), fence), "[" + line + "] " + fence);
            }
        }
    }

    @Test
    void tomlEndsOnlyAtALineOfPluses() {
        FrontMatter fm = split("+++\ntitle = \"A\"\n---\n+++\n# Body\n");
        assertEquals(Format.TOML, fm.format());
        assertEquals("title = \"A\"\n---\n", fm.yaml(), "--- does not close TOML");
        assertEquals("# Body\n", fm.body());
        assertEquals(2, fm.yamlLine());
    }

    @Test
    void aJsonObjectEndsAtItsClosingBraceAndStartsOnLineOne() {
        FrontMatter fm = split("{\n\"title\": \"A}\"\n}\nbody\n");
        assertEquals(new FrontMatter("{\n\"title\": \"A}\"\n}", 1, "body\n", Format.JSON), fm, "a brace in a string does not close it");
        assertEquals("more\n", split("{\"title\": \"A\"} more\n").body().strip() + "\n", "text after the brace on its line is body");
        assertEquals(" more\n", split("{\"title\": \"A\"} more\n").body());
        FrontMatter broken = split("{\"title\": \"A\" \"date\": 1}\nbody\n");
        assertEquals("{\"title\": \"A\" \"date\": 1}\nbody\n", broken.yaml(), "a syntax error is handed on whole, to be reported at its place");
        assertEquals("", broken.body());
    }

    @Test
    void eachMissingOrUnclosedFormHasItsOwnMessage() {
        assertTrue(error("title: A\n").startsWith("expected front matter: a first line of ---"));
        assertEquals("front matter is never closed, expected a line of --- after the YAML", error("---\ntitle: A\n"));
        assertEquals("front matter is never closed, expected a line of +++ after the TOML", error("+++\ntitle = 1\n---\n"));
        assertEquals("JSON front matter is never closed, expected a } at the end of the object", error("{\"title\": \"A\",\n\"weight\": 3\n"));
        assertEquals("JSON front matter is never closed or not valid, expected a JSON object {\"title\": ...} at the start",
                error("{{< figure src=a.png >}}\n"), "a shortcode at the start is not JSON");
        assertEquals("JSON front matter is never closed or not valid, expected a JSON object {\"title\": ...} at the start",
                error("{% include x.html %}\n"));
    }

    @Test
    void absentMeansNoneOfTheThreeOpenings() {
        assertTrue(FrontMatter.absent("# Title\n"));
        assertTrue(FrontMatter.absent(""));
        assertTrue(FrontMatter.absent("----\n"), "four dashes are a rule, not front matter");
        assertFalse(FrontMatter.absent("\uFEFF---\n"));
        assertFalse(FrontMatter.absent("+++ \n"));
        assertFalse(FrontMatter.absent("  {\"a\": 1}"));
    }
}
