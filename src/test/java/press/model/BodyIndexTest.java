package press.model;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The body digest that caches compare instead of a post's words: it must change whenever any of them does. */
class BodyIndexTest {
    private static BodyIndex index(String[] stems, String[] surfaces, int[] counts, String[] terms, byte[] scores) {
        return new BodyIndex(new BodyIndex.Words(stems, surfaces, counts), new BodyIndex.SearchTerms(terms, scores));
    }

    @Test
    void equalContentGivesEqualDigestsAndEveryPartCounts() {
        BodyIndex base = index(new String[] {"build", "go"}, new String[] {"builds", "go"}, new int[] {3, 1},
                new String[] {"build", "go"}, new byte[] {4, 12});
        assertEquals(base.digest(), index(new String[] {"build", "go"}, new String[] {"builds", "go"}, new int[] {3, 1},
                new String[] {"build", "go"}, new byte[] {4, 12}).digest());
        List<BodyIndex> changed = List.of(
                index(new String[] {"build", "gp"}, new String[] {"builds", "go"}, new int[] {3, 1}, new String[] {"build", "go"}, new byte[] {4, 12}),
                index(new String[] {"build", "go"}, new String[] {"build", "go"}, new int[] {3, 1}, new String[] {"build", "go"}, new byte[] {4, 12}),
                index(new String[] {"build", "go"}, new String[] {"builds", "go"}, new int[] {3, 2}, new String[] {"build", "go"}, new byte[] {4, 12}),
                index(new String[] {"build", "go"}, new String[] {"builds", "go"}, new int[] {3, 1}, new String[] {"build", "gо"}, new byte[] {4, 12}),
                index(new String[] {"build", "go"}, new String[] {"builds", "go"}, new int[] {3, 1}, new String[] {"build", "go"}, new byte[] {4, 13}),
                // a word moved from the similar-post words to the search terms spells apart too
                index(new String[] {"build"}, new String[] {"builds"}, new int[] {3}, new String[] {"build", "go", "go"}, new byte[] {4, 12, 1}),
                BodyIndex.NONE);
        Set<String> digests = new HashSet<>(List.of(base.digest()));
        for (BodyIndex b : changed) assertTrue(digests.add(b.digest()), "a changed index has a digest of its own: " + b.words() + " " + b.search());
    }

    @Test
    void aDigestReadBackIsKeptAsItIs() {
        BodyIndex.Words w = new BodyIndex.Words(new String[] {"go"}, new String[] {"go"}, new int[] {1});
        BodyIndex.SearchTerms s = new BodyIndex.SearchTerms(new String[] {"go"}, new byte[] {1});
        assertEquals("given", new BodyIndex(w, s, "given").digest());
        assertEquals(new BodyIndex(w, s).digest(), new BodyIndex(w, s, null).digest(), "null: made when asked");
    }

    @Test
    void aSpentIndexHoldsNothingAndSaysSoWhenAsked() {
        BodyIndex b = index(new String[] {"go"}, new String[] {"go"}, new int[] {1}, new String[] {"go"}, new byte[] {1});
        String digest = b.digest();
        b.spend();
        assertThrows(IllegalStateException.class, b::words);
        assertThrows(IllegalStateException.class, b::search);
        assertEquals(digest, b.digest(), "a digest made before stays");
        BodyIndex unread = index(new String[] {"go"}, new String[] {"go"}, new int[] {1}, new String[] {"go"}, new byte[] {1});
        unread.spend();
        assertThrows(IllegalStateException.class, unread::digest, "no digest can be made from what is gone");
    }

    @Test
    void theSharedEmptyIndexIsNeverSpent() {
        BodyIndex.NONE.spend(); // every post without a body shares it, in this build and the next
        assertEquals(0, BodyIndex.NONE.words().size());
        assertEquals(0, BodyIndex.NONE.search().terms().length);
    }
}
