package press.similar;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExplanationTest {

    @Test
    void oneLinePerLinkWithScoreAndSharedTerms() {
        List<SimilarInput> all = List.of(
                new SimilarInput(1, "q", Map.of()), new SimilarInput(2, "near", Map.of()), new SimilarInput(3, "by-date", Map.of()));
        List<Match> matches = List.of(
                new Match(1, 0.81234, List.of(new SharedTerm("problem", "slow queries"), new SharedTerm("tags", "sql"))),
                new Match(2, 0, List.of()));
        assertEquals(List.of(
                        "1. near  0.812  problem:slow queries, tags:sql",
                        "2. by-date  0.000  (no shared terms: nearest in date)"),
                Explanation.lines(all.get(0), matches, all));
    }
}
