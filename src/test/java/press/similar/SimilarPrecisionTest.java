package press.similar;

import org.junit.jupiter.api.Test;
import press.config.SiteConfig;
import press.similar.eval.GeneratedCorpus;
import press.similar.eval.SimilarEval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins link quality on 2,000 posts from {@code press generate}: loose precision@5 (same problem or
 * primary stack) and strict (both), against fixed floors and against the best a perfect finder could
 * reach on this set (some posts have fewer than five posts sharing both).
 */
class SimilarPrecisionTest {

    @Test
    void linksShareTheProblemAndThePrimaryStack() {
        SimilarEval.Report r = SimilarEval.evaluate(GeneratedCorpus.posts(2000, 42), SiteConfig.defaults().similar(), 2);
        assertEquals(10_000, r.links(), r.toString());
        assertEquals(0, r.postsShort(), r.toString());
        assertTrue(r.loose() >= 0.99, r.toString());
        assertTrue(r.strict() >= 0.90, r.toString());
        assertTrue(r.strict() >= r.strictCeiling() - 0.02, r.toString());
    }
}
