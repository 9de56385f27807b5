package press.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Map<String, int[]> c = map(Words.count(new BodyText("cache the cache", "Cache rules", "cache()")));
        assertArrayEquals(new int[] {2, 1, 1}, c.get("cache"));
        assertArrayEquals(new int[] {0, 1, 0}, c.get("rules"));
        assertArrayEquals(new int[] {1, 0, 0}, c.get("the"));
    }

    /** Counting through the char table gives what counting each word as a String in a map gives, on any text, past the table's first size too. */
    @Test
    void theCountTableAgreesWithAPlainMap() {
        java.util.Random random = new java.util.Random(5);
        String[] pieces = {"Cache", "cache", "CACHE", "café", "Café", "naïve", "x", "go", "rust", "a1", "Z9", "—", " ", "\n", ".", "(", "über",
                "e\u0301", "ÉCOLE", "w".repeat(40), "w".repeat(41), "é".repeat(30), "Ab".repeat(30),
                // about the longest words numbered by their code (12 chars) and the shortest that are not
                "abcdefghijkl", "abcdefghijklm", "ABCDEFGHIJKL", "zzzzzzzzzzzz", "999999999999", "9999999999999", "00", "a0", "0a"};
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
            Words.Counted counted = Words.count(text);
            Map<String, int[]> got = map(counted);
            assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()), "in order of first occurrence");
            for (int i = 0; i < counted.size(); i++) assertSame(counted.word(i).intern(), counted.word(i), "interned");
            want.forEach((w, c) -> assertArrayEquals(c, got.get(w), w));
        }
    }

    /**
     * Counting past the most words a thread keeps ({@link WordTable#MOST}): one text may pass
     * it and counts stay right; the table is emptied before the next text, whose words are numbered
     * afresh in another space.
     */
    @Test
    void aThreadThatMeetsMoreWordsThanItKeepsStillCountsRight() {
        StringBuilder b = new StringBuilder();
        int n = WordTable.MOST + 5000;
        for (int i = 0; i < n; i++) b.append("w").append(Integer.toString(i, 36)).append(' ');
        b.append("wa w0 wa");
        Words.Counted c = Words.count(new BodyText(b.toString(), "", ""));
        assertEquals(n, c.size());
        Map<String, int[]> m = map(c);
        assertArrayEquals(new int[] {3, 0, 0}, m.get("wa"));
        assertArrayEquals(new int[] {2, 0, 0}, m.get("w0"));
        assertArrayEquals(new int[] {1, 0, 0}, m.get("w" + Integer.toString(n - 1, 36)));
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        for (int i = 0; i < c.size(); i++) assertTrue(ids.add(c.id(i)), "distinct words, distinct numbers");
        Words.Counted next = Words.count(new BodyText("w0 wa", "", ""));
        assertNotSame(c.space(), next.space(), "emptied: the numbers start afresh");
        assertEquals(List.of(0, 1), List.of(next.id(0), next.id(1)));
    }

    /** A word has one number in one thread's space, whichever text and field it is met in, until the space changes. */
    @Test
    void aWordKeepsItsNumberFromTextToText() {
        Words.Counted a = Words.count(new BodyText("kafka queue", "Kafka", "queue()"));
        Words.Counted b = Words.count(new BodyText("queue lag", "", "KAFKA"));
        assertSame(a.space(), b.space());
        assertEquals(a.id(1), b.id(0), "queue");
        assertEquals(a.id(0), b.id(2), "kafka");
        assertNotEquals(a.id(0), a.id(1));
        assertNotEquals(b.id(1), a.id(0));
        assertNotEquals(b.id(1), a.id(1));
    }

    /** The counts as a map in order of first occurrence. */
    private static Map<String, int[]> map(Words.Counted c) {
        Map<String, int[]> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < c.size(); i++) out.put(c.word(i), new int[] {c.count(i, 0), c.count(i, 1), c.count(i, 2)});
        return out;
    }
}
