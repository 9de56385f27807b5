package press.similar;

import org.junit.jupiter.api.Test;
import press.config.SiteConfig.SimilarConfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The index the finder searches: posts numbered by key, terms by (field, term), weights with the
 * too-common cut, postings, norms and pivots, time order, and near-duplicate groups.
 */
class SimilarIndexTest {
    private static final SimilarConfig CFG = SimilarConfig.defaults();

    private static SimilarInput post(long epoch, String key, String title, String... tags) {
        return new SimilarInput(epoch, key, Map.of("tags", List.of(tags)), title);
    }

    @Test
    void postsAreNumberedByKeyWhateverTheInputOrder() {
        SimilarIndex index = new SimilarIndex(List.of(post(3, "c", ""), post(1, "a", ""), post(2, "b", "")), CFG);
        assertArrayEquals(new String[] {"a", "b", "c"}, index.keys);
        assertArrayEquals(new int[] {1, 2, 0}, index.inputIndex);
        assertArrayEquals(new long[] {1, 2, 3}, index.epoch);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SimilarIndex(List.of(post(1, "a", ""), post(2, "a", "")), CFG));
        assertEquals("two posts have the key 'a'; keys must be unique", e.getMessage());
    }

    @Test
    void termsAreNumberedByFieldThenTermAndFieldsWithoutWeightAreLeftOut() {
        SimilarInput a = new SimilarInput(1, "a", Map.of("tags", List.of("zig", "go"), "stack", List.of("rust"), "mood", List.of("calm")), "");
        SimilarInput b = new SimilarInput(2, "b", Map.of("tags", List.of("go")), "");
        SimilarIndex index = new SimilarIndex(List.of(b, a), CFG);
        assertArrayEquals(new String[] {"stack", "tags", "tags"}, java.util.Arrays.stream(index.term).map(SharedTerm::field).toArray(), "mood has no weight: not a term");
        assertArrayEquals(new String[] {"rust", "go", "zig"}, java.util.Arrays.stream(index.term).map(SharedTerm::term).toArray());
        assertArrayEquals(new int[] {0, 1, 2}, index.termsOf[0], "a's terms, ascending");
        assertArrayEquals(new int[] {1}, index.termsOf[1]);
        assertArrayEquals(new int[] {0, 1, 0}, Arrays.copyOfRange(index.postings, index.postingStart[1], index.postingStart[2] + 1),
                "posts by number: under go a (0) then b (1); under zig a");
        assertEquals(2, index.postingCount(1));
        assertEquals(1, index.postingCount(2));
    }

    @Test
    void aTermGivenTwiceCountsOnce() {
        SimilarInput a = new SimilarInput(1, "a", Map.of("tags", List.of("go", "zig", "go", "go"), "stack", List.of("go", "go")), "");
        SimilarInput b = new SimilarInput(2, "b", Map.of("tags", List.of("go")), "");
        SimilarIndex index = new SimilarIndex(List.of(a, b), CFG);
        assertArrayEquals(new int[] {0, 1, 2}, index.termsOf[0], "stack:go, tags:go, tags:zig, each once");
        assertEquals(2, index.postingCount(1), "tags:go on a and b, a once");
        assertEquals(1, index.postingCount(0));
        double norm = Math.sqrt(index.weight2[0] + index.weight2[1] + index.weight2[2]);
        assertEquals(norm, index.norm[0], 1e-12);
    }

    @Test
    void weightsAreFieldWeightTimesIdfSquaredAndNormsTheirRoot() {
        SimilarIndex index = new SimilarIndex(List.of(
                new SimilarInput(1, "a", Map.of("stack", List.of("go"), "tags", List.of("x")), ""),
                new SimilarInput(2, "b", Map.of("tags", List.of("x")), ""),
                new SimilarInput(3, "c", Map.of(), "")), CFG);
        double go = 2.0 * Math.log(1 + 3.0 / 1); // stack weighs 2, on 1 post of 3
        double x = 1.0 * Math.log(1 + 3.0 / 2); // tags weigh 1, on 2 posts of 3
        assertEquals(go * go, index.weight2[0], 1e-12);
        assertEquals(x * x, index.weight2[1], 1e-12);
        assertArrayEquals(new int[] {0, 1}, index.termByStrength);
        assertArrayEquals(new int[] {0, 1}, index.strengthRank);
        assertEquals(Math.sqrt(go * go + x * x), index.norm[0], 1e-12);
        assertEquals(x, index.norm[1], 1e-12);
        assertEquals(0, index.norm[2]);
        double average = (index.norm[0] + index.norm[1]) / 2; // a post without terms does not count
        double slope = SimilarConfig.DEFAULT_LENGTH_NORM;
        assertEquals((1 - slope) * average + slope * index.norm[0], index.pivot[0], 1e-12);
        assertEquals((1 - slope) * average, index.pivot[2], 1e-12);
    }

    @Test
    void aTermOnTooManyPostsIsCutButNeverOnTwentyOrFewer() {
        List<SimilarInput> posts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<String> tags = new ArrayList<>(List.of("every"));
            if (i < SimilarIndex.MIN_COMMON_DF) tags.add("many");
            posts.add(new SimilarInput(i, String.format("p%02d", i), Map.of("tags", tags), ""));
        }
        SimilarIndex index = new SimilarIndex(posts, CFG);
        assertArrayEquals(new String[] {"every", "many"}, java.util.Arrays.stream(index.term).map(SharedTerm::term).toArray());
        assertEquals(0, index.weight2[0], "every: on 30 of 30, more than 25% and more than 20 posts");
        assertEquals(Math.pow(Math.log(1 + 30.0 / 20), 2), index.weight2[1], 1e-12, "many: on 20, kept");
        assertArrayEquals(new int[] {1}, index.termsOf[0], "a cut term is no term of a post");
        assertEquals(0, index.postingCount(0));
        assertArrayEquals(new int[] {1, 0}, index.termByStrength);
    }

    @Test
    void postsInTimeOrderTiesByKey() {
        SimilarIndex index = new SimilarIndex(List.of(post(5, "a", ""), post(1, "b", ""), post(5, "c", ""), post(0, "d", "")), CFG);
        assertArrayEquals(new int[] {3, 1, 0, 2}, index.byTime);
        assertArrayEquals(new int[] {2, 1, 3, 0}, index.timeRank);
    }

    @Test
    void nearDuplicatesShareATitleAndEveryTerm() {
        SimilarIndex index = new SimilarIndex(List.of(post(1, "a", "Fix the Cache", "go"), post(2, "b", "  fix  THE cache ", "go"),
                post(3, "c", "Fix the Cache", "rust"), post(4, "d", "", "go"), post(5, "e", "", "go")), CFG);
        assertEquals(index.duplicateGroup[0], index.duplicateGroup[1], "the title in any case and spacing, the same terms");
        assertNotEquals(index.duplicateGroup[0], index.duplicateGroup[2], "another tag: another post");
        assertEquals(-1, index.duplicateGroup[3], "no title: never a duplicate");
        assertEquals(-1, index.duplicateGroup[4]);
    }

    @Test
    void aZeroWeightLeavesAFieldOut() {
        Map<String, Double> weights = new TreeMap<>(CFG.weights());
        weights.put("tags", 0.0);
        SimilarIndex index = new SimilarIndex(List.of(post(1, "a", "", "go"), post(2, "b", "", "go")), new SimilarConfig(5, true, weights, 0.25));
        assertEquals(0, index.term.length);
        assertArrayEquals(new int[0], index.termsOf[0]);
    }
}
