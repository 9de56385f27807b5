package press.similar;

import org.junit.jupiter.api.Test;
import press.model.BodyIndex.Words;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
