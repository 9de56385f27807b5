package press.similar;

import press.model.BodyIndex;

import press.config.SiteConfig.SimilarConfig;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks each post's strongest body and title words for the index: stems on at least two posts and
 * not too common, by {@code (1 + ln tf) * ln(1 + N / df)}, ties by stem, at most {@link #WORD_TERMS}.
 * Document frequencies count each post's kept candidates ({@link BodyWords#CANDIDATES}). A stem on one
 * post only could never be shared, so it is not kept (it would only lengthen the post). Works on
 * primitive arrays: stems are numbered once in alphabetical order, so ties and results never depend
 * on input order.
 */
final class WordSelection {
    /** Body and title words kept per post: its strongest by tf-idf, so a long post costs what a short one does. */
    static final int WORD_TERMS = 24;

    private WordSelection() {}

    /** A selection made once ({@link #select(List, Integer[], SimilarConfig)}), for the memo's digest and then the index. */
    record Selected(Integer[] order, int[][] words, Map<String, Integer> ids, Map<String, String> spelling) {}

    /** As below, into maps of its own: the canonical order it was made in, per post its kept word ids, the ids by term name, and each kept stem's spelling. */
    static Selected select(List<SimilarInput> posts, Integer[] order, SimilarConfig cfg) {
        Map<String, Integer> ids = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        int[][] words = select(posts, order, cfg, ids, spelling);
        return new Selected(order, words, ids, spelling);
    }

    /**
     * Per post (canonical order), the term ids (from {@code ids}, field {@link SimilarTerms#WORDS}) of its kept words.
     * Fills {@code spelling} with each kept stem's shortest spelling on the site (ties: alphabetical).
     */
    static int[][] select(List<SimilarInput> posts, Integer[] order, SimilarConfig cfg,
                          Map<String, Integer> ids, Map<String, String> spelling) {
        int size = posts.size();
        int[][] out = new int[size][];
        Double weight = cfg.weights().get(SimilarTerms.WORDS);
        if (weight == null || !(weight > 0)) {
            Arrays.fill(out, new int[0]);
            return out;
        }
        Map<String, Integer> wordIds = new HashMap<>();
        for (SimilarInput in : posts) {
            for (String stem : in.words().stems()) {
                wordIds.putIfAbsent(stem, 0);
            }
        }
        String[] stems = wordIds.keySet().toArray(new String[0]);
        Arrays.sort(stems);
        for (int w = 0; w < stems.length; w++) {
            wordIds.put(stems[w], w);
        }
        int[] df = new int[stems.length];
        String[] shortest = new String[stems.length];
        int[][] wordsOf = new int[size][];
        for (int c = 0; c < size; c++) {
            BodyIndex.Words words = posts.get(order[c]).words();
            wordsOf[c] = new int[words.size()];
            for (int i = 0; i < words.size(); i++) {
                int w = wordIds.get(words.stems()[i]);
                wordsOf[c][i] = w;
                df[w]++;
                shortest[w] = shortest[w] == null ? words.surfaces()[i] : BodyWords.shorter(shortest[w], words.surfaces()[i]);
            }
        }
        double maxDf = Math.max(cfg.maxTermShare() * size, SimilarIndex.MIN_COMMON_DF);
        int[] termOfWord = new int[stems.length];
        Arrays.fill(termOfWord, -1);
        int[] best = new int[WORD_TERMS];
        double[] bestStrength = new double[WORD_TERMS];
        for (int c = 0; c < size; c++) {
            int[] counts = posts.get(order[c]).words().counts();
            int n = 0;
            for (int i = 0; i < wordsOf[c].length; i++) {
                int w = wordsOf[c][i];
                if (df[w] < 2 || df[w] > maxDf) continue;
                double s = (1 + Math.log(counts[i])) * Math.log(1.0 + (double) size / df[w]);
                n = insert(best, bestStrength, n, w, s);
            }
            out[c] = new int[n];
            for (int j = 0; j < n; j++) {
                int w = best[j];
                if (termOfWord[w] < 0) {
                    termOfWord[w] = ids.computeIfAbsent(SimilarTerms.WORDS + '\0' + stems[w], x -> ids.size());
                    spelling.put(stems[w], shortest[w]);
                }
                out[c][j] = termOfWord[w];
            }
        }
        return out;
    }

    /** Keeps the strongest (then lowest word number, i.e. first stem alphabetically) in a short sorted array. */
    private static int insert(int[] best, double[] strength, int n, int w, double s) {
        int at = n;
        while (at > 0 && (strength[at - 1] < s || strength[at - 1] == s && best[at - 1] > w)) {
            at--;
        }
        if (at >= best.length) return n;
        int last = Math.min(n, best.length - 1);
        System.arraycopy(best, at, best, at + 1, last - at);
        System.arraycopy(strength, at, strength, at + 1, last - at);
        best[at] = w;
        strength[at] = s;
        return Math.min(n + 1, best.length);
    }
}
