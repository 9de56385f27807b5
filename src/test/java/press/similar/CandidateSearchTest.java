package press.similar;

import org.junit.jupiter.api.Test;
import press.config.SiteConfig.SimilarConfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One post's search on a built index: gather under the postings cap (strongest terms first, weak terms
 * left out), exact rescoring, near-duplicates skipped, and the date fill, with and without newer posts.
 */
class CandidateSearchTest {
    private static final Map<String, Double> WEIGHTS = Map.of("problem", 4.0, "tags", 1.0, "tools", 0.5);
    private static final SimilarConfig CONFIG = new SimilarConfig(5, true, WEIGHTS, 1.0, 10_000, 0.25);

    private static SimilarInput post(String key, long time, String title, String field, String... terms) {
        return new SimilarInput(time, key, field.isEmpty() ? Map.of() : Map.of(field, List.of(terms)), title);
    }

    private static SimilarInput post(String key, long time, Map<String, List<String>> terms) {
        return new SimilarInput(time, key, terms, "");
    }

    /** The keys of what the search of {@code key} finds among {@code posts}. */
    private static List<String> find(List<SimilarInput> posts, String key, int count, int cap, boolean includeNewer) {
        return keys(posts, matches(posts, key, count, cap, includeNewer));
    }

    private static List<Match> matches(List<SimilarInput> posts, String key, int count, int cap, boolean includeNewer) {
        SimilarIndex ix = new SimilarIndex(posts, CONFIG);
        int q = Arrays.asList(ix.keys).indexOf(key);
        return new CandidateSearch(ix, count, cap, includeNewer).find(q);
    }

    private static List<String> keys(List<SimilarInput> posts, List<Match> matches) {
        return matches.stream().map(m -> posts.get(m.post()).key()).toList();
    }

    @Test
    void theBestScoresComeFirstThenTheNearestDates() {
        List<SimilarInput> posts = List.of(
                post("q", 1000, Map.of("problem", List.of("slow queries"), "tags", List.of("sql"))),
                post("both", 5000, Map.of("problem", List.of("slow queries"), "tags", List.of("sql"))),
                post("problem", 9000, Map.of("problem", List.of("slow queries"))),
                post("tag", 9000, Map.of("tags", List.of("sql"))),
                post("near", 1100, Map.of()), post("older", 900, Map.of()), post("far", 99_000, Map.of()));
        List<Match> found = matches(posts, "q", 6, 10_000, true);
        assertEquals(List.of("both", "problem", "tag", "older", "near", "far"), keys(posts, found),
                "shared terms by score; then by date, nearest first, the older on equal distance");
        assertTrue(found.get(0).score() > found.get(1).score() && found.get(1).score() > found.get(2).score(), found.toString());
        assertEquals(List.of(new SharedTerm("problem", "slow queries"), new SharedTerm("tags", "sql")), found.get(0).shared(), "strongest first");
        assertEquals(0.0, found.get(3).score());
        assertEquals(List.of(), found.get(3).shared());
    }

    @Test
    void equalScoresGoByKeyWhateverTheInputOrder() {
        List<SimilarInput> posts = new ArrayList<>(List.of(post("q", 100, "", "tags", "go"), post("c", 50, "", "tags", "go"),
                post("a", 300, "", "tags", "go"), post("b", 200, "", "tags", "go")));
        assertEquals(List.of("a", "b", "c"), find(posts, "q", 3, 10_000, true));
        java.util.Collections.reverse(posts);
        assertEquals(List.of("a", "b", "c"), find(posts, "q", 3, 10_000, true));
    }

    @Test
    void aTermPastTheCapGathersNothingButStillCountsInTheExactScore() {
        List<SimilarInput> posts = List.of(
                post("q", 1000, Map.of("problem", List.of("rare"), "tags", List.of("common"))),
                post("x", 8000, Map.of("problem", List.of("rare"), "tags", List.of("common"))),
                post("b1", 9000, Map.of("tags", List.of("common"))),
                post("b2", 9500, Map.of("tags", List.of("common"))),
                post("near", 1001, Map.of()));
        List<Match> open = matches(posts, "q", 2, 10_000, true);
        assertEquals(List.of("x", "b1"), keys(posts, open), "every term read: b1 shares a tag");
        // "rare" (2 postings) is read first; "common" (4) would take the read to 6, past the cap of 5
        List<Match> capped = matches(posts, "q", 2, 5, true);
        assertEquals(List.of("x", "near"), keys(posts, capped), "the tag is not read: b1 is not a candidate, the nearest date fills in");
        assertEquals(open.get(0).score(), capped.get(0).score(), 1e-12, "x's score counts the tag the cap skipped");
        assertEquals(List.of("x", "near"), find(posts, "q", 2, 1, true), "the strongest term is read whatever its length");
    }

    @Test
    void aWeakTermAloneNeverGathersACandidate() {
        List<SimilarInput> posts = List.of(
                post("q", 1000, Map.of("problem", List.of("leaks"), "tools", List.of("git"))),
                post("p", 5000, Map.of("problem", List.of("leaks"))),
                post("t", 5000, Map.of("tools", List.of("git"))),
                post("near", 1200, Map.of()));
        assertEquals(List.of("p", "near"), find(posts, "q", 2, 10_000, true),
                "a shared tool weighs under 2 % of the post's squared length: t is not gathered");
    }

    @Test
    void withoutNewerPostsOnlyOlderOnesAreFoundEvenByDate() {
        List<SimilarInput> posts = List.of(post("q", 1000, "", "tags", "go"), post("newer", 2000, "", "tags", "go"),
                post("old", 10, "", "tags", "go"), post("older", 5, "", ""), post("newest", 3000, "", ""));
        assertEquals(List.of("old", "older"), find(posts, "q", 4, 10_000, false), "fewer than count when the older posts run out");
        assertEquals(List.of("newer", "old", "older", "newest"), find(posts, "q", 4, 10_000, true));
    }

    @Test
    void nearDuplicatesGiveOneLinkUnlessTheSiteHasNothingElse() {
        List<SimilarInput> posts = List.of(post("q", 1000, "Fix it", "tags", "go"),
                post("copy-a", 2000, "Same post", "tags", "go", "x"), post("copy-b", 2100, "Same post", "tags", "go", "x"),
                post("other", 9000, "Another", "tags", "go"));
        assertEquals(List.of("other", "copy-a"), find(posts, "q", 2, 10_000, true), "copy-b says nothing copy-a did not (other has fewer terms: a higher score)");
        assertEquals(List.of("other", "copy-a", "copy-b"), find(posts, "q", 3, 10_000, true), "the count is met with the duplicate");
    }

    @Test
    void aCountOfZeroFindsNothing() {
        assertEquals(List.of(), find(List.of(post("q", 1, "", "tags", "go"), post("a", 2, "", "tags", "go")), "q", 0, 10_000, true));
    }

    /**
     * The pool's heap moves entries as a swap at each level would leave them, so which of several
     * equal keys leaves the pool first (and so the similar lists of large sites) is what it was:
     * random keys with many ties, offered as the search offers them, against a heap of swaps.
     */
    @Test
    void thePoolsHeapEndsAsSwapsWouldLeaveIt() {
        java.util.Random random = new java.util.Random(9);
        for (int round = 0; round < 2_000; round++) {
            int pool = 1 + random.nextInt(70);
            long[] keys = new long[pool];
            int[] posts = new int[pool];
            long[] swapKeys = new long[pool];
            int[] swapPosts = new int[pool];
            int n = 0;
            for (int offer = random.nextInt(400); offer > 0; offer--) {
                long key = random.nextInt(round % 2 == 0 ? 4 : 1000);
                int post = offer;
                if (n < pool) {
                    keys[n] = swapKeys[n] = key;
                    posts[n] = swapPosts[n] = post;
                    CandidateSearch.siftUp(keys, posts, n);
                    swapUp(swapKeys, swapPosts, n++);
                } else if (key > keys[0]) {
                    keys[0] = swapKeys[0] = key;
                    posts[0] = swapPosts[0] = post;
                    CandidateSearch.siftDown(keys, posts, n);
                    swapDown(swapKeys, swapPosts, n);
                }
                assertEquals(Arrays.toString(swapKeys), Arrays.toString(keys));
                assertEquals(Arrays.toString(swapPosts), Arrays.toString(posts));
            }
        }
    }

    private static void swapUp(long[] k, int[] p, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (k[parent] <= k[i]) return;
            swap(k, p, i, parent);
            i = parent;
        }
    }

    private static void swapDown(long[] k, int[] p, int n) {
        for (int i = 0; ; ) {
            int l = 2 * i + 1;
            int r = l + 1;
            int least = i;
            if (l < n && k[l] < k[least]) least = l;
            if (r < n && k[r] < k[least]) least = r;
            if (least == i) return;
            swap(k, p, i, least);
            i = least;
        }
    }

    private static void swap(long[] k, int[] p, int a, int b) {
        long t = k[a];
        k[a] = k[b];
        k[b] = t;
        int u = p[a];
        p[a] = p[b];
        p[b] = u;
    }
}
