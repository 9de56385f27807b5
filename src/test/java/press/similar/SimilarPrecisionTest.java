package press.similar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.config.SiteConfig;
import press.similar.eval.GeneratedCorpus;
import press.similar.eval.SimilarEval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins link quality on 2,000 posts from {@code press generate}, for several seeds: loose
 * precision@5 (same problem or carries the primary stack) and strict primary-to-primary (same
 * problem and the same first stack), against fixed floors and against the best a perfect finder
 * could reach on each set (some posts have fewer than five posts sharing both).
 */
class SimilarPrecisionTest {

    @ParameterizedTest
    @ValueSource(longs = {99, 31337, 271828})
    void linksShareTheProblemAndThePrimaryStack(long seed) {
        SimilarEval.Report r = SimilarEval.evaluate(GeneratedCorpus.posts(2000, seed), SiteConfig.defaults().similar(), 2);
        System.out.println("seed " + seed + ": " + r);
        assertEquals(10_000, r.links(), r.toString());
        assertEquals(0, r.postsShort(), r.toString());
        assertTrue(r.loose() >= 0.99, r.toString());
        assertTrue(r.strict() >= 0.90, r.toString());
        assertTrue(r.strict() >= r.strictCeiling() - 0.02, r.toString());
        assertTrue(r.strictAnywhere() >= r.strictAnywhereCeiling() - 0.02, r.toString());
    }
}
