package press.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WordsTest {
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Words.each(text, out::add);
        return out;
    }

    @Test
    void lowerCaseAsciiRunsAccentsFoldedShortAndLongLeftOut() {
        assertEquals(List.of("cafe", "node", "js", "c3po", "ok"), words("Café, Node.js; a C3PO x OK!"));
        assertEquals(List.of("uber", "naive"), words("ÜBER naïve"));
        assertEquals(List.of(), words("a " + "x".repeat(41)));
        assertEquals(List.of("ab", "x".repeat(40)), words("ab " + "x".repeat(40)));
    }

    @Test
    void countsEachWordInProseHeadingsAndCode() {
        Map<String, int[]> c = Words.count(new BodyText("cache the cache", "Cache rules", "cache()"));
        assertArrayEquals(new int[] {2, 1, 1}, c.get("cache"));
        assertArrayEquals(new int[] {0, 1, 0}, c.get("rules"));
        assertArrayEquals(new int[] {1, 0, 0}, c.get("the"));
    }
}
