package press.similar;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import press.config.SiteConfig;
import press.config.SiteConfig.SimilarConfig;
import press.similar.eval.EvalPost;
import press.similar.eval.GeneratedCorpus;
import press.similar.eval.SubjectCorpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Same links whatever the thread count or input order, with and without the postings cap biting, with and without meta. */
class SimilarDeterminismTest {
    private static List<SimilarInput> generated;
    private static List<SimilarInput> bodyOnly;

    @BeforeAll
    static void corpus() {
        generated = GeneratedCorpus.posts(1500, 11).stream().map(EvalPost::input).toList();
        bodyOnly = SubjectCorpus.posts(150, 3).stream().map(SubjectCorpus.Doc::input).toList();
    }

    /** Key of each post to its links as text (key, score bits, shared terms), independent of input order. */
    private static Map<String, List<String>> byKey(List<SimilarInput> posts, List<List<Match>> found) {
        Map<String, List<String>> out = new TreeMap<>();
        for (int i = 0; i < posts.size(); i++) {
            List<String> links = new ArrayList<>();
            for (Match m : found.get(i)) {
                links.add(posts.get(m.post()).key() + " " + Double.doubleToLongBits(m.score()) + " " + m.shared());
            }
            out.put(posts.get(i).key(), links);
        }
        return out;
    }

    private static void assertStable(List<SimilarInput> inputs, SimilarConfig cfg) {
        SimilarFinder finder = new SimilarFinder(cfg);
        List<List<Match>> one = finder.find(inputs, 1);
        assertEquals(one, finder.find(inputs, 4));
        List<SimilarInput> shuffled = new ArrayList<>(inputs);
        Collections.shuffle(shuffled, new Random(5));
        assertEquals(byKey(inputs, one), byKey(shuffled, finder.find(shuffled, 3)));
        for (int i = 0; i < inputs.size(); i++) {
            SimilarInput p = inputs.get(i);
            long older = inputs.stream().filter(o -> o.epochSecond() < p.epochSecond()
                    || o.epochSecond() == p.epochSecond() && o.key().compareTo(p.key()) < 0).count();
            assertEquals(cfg.includeNewer() ? cfg.count() : Math.min(cfg.count(), older), one.get(i).size(), p.key());
        }
    }

    @Test
    void defaultSettings() {
        assertStable(generated, SiteConfig.defaults().similar());
    }

    @Test
    void bodyWordsOnly() {
        assertStable(bodyOnly, SiteConfig.defaults().similar());
        SimilarConfig d = SiteConfig.defaults().similar();
        assertStable(bodyOnly, new SimilarConfig(4, false, d.weights(), d.maxTermShare(), 200, d.lengthNorm()));
    }

    @Test
    void aTightPostingsCapAndNoNewerPosts() {
        SimilarConfig d = SiteConfig.defaults().similar();
        assertStable(generated, new SimilarConfig(7, false, d.weights(), d.maxTermShare(), 150, d.lengthNorm()));
    }
}
