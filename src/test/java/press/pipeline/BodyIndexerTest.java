package press.pipeline;

import org.junit.jupiter.api.Test;
import press.model.BodyIndex;
import press.model.BodyText;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One body's text gives similar posts its prose and heading words, code left out, and search every word with its score. */
class BodyIndexerTest {
    private static final BodyText TEXT = new BodyText(
            "Rollbacks keep a deploy calm. Rollbacks again, and the deploy.",
            "Rolling back\n",
            "kubectl rollout undo deployment/web\nkubectl get pods\n");

    private static Map<String, Integer> search(BodyIndex index) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < index.search().terms().length; i++) out.put(index.search().terms()[i], (int) index.search().scores()[i]);
        return out;
    }

    @Test
    void similarPostsReadProseAndHeadingsButNotCode() {
        BodyIndex index = BodyIndexer.INDEX.index("Safe rollbacks", TEXT);
        List<String> stems = Arrays.asList(index.words().stems());
        List<String> surfaces = Arrays.asList(index.words().surfaces());
        assertTrue(surfaces.contains("deploy"), surfaces.toString());
        assertFalse(surfaces.contains("kubectl"), "code words are not the post's subject: " + surfaces);
        assertFalse(surfaces.contains("pods"), surfaces.toString());
        assertEquals(stems.size(), index.words().counts().length);
    }

    @Test
    void searchScoresHeadingsAboveProseAndCodeAsProse() {
        Map<String, Integer> scores = search(BodyIndexer.INDEX.index("Safe rollbacks", TEXT));
        assertEquals(4 + 0, scores.get("rolling"), "a heading word: 4 per heading use");
        assertEquals(2, scores.get("rollbacks"), "a prose word: 1 per use");
        assertEquals(2, scores.get("kubectl"), "a code word is found by search, 1 per use");
        assertFalse(scores.containsKey("the"), "stop words are left out");
        assertFalse(scores.containsKey("and"));
    }

    /** Every stop word search.js leaves out of a query is left out of the index, the longest too; a word one letter longer is kept. */
    @Test
    void everyStopWordIsLeftOutOfTheIndex() {
        String stop = "a an and are as at be by for from has in is it its of on or that the this to was were will with";
        Map<String, Integer> scores = search(BodyIndexer.INDEX.index("t", new BodyText(stop + " froms withs thats", "", "")));
        for (String w : stop.split(" ")) assertFalse(scores.containsKey(w), w);
        assertEquals(List.of("froms", "thats", "withs"), scores.keySet().stream().sorted().toList());
    }
}
