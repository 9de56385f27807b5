package press.similar;

import org.junit.jupiter.api.Test;
import press.config.SiteConfig;
import press.similar.eval.SubjectCorpus;
import press.similar.eval.SubjectCorpus.Doc;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts with only a title and a body (no tags, stack or problem) on six distinct subjects: links
 * must go to posts on the same subject, far more often than linking the newest posts would.
 */
class BodyOnlySimilarityTest {

    @Test
    void linksStayOnTheSubjectOfTheBody() {
        List<Doc> docs = SubjectCorpus.posts(200, 7);
        List<SimilarInput> inputs = docs.stream().map(Doc::input).toList();
        List<List<Match>> found = new SimilarFinder(SiteConfig.defaults().similar()).find(inputs, 2);

        int links = 0;
        int onSubject = 0;
        int withWords = 0;
        for (int i = 0; i < docs.size(); i++) {
            for (Match m : found.get(i)) {
                links++;
                onSubject += docs.get(m.post()).subject().equals(docs.get(i).subject()) ? 1 : 0;
                withWords += m.shared().stream().anyMatch(s -> s.field().equals(SimilarTerms.WORDS)) ? 1 : 0;
            }
        }
        double precision = onSubject / (double) links;
        double newest = newestBaseline(docs);
        System.out.printf(Locale.ROOT, "body-only: %d posts, %d links, own subject %.4f, newest-posts baseline %.4f%n",
                docs.size(), links, precision, newest);
        assertEquals(docs.size() * 5, links);
        assertEquals(links, withWords, "every link names the words it shares");
        assertTrue(precision >= 0.98, "own-subject share " + precision); // measured 0.990
        assertTrue(newest < 0.25, "baseline " + newest);
    }

    /** Share of own-subject links if every post linked the five newest other posts. */
    private static double newestBaseline(List<Doc> docs) {
        List<Integer> byDate = IntStream.range(0, docs.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> -docs.get(i).input().epochSecond())).toList();
        int same = 0;
        for (int i = 0; i < docs.size(); i++) {
            int taken = 0;
            for (int j : byDate) {
                if (j == i) continue;
                same += docs.get(j).subject().equals(docs.get(i).subject()) ? 1 : 0;
                if (++taken == 5) break;
            }
        }
        return same / (5.0 * docs.size());
    }

    @Test
    void explanationsNameTheSharedWordsInAReadableSpelling() {
        List<SimilarInput> posts = List.of(
                SimilarTerms.withWords(SimilarTerms.of(1, "a", "Pruning roses", "", List.of(), List.of(), List.of(), List.of()),
                        BodyWords.of("Pruning roses", "Prune the roses in March; pruned roses flower better.")),
                SimilarTerms.withWords(SimilarTerms.of(2, "b", "Roses in pots", "", List.of(), List.of(), List.of(), List.of()),
                        BodyWords.of("Roses in pots", "Potted roses need pruning & water.")),
                SimilarTerms.withWords(SimilarTerms.of(3, "c", "Sourdough bread", "", List.of(), List.of(), List.of(), List.of()),
                        BodyWords.of("Sourdough bread", "Bread needs flour, water and time.")));
        List<List<Match>> found = new SimilarFinder(SiteConfig.defaults().similar()).find(posts, 1);
        List<String> lines = Explanation.lines(posts.get(0), found.get(0), posts);
        assertTrue(lines.get(0).startsWith("1. b "), lines.toString());
        assertTrue(lines.get(0).contains("words:roses"), lines.toString());
        assertTrue(lines.get(0).contains("words:prune"), lines.toString());
    }
}
