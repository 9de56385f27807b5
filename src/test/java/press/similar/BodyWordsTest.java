package press.similar;

import org.junit.jupiter.api.Test;
import press.model.BodyIndex.Words;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyWordsTest {
    /** "stem=surface:count" in the order kept. */
    private static List<String> kept(Words w) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.stems().length; i++) out.add(w.stems()[i] + "=" + w.surfaces()[i] + ":" + w.counts()[i]);
        return out;
    }

    @Test
    void wordsAreCountedByStemWithTheirShortestSpelling() {
        assertEquals(List.of("cach=cache:3"), kept(BodyWords.of("", "caching cached cache")));
        assertEquals("run", BodyWords.stem("running"));
        assertEquals("", BodyWords.stem("the"));
    }

    @Test
    void stopwordsNumbersAndOneLetterWordsAreDropped() {
        assertEquals(List.of("rust=rust:1"), kept(BodyWords.of("", "the and after very also would a x 2024 3.14 rust")));
        assertSame(BodyWords.none(), BodyWords.of("", "the of and"));
        assertSame(BodyWords.none(), BodyWords.of(null, null));
        assertEquals(List.of("go=go:1"), kept(BodyWords.of("", "go")), "two letters are a word");
    }

    @Test
    void aTitleWordCountsThreeTimes() {
        assertEquals(List.of("kafka=kafka:4", "queue=queue:2"), kept(BodyWords.of("Kafka", "kafka queue queue")));
    }

    @Test
    void tiesAreOrderedByStem() {
        assertEquals(List.of("zebra=zebra:2", "appl=apple:1", "mango=mango:1", "pear=pear:1"),
                kept(BodyWords.of("", "pear zebra mango apple zebra")));
        assertEquals(kept(BodyWords.of("", "pear zebra mango apple zebra")), kept(BodyWords.of("", "apple zebra zebra mango pear")));
    }

    @Test
    void atMost48StemsAreKeptTheMostFrequent() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            String word = "w" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + "q"; // waaq, wabq, ... distinct, not stemmed
            body.append((word + " ").repeat(i < 10 ? 3 : 1));
        }
        Words w = BodyWords.of("", body.toString());
        assertEquals(BodyWords.CANDIDATES, w.stems().length);
        assertEquals(48, BodyWords.CANDIDATES);
        assertEquals(3, w.counts()[9]);
        assertEquals(1, w.counts()[10]);
        assertEquals("waaq", w.stems()[0]);
    }

    @Test
    void theStrongestStemsAreTheFirstOfAFullSortWhateverTheirOrderAndTies() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            int size = random.nextInt(120);
            BodyWords.Tally[] all = new BodyWords.Tally[size];
            for (int i = 0; i < size; i++) {
                all[i] = new BodyWords.Tally("s" + random.nextInt(1000) + "-" + i, "w");
                all[i].count = 1 + random.nextInt(6); // many ties on count: the stem breaks them
            }
            BodyWords.Tally[] sorted = all.clone();
            java.util.Arrays.sort(sorted, (a, b) -> a.count != b.count ? Integer.compare(b.count, a.count) : a.stem.compareTo(b.stem));
            int k = 1 + random.nextInt(50);
            BodyWords.Tally[] top = BodyWords.strongest(all.clone(), k);
            assertEquals(java.util.Arrays.asList(sorted).subList(0, Math.min(k, size)), java.util.Arrays.asList(top), "round " + round);
        }
    }

    /**
     * Counting by word and stem numbers, with tallies reused from post to post, gives what a map by
     * stem gives (the definition: every word's count under its stem, the shortest spelling, the 48
     * strongest), for posts in any order, across the emptying of the thread's word table.
     */
    @Test
    void countingByNumbersGivesWhatAMapByStemGives() {
        java.util.Random random = new java.util.Random(13);
        String[] common = {"cache", "caching", "cached", "kafka", "Kafka", "queue", "queues", "queued", "rust", "the", "and", "go", "x",
                "2024", "run", "running", "runs", "deploy", "deploys", "deployment", "index", "indexes", "indexing", "café", "CAFE"};
        Object firstSpace = press.model.Words.count(new press.model.BodyText("seen", "", "")).space();
        boolean emptied = false;
        int fresh = 0;
        for (int round = 0; round < 500; round++) {
            StringBuilder title = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) title.append(common[random.nextInt(common.length)]).append(' ');
            for (int i = 20 + random.nextInt(1200); i > 0; i--) {
                // new words each round: past the word table's most (2^17) within the rounds, so it is emptied mid-run
                String w = random.nextInt(2) == 0 ? "n" + letters(fresh++) + "z"
                        : random.nextInt(4) == 0 ? "w" + random.nextInt(400) + "v" : common[random.nextInt(common.length)];
                body.append(w).append(random.nextInt(5) == 0 ? ". " : " ");
            }
            assertEquals(byMap(title.toString(), body.toString()), kept(BodyWords.of(title.toString(), body.toString())), "round " + round);
            emptied |= press.model.Words.count(new press.model.BodyText("seen", "", "")).space() != firstSpace;
        }
        assertTrue(emptied, "the rounds passed the word table's most words");
    }

    /** {@code n} in base 26 spelt with the letters a to z: distinct numbers, distinct words. */
    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        do {
            b.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return b.toString();
    }

    /** The kept stems by the definition: a map from stem to count and shortest spelling, fully sorted, the first 48. */
    private static List<String> byMap(String title, String body) {
        java.util.Map<String, int[]> counts = new java.util.HashMap<>();
        java.util.Map<String, String> surfaces = new java.util.HashMap<>();
        java.util.function.BiConsumer<String, Integer> add = (word, n) -> {
            String stem = BodyWords.stem(word);
            if (stem.isEmpty()) return;
            counts.computeIfAbsent(stem, k -> new int[1])[0] += n;
            surfaces.merge(stem, word, BodyWords::shorter);
        };
        press.model.Words.each(title, w -> add.accept(w, BodyWords.TITLE_BOOST));
        press.model.Words.each(body, w -> add.accept(w, 1));
        List<String> stems = new ArrayList<>(counts.keySet());
        stems.sort((a, b) -> counts.get(a)[0] != counts.get(b)[0] ? Integer.compare(counts.get(b)[0], counts.get(a)[0]) : a.compareTo(b));
        List<String> out = new ArrayList<>();
        for (String s : stems.subList(0, Math.min(BodyWords.CANDIDATES, stems.size()))) out.add(s + "=" + surfaces.get(s) + ":" + counts.get(s)[0]);
        return out;
    }
}
