package press.similar;

import org.junit.jupiter.api.Test;
import press.config.SiteConfig.SimilarConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimilarFinderTest {
    private static final Map<String, Double> WEIGHTS = Map.of("problem", 4.0, "primary_stack", 3.0, "stack", 2.0,
            "tags", 1.0, "title", 0.5);

    private static SimilarConfig config(int count, boolean includeNewer, double maxShare) {
        return new SimilarConfig(count, includeNewer, WEIGHTS, maxShare, 20_000, 0.25);
    }

    private static SimilarInput post(String key, long time, String problem, String stack, String... tags) {
        return SimilarTerms.of(time, key, key, problem, List.of(tags), stack.isEmpty() ? List.of() : List.of(stack),
                List.of(), List.of());
    }

    private static List<String> keys(List<Match> matches, List<SimilarInput> all) {
        return matches.stream().map(m -> all.get(m.post()).key()).toList();
    }

    @Test
    void aSharedRareProblemOutranksManySharedCommonTags() {
        List<SimilarInput> posts = new ArrayList<>(List.of(
                post("q", 10, "slow queries", "postgres", "a", "b", "c"),
                post("same-problem", 11, "slow queries", "", "x"),
                post("same-tags", 12, "other", "", "a", "b", "c")));
        for (int i = 0; i < 6; i++) {
            posts.add(post("filler" + i, 20 + i, "p" + i, "", "a", "b", "c"));
        }
        List<List<Match>> found = new SimilarFinder(config(1, true, 1.0)).find(posts, 1);
        assertEquals(List.of("same-problem"), keys(found.get(0), posts));
        assertEquals(List.of(new SharedTerm("problem", "slow queries")), found.get(0).get(0).shared());
    }

    @Test
    void termsOnMoreThanTheMaxShareAreIgnoredAndDatesFillTheList() {
        List<SimilarInput> posts = new java.util.ArrayList<>(List.of(
                post("a", 100, "", "", "everywhere"),
                post("b", 200, "", "", "everywhere"),
                post("c", 350, "", "", "everywhere"),
                post("d", 260, "", "", "everywhere")));
        // past SimilarIndex.MIN_COMMON_DF posts, so the share rule applies
        for (int i = 0; i < SimilarIndex.MIN_COMMON_DF; i++) posts.add(post("far" + i, 100_000 + i * 1000, "", "", "everywhere"));
        List<List<Match>> found = new SimilarFinder(config(2, true, 0.5)).find(posts, 1);
        // "everywhere" is on every post, so no term links them: b's nearest dates are d (60 s) then a (100 s)
        assertEquals(List.of("d", "a"), keys(found.get(1), posts));
        assertTrue(found.get(1).stream().allMatch(m -> m.shared().isEmpty() && m.score() == 0));
        // the same site with the tag counted: every post shares it, so the order is by score then key
        List<List<Match>> counted = new SimilarFinder(config(2, true, 1.0)).find(posts, 1);
        assertEquals(List.of(new SharedTerm("tags", "everywhere")), counted.get(1).get(0).shared());
    }

    @Test
    void onASmallSiteATermOnEveryPostStillLinks() {
        List<SimilarInput> posts = List.of(
                post("a", 100, "", "", "everywhere", "x"),
                post("b", 200, "", "", "everywhere"),
                post("c", 350, "", "", "everywhere", "x"));
        List<List<Match>> found = new SimilarFinder(config(2, true, 0.25)).find(posts, 1);
        assertEquals(List.of("c", "b"), keys(found.get(0), posts), "x is shared with c only; b shares the common tag");
        assertEquals(List.of(new SharedTerm("tags", "everywhere")), found.get(0).get(1).shared());
    }

    @Test
    void exactlyCountLinksWheneverTheSiteHasMoreThanCountPosts() {
        List<SimilarInput> posts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            posts.add(post("p" + i, i, i % 3 == 0 ? "shared" : "own" + i, ""));
        }
        for (List<Match> m : new SimilarFinder(config(5, true, 1.0)).find(posts, 2)) {
            assertEquals(5, m.size());
        }
        List<List<Match>> few = new SimilarFinder(config(5, true, 1.0)).find(posts.subList(0, 3), 1);
        assertEquals(2, few.get(0).size());
    }

    @Test
    void withoutNewerPostsOnlyOlderOnesAreLinked() {
        List<SimilarInput> posts = List.of(
                post("old", 1, "x", ""), post("mid", 2, "x", ""), post("new", 3, "x", ""), post("other", 0, "y", ""));
        List<List<Match>> found = new SimilarFinder(config(3, false, 1.0)).find(posts, 1);
        assertEquals(List.of("old", "other"), keys(found.get(1), posts));
        assertEquals(List.of(), found.get(3));
        assertEquals(List.of("mid", "old", "other"), keys(found.get(2), posts));
    }

    @Test
    void nearDuplicatesDoNotBothFillTheList() {
        List<SimilarInput> posts = List.of(
                SimilarTerms.of(1, "q", "Query plans", "slow queries", List.of("a"), List.of("postgres"), List.of(), List.of()),
                SimilarTerms.of(2, "dup1", "Same title", "slow queries", List.of("a"), List.of("postgres"), List.of(), List.of()),
                SimilarTerms.of(3, "dup2", "Same  TITLE", "slow queries", List.of("a"), List.of("postgres"), List.of(), List.of()),
                SimilarTerms.of(4, "weaker", "Another", "slow queries", List.of(), List.of("mysql"), List.of(), List.of()));
        List<List<Match>> found = new SimilarFinder(config(2, true, 1.0)).find(posts, 1);
        assertEquals(List.of("dup1", "weaker"), keys(found.get(0), posts));
    }

    @Test
    void aSiteOfNearDuplicatesStillGetsItsCount() {
        List<SimilarInput> posts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            posts.add(SimilarTerms.of(i, "k" + i, "Same", "p", List.of(), List.of(), List.of(), List.of()));
        }
        List<List<Match>> found = new SimilarFinder(config(3, true, 1.0)).find(posts, 1);
        assertEquals(List.of("k0", "k2", "k3"), keys(found.get(1), posts));
    }

    @Test
    void sharedTermsAreListedStrongestFirst() {
        List<SimilarInput> posts = List.of(
                post("q", 1, "slow queries", "postgres", "sql"), post("m", 2, "slow queries", "postgres", "sql"),
                post("n1", 3, "n1", "mysql", "sql"), post("n2", 4, "n2", "mysql", "other"));
        Match m = new SimilarFinder(config(1, true, 1.0)).find(posts, 1).get(0).get(0);
        assertEquals(List.of(new SharedTerm("problem", "slow queries"), new SharedTerm("primary_stack", "postgres"),
                new SharedTerm("stack", "postgres"), new SharedTerm("tags", "sql")), m.shared());
    }

    @Test
    void badInputIsRefused() {
        SimilarFinder f = new SimilarFinder(config(1, true, 1.0));
        List<SimilarInput> twice = List.of(post("same", 1, "x", ""), post("same", 2, "x", ""));
        assertEquals("two posts have the key 'same'; keys must be unique",
                assertThrows(IllegalArgumentException.class, () -> f.find(twice, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.find(List.of(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new SimilarFinder(new SimilarConfig(5, true, WEIGHTS, 0.25, 0, 0.25)));
    }

    @Test
    void anEmptySiteHasNoLinks() {
        assertEquals(List.of(), new SimilarFinder(config(5, true, 0.25)).find(List.of(), 4));
    }
}
