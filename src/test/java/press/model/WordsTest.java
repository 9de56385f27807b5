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

    /** Counting through the char table gives what counting each word as a String in a map gives, on any text, past the table's first size too. */
    @Test
    void theCountTableAgreesWithAPlainMap() {
        java.util.Random random = new java.util.Random(5);
        String[] pieces = {"Cache", "cache", "CACHE", "café", "Café", "naïve", "x", "go", "rust", "a1", "Z9", "—", " ", "\n", ".", "(", "über",
                "e\u0301", "ÉCOLE", "w".repeat(40), "w".repeat(41), "é".repeat(30), "Ab".repeat(30)};
        for (int round = 0; round < 300; round++) {
            StringBuilder[] parts = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
            for (StringBuilder b : parts) {
                for (int i = random.nextInt(round % 10 == 0 ? 4000 : 200); i > 0; i--) {
                    b.append(random.nextInt(5) == 0 ? "word" + random.nextInt(3000) : pieces[random.nextInt(pieces.length)]);
                    b.append(random.nextBoolean() ? " " : "");
                }
            }
            BodyText text = new BodyText(parts[0].toString(), parts[1].toString(), parts[2].toString());
            java.util.Map<String, int[]> want = new java.util.LinkedHashMap<>();
            for (int f = 0; f < 3; f++) {
                int field = f;
                Words.each(parts[f].toString(), w -> want.computeIfAbsent(w, k -> new int[3])[field]++);
            }
            Map<String, int[]> got = Words.count(text);
            assertEquals(want.keySet(), got.keySet());
            want.forEach((w, c) -> assertArrayEquals(c, got.get(w), w));
        }
    }
}
