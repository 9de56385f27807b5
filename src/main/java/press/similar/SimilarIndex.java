package press.similar;

import press.config.SiteConfig.SimilarConfig;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-only index the finder searches: posts in key order ("canonical" numbering, so nothing
 * depends on input order), term ids in (field, term) order, postings as one flat array, and per-post
 * norms. Built once, then shared by every search thread.
 */
final class SimilarIndex {
    /** A term on this many posts or fewer is never cut as too common, whatever its share. */
    static final int MIN_COMMON_DF = 20;

    final int size;
    final String[] keys;
    final int[] inputIndex;
    final long[] epoch;
    /** Per post, the ids of its weighted, not-too-common terms, ascending. */
    final int[][] termsOf;
    /** Per term, its field and text as a match names it: one object per term, shared by every match (one per match and term was 114 MB at 100,000 posts). */
    final SharedTerm[] term;
    /** Per term, its weight squared: the amount one shared occurrence adds to a dot product. */
    final double[] weight2;
    /** Terms by strength (weight desc, then id) and each term's place in that order. */
    final int[] termByStrength;
    final int[] strengthRank;
    final int[] postingStart;
    final int[] postings;
    final double[] norm;
    /** Per post, the length divisor: a blend of the average norm and its own (pivoted normalisation). */
    final double[] pivot;
    final int[] byTime;
    final int[] timeRank;
    /** Per post, its near-duplicate group (same title and the same terms in every field), or -1 when it has no title. */
    final int[] duplicateGroup;

    /** Term ids in first-appearance order, each post's ids, and the shortest spelling of each word stem. */
    private record Vocabulary(int[][] termsOf, String[] names, Map<String, String> spelling) {}

    SimilarIndex(List<SimilarInput> posts, SimilarConfig cfg) {
        this(posts, cfg, null);
    }

    /** With the words already selected for these posts and settings ({@link WordSelection#select(List, Integer[], SimilarConfig)}), or null. */
    SimilarIndex(List<SimilarInput> posts, SimilarConfig cfg, WordSelection.Selected selected) {
        size = posts.size();
        Integer[] order = selected != null ? selected.order() : keyOrder(posts); // sorted once, when the memo selected the words
        keys = new String[size];
        inputIndex = new int[size];
        epoch = new long[size];
        numberPosts(posts, order);

        Vocabulary vocabulary = vocabulary(posts, order, cfg, selected != null ? selected : WordSelection.select(posts, order, cfg));
        int terms = vocabulary.names().length;
        term = new SharedTerm[terms];
        int[][] raw = vocabulary.termsOf();
        int[] df = renumber(raw, nameTerms(vocabulary));

        weight2 = weights(df, cfg);
        termByStrength = byStrength(weight2);
        strengthRank = ranks(termByStrength);

        termsOf = new int[size][];
        norm = new double[size];
        postingStart = new int[terms + 1];
        postings = postings(raw);

        pivot = pivots(norm, cfg.lengthNorm());
        byTime = timeOrder();
        timeRank = ranks(byTime);
        duplicateGroup = duplicateGroups(posts, order, raw);
    }

    /** Input positions sorted by key: the canonical post numbering. */
    static Integer[] keyOrder(List<SimilarInput> posts) {
        String[] keys = new String[posts.size()];
        Arrays.setAll(keys, i -> posts.get(i).key());
        Integer[] order = new Integer[keys.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
        return order;
    }

    /** Fills keys, input positions and times in canonical order; keys must be unique. */
    private void numberPosts(List<SimilarInput> posts, Integer[] order) {
        for (int c = 0; c < size; c++) {
            SimilarInput in = posts.get(order[c]);
            keys[c] = in.key();
            inputIndex[c] = order[c];
            epoch[c] = in.epochSecond();
            if (c > 0 && keys[c].equals(keys[c - 1])) {
                throw new IllegalArgumentException("two posts have the key '" + keys[c] + "'; keys must be unique");
            }
        }
    }

    /** Term ids by first appearance (renumbered later, so ids never depend on input order). */
    private Vocabulary vocabulary(List<SimilarInput> posts, Integer[] order, SimilarConfig cfg, WordSelection.Selected selected) {
        Map<String, Integer> firstIds = new HashMap<>(selected.ids()); // the word ids first; the other fields' terms are numbered after them
        Map<String, String> spelling = selected.spelling();
        int[][] words = selected.words();
        int[][] raw = new int[size][];
        FirstSeen seen = new FirstSeen();
        for (int c = 0; c < size; c++) raw[c] = rawTerms(posts.get(order[c]), words[c], cfg.weights(), firstIds, seen);
        String[] names = new String[firstIds.size()];
        firstIds.forEach((name, id) -> names[id] = name);
        return new Vocabulary(raw, names, spelling);
    }

    /** Numbers the terms in (field, term) order, filling {@link #term}; returns old id to new id. */
    private int[] nameTerms(Vocabulary vocabulary) {
        String[] names = vocabulary.names();
        Integer[] byName = new Integer[names.length];
        Arrays.setAll(byName, i -> i);
        Arrays.sort(byName, Comparator.comparing(i -> names[i]));
        int[] renumber = new int[names.length];
        for (int id = 0; id < byName.length; id++) {
            renumber[byName[id]] = id;
            String name = names[byName[id]];
            int sep = name.indexOf('\0');
            String field = name.substring(0, sep);
            String text = name.substring(sep + 1);
            // a reader sees "release", not the stem "releas"
            term[id] = new SharedTerm(field, field.equals(SimilarTerms.WORDS) ? vocabulary.spelling().get(text) : text);
        }
        return renumber;
    }

    /** Rewrites each post's term ids to the new numbering, sorted; returns each term's document frequency. */
    private int[] renumber(int[][] raw, int[] renumber) {
        int[] df = new int[renumber.length];
        for (int c = 0; c < size; c++) {
            int[] t = raw[c];
            for (int j = 0; j < t.length; j++) t[j] = renumber[t[j]];
            Arrays.sort(t);
            for (int id : t) df[id]++;
        }
        return df;
    }

    /** Per term, its weight squared: field weight times idf, or 0 for a term too common to tell posts apart. */
    private double[] weights(int[] df, SimilarConfig cfg) {
        // on a small site every shared term is on a large share of posts; the cut is for terms
        // that are common in number too, so it never drops a term carried by MIN_COMMON_DF posts or fewer
        double maxDf = Math.max(cfg.maxTermShare() * size, MIN_COMMON_DF);
        double[] out = new double[df.length];
        for (int id = 0; id < df.length; id++) {
            boolean tooCommon = df[id] > maxDf;
            double w = tooCommon ? 0 : cfg.weights().get(term[id].field()) * Math.log(1.0 + (double) size / df[id]);
            out[id] = w * w;
        }
        return out;
    }

    /** Term ids by weight descending, then id. */
    private static int[] byStrength(double[] weight2) {
        Integer[] strongest = new Integer[weight2.length];
        Arrays.setAll(strongest, i -> i);
        Arrays.sort(strongest, Comparator.<Integer>comparingDouble(t -> -weight2[t]).thenComparingInt(t -> t));
        return Arrays.stream(strongest).mapToInt(Integer::intValue).toArray();
    }

    /** The inverse of an ordering: each element's place in {@code order}. */
    private static int[] ranks(int[] order) {
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) rank[order[r]] = r;
        return rank;
    }

    /**
     * Keeps each post's weighted terms (filling termsOf and norm) and returns the flat postings,
     * posts in canonical order under each term, with postingStart holding where each term's begin.
     */
    private int[] postings(int[][] raw) {
        int terms = postingStart.length - 1;
        for (int c = 0; c < size; c++) {
            termsOf[c] = Arrays.stream(raw[c]).filter(id -> weight2[id] > 0).toArray();
            double sum = 0;
            for (int id : termsOf[c]) {
                sum += weight2[id];
                postingStart[id + 1]++;
            }
            norm[c] = Math.sqrt(sum);
        }
        for (int id = 0; id < terms; id++) postingStart[id + 1] += postingStart[id];
        int[] out = new int[postingStart[terms]];
        int[] fill = Arrays.copyOf(postingStart, terms);
        for (int c = 0; c < size; c++) {
            for (int id : termsOf[c]) out[fill[id]++] = c;
        }
        return out;
    }

    int postingCount(int term) {
        return postingStart[term + 1] - postingStart[term];
    }

    private static int[] rawTerms(SimilarInput in, int[] words, Map<String, Double> weights, Map<String, Integer> ids, FirstSeen seen) {
        int[] out = Arrays.copyOf(words, 16 + words.length);
        int n = words.length;
        for (Map.Entry<String, List<String>> field : in.terms().entrySet()) {
            Double w = weights.get(field.getKey());
            if (w == null || !(w > 0)) continue;
            for (String term : field.getValue()) {
                int id = ids.computeIfAbsent(field.getKey() + '\0' + term, x -> ids.size());
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = id;
            }
        }
        // each id once, where it first appears (a stream's distinct() boxed every id into a set: ~1 s of the main
        // thread at 100,000 posts)
        seen.next();
        int kept = 0;
        for (int i = 0; i < n; i++) if (seen.first(out[i])) out[kept++] = out[i];
        return Arrays.copyOf(out, kept);
    }

    /** Which ids one post has shown so far: a stamp per id, so a new post starts with none in O(1). */
    private static final class FirstSeen {
        private int[] stamps = new int[1024];
        private int stamp;

        void next() {
            stamp++;
        }

        /** True the first time {@code id} is shown since {@link #next}. */
        boolean first(int id) {
            if (id >= stamps.length) stamps = Arrays.copyOf(stamps, Math.max(id + 1, stamps.length * 2));
            if (stamps[id] == stamp) return false;
            stamps[id] = stamp;
            return true;
        }
    }

    private static double[] pivots(double[] norm, double slope) {
        double sum = 0;
        int counted = 0;
        for (double v : norm) {
            if (v > 0) {
                sum += v;
                counted++;
            }
        }
        double average = counted == 0 ? 1 : sum / counted;
        double[] out = new double[norm.length];
        for (int c = 0; c < norm.length; c++) {
            out[c] = (1 - slope) * average + slope * norm[c];
        }
        return out;
    }

    private int[] timeOrder() {
        Integer[] t = new Integer[size];
        Arrays.setAll(t, i -> i);
        Arrays.sort(t, Comparator.<Integer>comparingLong(c -> epoch[c]).thenComparingInt(c -> c));
        return Arrays.stream(t).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Near-duplicates: the same title and the same terms (ids, sorted; too-common terms included), so
     * the second link would tell a reader nothing the first did not. Posts that share a title but
     * differ in stacks, tags, tools or words are distinct posts and may all be linked.
     */
    private int[] duplicateGroups(List<SimilarInput> posts, Integer[] order, int[][] terms) {
        Map<Duplicate, Integer> groups = new HashMap<>();
        int[] out = new int[size];
        for (int c = 0; c < size; c++) {
            SimilarInput in = posts.get(order[c]);
            out[c] = in.title().isBlank() ? -1 : groups.computeIfAbsent(new Duplicate(SimilarTerms.normalise(in.title()), terms[c]), x -> groups.size());
        }
        return out;
    }

    /** What near-duplicates share: the title as normalised and the same term ids (spelt out as text for each post, 0.23 s at 100,000 posts). */
    private record Duplicate(String title, int[] terms) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Duplicate d && title.equals(d.title) && Arrays.equals(terms, d.terms);
        }

        @Override
        public int hashCode() {
            return 31 * title.hashCode() + Arrays.hashCode(terms);
        }
    }
}
