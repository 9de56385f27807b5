package press.similar;

import org.junit.jupiter.api.Test;
import press.config.SiteConfig.SimilarConfig;
import press.model.BodyIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which body words each post keeps: shared, not too common, strongest by tf-idf, ties by stem, at most 24. */
class WordSelectionTest {
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, String> spelling = new TreeMap<>();

    /** A post with words given as "stem:surface:count". */
    private static SimilarInput post(String key, String... words) {
        String[] stems = new String[words.length];
        String[] surfaces = new String[words.length];
        int[] counts = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] p = words[i].split(":");
            stems[i] = p[0];
            surfaces[i] = p[1];
            counts[i] = Integer.parseInt(p[2]);
        }
        return new SimilarInput(0, key, Map.of(), "", new BodyIndex.Words(stems, surfaces, counts));
    }

    /** Each post's kept stems, strongest first, in input order (which is also key order here). */
    private List<List<String>> select(List<SimilarInput> posts, SimilarConfig cfg) {
        Integer[] order = new Integer[posts.size()];
        Arrays.setAll(order, i -> i);
        int[][] kept = WordSelection.select(posts, order, cfg, ids, spelling);
        String[] names = new String[ids.size()];
        ids.forEach((name, id) -> names[id] = name.substring(name.indexOf('\0') + 1));
        List<List<String>> out = new ArrayList<>();
        for (int[] k : kept) out.add(Arrays.stream(k).mapToObj(id -> names[id]).toList());
        return out;
    }

    private List<List<String>> select(List<SimilarInput> posts) {
        return select(posts, SimilarConfig.defaults());
    }

    @Test
    void aWordOnOnePostOnlyIsNotKept() {
        List<List<String>> kept = select(List.of(post("a", "cach:cache:3", "redi:redis:1", "lone:lone:9"),
                post("b", "cach:caching:1", "redi:redis:2"), post("c", "other:other:1")));
        assertEquals(List.of(List.of("cach", "redi"), List.of("redi", "cach"), List.of()), kept, "strongest first: more occurrences win");
        assertEquals(Map.of("cach", "cache", "redi", "redis"), spelling, "the shortest spelling on the site");
        assertEquals(Integer.valueOf(0), ids.get("words\0cach"), "ids are numbered as words are first kept");
    }

    @Test
    void equalStrengthsAreOrderedByStem() {
        List<List<String>> kept = select(List.of(post("a", "zeta:zeta:1", "alph:alpha:1", "mid:mid:1"),
                post("b", "mid:mid:1", "zeta:zeta:1", "alph:alpha:1")));
        assertEquals(List.of(List.of("alph", "mid", "zeta"), List.of("alph", "mid", "zeta")), kept);
    }

    @Test
    void aWordOnTooManyPostsIsCutButNeverOnTwentyOrFewer() {
        List<SimilarInput> posts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<String> words = new ArrayList<>(List.of("every:every:5"));
            if (i < SimilarIndex.MIN_COMMON_DF) words.add("many:many:1");
            if (i < 2) words.add("pair:pair:1");
            posts.add(post(String.format("p%02d", i), words.toArray(String[]::new)));
        }
        List<List<String>> kept = select(posts);
        assertEquals(List.of("pair", "many"), kept.get(0), "every is on 30 of 30 posts: cut; many on 20: kept; pair is rarer, so stronger");
        assertEquals(List.of("many"), kept.get(2));
        assertEquals(List.of(), kept.get(29));
    }

    @Test
    void atMostTwentyFourWordsAPostTheStrongestOnes() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String stem = String.format("w%02d", i);
            a.add(stem + ":" + stem + ":" + (i + 1)); // w29 the most frequent on a
            b.add(stem + ":" + stem + ":1");
        }
        List<List<String>> kept = select(List.of(post("a", a.toArray(String[]::new)), post("b", b.toArray(String[]::new))));
        assertEquals(WordSelection.WORD_TERMS, kept.get(0).size());
        assertEquals("w29", kept.get(0).get(0));
        assertEquals("w06", kept.get(0).get(WordSelection.WORD_TERMS - 1), "w00-w05, the weakest, are left out");
        assertEquals("w00", kept.get(1).get(0), "all equal on b: by stem");
        assertEquals("w23", kept.get(1).get(WordSelection.WORD_TERMS - 1));
    }

    @Test
    void noWordsWhenTheirWeightIsZero() {
        Map<String, Double> weights = new TreeMap<>(SimilarConfig.defaults().weights());
        weights.put(SimilarTerms.WORDS, 0.0);
        List<List<String>> kept = select(List.of(post("a", "cach:cache:3"), post("b", "cach:cache:3")),
                new SimilarConfig(5, true, weights, 0.25));
        assertEquals(List.of(List.of(), List.of()), kept);
        assertEquals(Map.of(), ids);
    }
}
