package press.render;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** A term's best postings, kept as blocks are merged in, are the best of all its postings. */
class PostingScoresTest {
    /** The selection leaves exactly the greatest values at the end, for any sizes, duplicates and orders (sorted, reversed, equal). */
    @Test
    void theSelectionKeepsWhatASortKeeps() {
        Random random = new Random(3);
        for (int round = 0; round < 5_000; round++) {
            int size = 1 + random.nextInt(300);
            int keep = 1 + random.nextInt(size);
            long[] a = new long[size];
            int spread = round % 4 == 0 ? 3 : 1_000_000; // many equal values in a quarter of the rounds
            for (int i = 0; i < size; i++) a[i] = random.nextInt(spread) - spread / 2;
            if (round % 7 == 0) Arrays.sort(a);
            if (round % 11 == 0) { Arrays.sort(a); for (int i = 0; i < size / 2; i++) { long t = a[i]; a[i] = a[size - 1 - i]; a[size - 1 - i] = t; } }
            long[] want = a.clone();
            Arrays.sort(want);
            PostingScores.Growing.selectGreatest(a, size, keep);
            long[] got = Arrays.copyOfRange(a, size - keep, size);
            Arrays.sort(got);
            assertArrayEquals(Arrays.copyOfRange(want, size - keep, size), got, "size " + size + " keep " + keep);
            long[] all = a.clone();
            Arrays.sort(all);
            assertArrayEquals(want, all, "a permutation");
        }
    }

    /** Merging blocks with cuts along the way gives each term's best as one sort of every posting would. */
    @Test
    void mergedBlocksKeepTheBestOfAll() {
        Random random = new Random(4);
        for (int round = 0; round < 300; round++) {
            int keep = 1 + random.nextInt(50);
            PostingScores.Growing merged = new PostingScores.Growing();
            long[] every = new long[0];
            for (int block = random.nextInt(12); block >= 0; block--) {
                PostingScores.Growing part = new PostingScores.Growing();
                for (int i = random.nextInt(4 * keep); i > 0; i--) {
                    long v = ((long) random.nextInt(20) << 32) | random.nextInt(1 << 20);
                    part.add(v);
                    every = Arrays.copyOf(every, every.length + 1);
                    every[every.length - 1] = v;
                }
                merged.addAll(part, keep);
            }
            Arrays.sort(every);
            assertArrayEquals(Arrays.copyOfRange(every, Math.max(0, every.length - keep), every.length), merged.best(keep));
        }
    }
}
