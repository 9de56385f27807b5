package press.importer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A single export line's shape: bullet, code, heading, prose, as the rules tell them apart. */
class LineShapeTest {
    @Test
    void bulletsAndTheirText() {
        assertTrue(LineShape.isBullet("  • run tests"));
        assertTrue(LineShape.isBullet("- item"));
        assertFalse(LineShape.isBullet("-item"), "a marker needs a space after it");
        assertFalse(LineShape.isBullet("•  "), "a marker needs text");
        assertEquals("run tests", LineShape.bulletText("    ‣   run tests  "));
        assertThrows(IllegalArgumentException.class, () -> LineShape.bulletText("plain"));
        assertTrue(LineShape.isAmbiguousBullet("* x"));
        assertTrue(LineShape.isAmbiguousBullet("- x"));
        assertFalse(LineShape.isAmbiguousBullet("• x"));
        assertFalse(LineShape.isAmbiguousBullet("plain"));
    }

    @Test
    void codeInTheLanguagesTheOldSiteWroteAbout() {
        for (String code : new String[] {"def load(key):", "import os", "from a.b import c", "@app.route(\"/\")",
                "func main() {", "package main", "fn parse(s: &str) -> u32 {", "public class A", "#include <stdio.h>",
                "const x = 1;", "export default function App", "items.map(x => x * 2)", "$name = 'a';", "end",
                "SELECT id FROM posts", "$ make build", "sudo systemctl restart nginx", "git commit -m x",
                "docker compose up", "timeout: 30s", "MAX_SIZE = 10", "}", "// a comment", "if (a == b) return",
                "\treturn x", "  indented anything"}) {
            assertTrue(LineShape.isCode(code), code);
        }
        for (String text : new String[] {"", "   ", "Caching helps when reads dominate and data is stable.",
                "We select the rows we need, then cache them for a minute.", "Why this matters", "Then run it twice"}) {
            assertFalse(LineShape.isCode(text), text);
        }
    }

    @Test
    void proseIsASentenceOfSixWordsOrMoreMostlyLetters() {
        assertTrue(LineShape.isProse("This is a plain sentence of prose."));
        assertFalse(LineShape.isProse("Too short a sentence."), "five words");
        assertFalse(LineShape.isProse("This one has no end at all here"), "no terminal punctuation");
        assertFalse(LineShape.isProse("x = a(b); y = c(d); z = e(f); ok."), "mostly symbols");
        assertTrue(LineShape.isProse("He said it works well, they said \"fine.\""), "a quote after the stop");
    }

    @Test
    void headingsAreShortWordOnlyLines() {
        assertTrue(LineShape.isHeadingShape("Setting Up Redis"));
        assertTrue(LineShape.isHeadingShape("Why This Matters"), "known, any case");
        assertTrue(LineShape.isHeadingShape("Caching, rate limits & queues (2)"));
        assertFalse(LineShape.isHeadingShape("It works."), "a sentence");
        assertFalse(LineShape.isHeadingShape("first, then,"), "ends in a comma");
        assertFalse(LineShape.isHeadingShape("one two three four five six seven eight nine"), "more than eight words");
        assertFalse(LineShape.isHeadingShape("  Indented"), "indented");
        assertFalse(LineShape.isHeadingShape("x".repeat(61)), "longer than 60");
        assertFalse(LineShape.isHeadingShape("2 ways"), "starts with a digit");
        assertFalse(LineShape.isHeadingShape(""));
    }

    @Test
    void aSentenceEndsInAStopOrAColon() {
        assertTrue(LineShape.endsSentence("done."));
        assertTrue(LineShape.endsSentence("as follows:"));
        assertTrue(LineShape.endsSentence("really?\" "));
        assertFalse(LineShape.endsSentence("and then"));
    }
}
