package press.pipeline;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A smoke run of the parse benchmark's body, so the benchmark cannot rot unnoticed. */
class PostParseBenchTest {
    @Test
    void theBenchmarkParsesEveryGeneratedPostInTurn() {
        PostParseBench bench = new PostParseBench();
        bench.posts = 3;
        bench.setup();
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            var post = bench.parseOne();
            assertTrue(post.index().search().terms().length > 20, "search terms made: " + post.slug());
            assertTrue(post.index().words().size() > 5, "similar-post words made: " + post.slug());
            slugs.add(post.slug());
        }
        assertEquals(3, slugs.size(), "the cycle visits each post: " + slugs);
    }
}
