package press.generate;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The synthesizer's draws: the same seed gives the same picks; samples are distinct; templates fill or fail loudly. */
class RandomPicksTest {
    private static final List<Integer> ITEMS = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

    @Test
    void theSameSeedGivesTheSameDraws() {
        assertEquals(RandomPicks.sample(new SplittableRandom(7), ITEMS, 4), RandomPicks.sample(new SplittableRandom(7), ITEMS, 4));
        assertEquals(RandomPicks.pick(new SplittableRandom(7), ITEMS), RandomPicks.pick(new SplittableRandom(7), ITEMS));
    }

    @Test
    void aSampleIsDistinctAndNeverLongerThanItsList() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int round = 0; round < 50; round++) {
            List<Integer> s = RandomPicks.sample(rng, ITEMS, 4);
            assertEquals(4, s.size());
            assertEquals(4, new HashSet<>(s).size());
            assertTrue(ITEMS.containsAll(s));
        }
        assertEquals(new HashSet<>(ITEMS), new HashSet<>(RandomPicks.sample(rng, ITEMS, 99)));
        assertEquals(List.of(), RandomPicks.sample(rng, ITEMS, 0));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), ITEMS, "the list given is not shuffled");
    }

    @Test
    void betweenIncludesBothEnds() {
        SplittableRandom rng = new SplittableRandom(3);
        HashSet<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) seen.add(RandomPicks.between(rng, 2, 4));
        assertEquals(java.util.Set.of(2, 3, 4), seen);
    }

    @Test
    void templatesAreFilledAndAnUnknownNameFails() {
        assertEquals("Fix redis in go, twice", RandomPicks.fill("Fix {topic} in {stack}, twice", Map.of("topic", "redis", "stack", "go")));
        assertEquals("no names", RandomPicks.fill("no names", Map.of()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RandomPicks.fill("a {nope}", Map.of()));
        assertEquals("vocabulary.yaml: unknown placeholder in 'a {nope}'", e.getMessage());
    }

    @Test
    void slugsAreLowerCaseWordsJoinedByDashes() {
        assertEquals("fix-the-cache-2", RandomPicks.slugify("  Fix the Cache (2)!  "));
        assertEquals("c-and-go", RandomPicks.slugify("C++ and Go"));
        assertEquals("", RandomPicks.slugify("!!!"));
    }
}
