package press.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the similar posts of one post at a time. One instance per thread: it owns the scratch
 * arrays (a score per post and the list of posts touched), which are reset through the touched
 * list, so a search costs what it reads, not the size of the site.
 *
 * <p>A search has three steps. Gather: read the postings of the post's terms, strongest term
 * first, adding each shared term's weight to the candidate's partial score, and skip any term whose
 * postings would take the total read past the cap (and terms too weak to matter on their own). Rescore: take the best {@code pool} candidates by
 * partial score and score them exactly (terms the cap skipped count here). Choose: best first,
 * ties by key, skipping near-duplicates; if terms ran out, the posts nearest in date follow, nearest first.
 */
final class CandidateSearch {
    private final SimilarIndex ix;
    private final int count;
    private final int cap;
    private final int pool;
    private final boolean includeNewer;
    private final float[] partial;
    private final int[] touched;
    private final int[] heap;
    private final long[] heapKey;
    /** Per term, the query's weight for it while a search runs (0 elsewhere): exact scores without merging. */
    private final double[] queryWeight;
    private long queryEpoch;
    /**
     * A term weighing under this share of the post's own squared length does not gather candidates
     * (it still counts in exact scores): a shared tool alone never makes a top link, and such weak
     * terms have the longest postings. On 10,000 posts it saves about a quarter of the time and
     * changes no precision figure.
     */
    private static final double GATHER_SHARE = 0.02;

    CandidateSearch(SimilarIndex ix, int count, int cap, boolean includeNewer) {
        this.ix = ix;
        this.count = count;
        this.cap = cap;
        this.pool = Math.max(64, 10 * count);
        this.includeNewer = includeNewer;
        this.partial = new float[ix.size];
        this.touched = new int[ix.size];
        this.heap = new int[pool];
        this.heapKey = new long[pool];
        this.queryWeight = new double[ix.weight2.length];
    }

    /** The matches of post {@code q} (canonical number), best first. */
    List<Match> find(int q) {
        if (count <= 0) return List.of();
        queryEpoch = ix.epoch[q];
        int touchedCount = gather(q);
        int pooled = bestPartials(touchedCount);
        for (int i = 0; i < touchedCount; i++) {
            partial[touched[i]] = 0;
        }

        for (int t : ix.termsOf[q]) {
            queryWeight[t] = ix.weight2[t];
        }
        Scored[] candidates = new Scored[pooled];
        for (int i = 0; i < pooled; i++) {
            candidates[i] = new Scored(heap[i], score(q, heap[i]));
        }
        Arrays.sort(candidates, Scored.ORDER);
        List<Scored> chosen = new ArrayList<>(count);
        for (Scored s : candidates) {
            if (chosen.size() == count) break;
            if (!duplicates(chosen, s.post())) chosen.add(s);
        }
        if (chosen.size() < count) fillByDate(q, chosen, true);
        if (chosen.size() < count) {
            fillByDate(q, chosen, false); // a site of near-duplicates still gets its count of links
        }
        for (int t : ix.termsOf[q]) {
            queryWeight[t] = 0;
        }
        List<Match> out = new ArrayList<>(chosen.size());
        for (Scored s : chosen) {
            out.add(new Match(ix.inputIndex[s.post()], s.score(), shared(q, s.post())));
        }
        return List.copyOf(out);
    }

    private int gather(int q) {
        int[] terms = strongestFirst(ix.termsOf[q]);
        double floor = GATHER_SHARE * ix.norm[q] * ix.norm[q];
        int read = 0;
        int n = 0;
        for (int t : terms) {
            if (ix.weight2[t] < floor) break;
            int len = ix.postingCount(t);
            if (read > 0 && read + len > cap) continue;
            read += len;
            float w = (float) ix.weight2[t];
            for (int p = ix.postingStart[t], end = ix.postingStart[t + 1]; p < end; p++) {
                int d = ix.postings[p];
                if (d == q || !allowed(q, d)) continue;
                if (partial[d] == 0) touched[n++] = d;
                partial[d] += w;
            }
        }
        return n;
    }

    private int[] strongestFirst(int[] terms) {
        int[] out = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            out[i] = ix.strengthRank[terms[i]];
        }
        Arrays.sort(out);
        for (int i = 0; i < out.length; i++) {
            out[i] = ix.termByStrength[out[i]];
        }
        return out;
    }

    /**
     * Keeps the {@code pool} best touched posts in {@code heap}; returns how many. Order: partial score,
     * then nearness in date. The date step matters on large sites, where hundreds of posts tie on
     * their strongest terms: by key alone the pool would fill with one run of same-titled posts
     * (slugs start with the title), which the near-duplicate rule then collapses to one link. Both
     * are packed into one long (score as float bits, then inverted distance), so the min-heap of the
     * pool compares primitives that sit in L1; equal keys keep the earlier post, which is
     * deterministic because the touched order depends only on the index.
     */
    private int bestPartials(int touchedCount) {
        int n = 0;
        float floor = 0;
        for (int i = 0; i < touchedCount; i++) {
            int d = touched[i];
            if (n == pool && partial[d] < floor) {
                continue; // cannot beat the worst of a full pool: skip reading its date
            }
            long distance = Math.min(Math.abs(ix.epoch[d] - queryEpoch), 0x7FFF_FFFFL);
            long key = ((long) Float.floatToRawIntBits(partial[d]) << 31) | (0x7FFF_FFFFL - distance);
            if (n < pool) {
                heapKey[n] = key;
                heap[n] = d;
                siftUp(heapKey, heap, n++);
            } else if (key > heapKey[0]) {
                heapKey[0] = key;
                heap[0] = d;
                siftDown(heapKey, heap, n);
            }
            if (n == pool) floor = Float.intBitsToFloat((int) (heapKey[0] >>> 31));
        }
        return n;
    }

    /** Moves place {@code i}'s entry up to its place: the entries it passes move down one level each, as swaps would leave them. */
    static void siftUp(long[] heapKey, int[] heap, int i) {
        long key = heapKey[i];
        int post = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKey[parent] <= key) break;
            heapKey[i] = heapKey[parent];
            heap[i] = heap[parent];
            i = parent;
        }
        heapKey[i] = key;
        heap[i] = post;
    }

    /**
     * Moves the root's entry down to its place: at each level the smaller child (the left one on a
     * tie) moves up while it is smaller, as swaps would leave the heap, with half the writes (the
     * swaps were 2 % of a 100,000-post build's samples).
     */
    static void siftDown(long[] heapKey, int[] heap, int n) {
        long key = heapKey[0];
        int post = heap[0];
        int i = 0;
        for (int l; (l = 2 * i + 1) < n; ) {
            int r = l + 1;
            int least = r < n && heapKey[r] < heapKey[l] ? r : l;
            if (heapKey[least] >= key) break;
            heapKey[i] = heapKey[least];
            heap[i] = heap[least];
            i = least;
        }
        heapKey[i] = key;
        heap[i] = post;
    }

    private boolean allowed(int q, int d) {
        return includeNewer || ix.timeRank[d] < ix.timeRank[q];
    }

    private boolean duplicates(List<Scored> chosen, int d) {
        int group = ix.duplicateGroup[d];
        if (group < 0) return false;
        for (Scored s : chosen) {
            if (ix.duplicateGroup[s.post()] == group) return true;
        }
        return false;
    }

    /** Adds the posts nearest in date (older first on equal distance) until there are {@code count}. */
    private void fillByDate(int q, List<Scored> chosen, boolean skipDuplicates) {
        int rank = ix.timeRank[q];
        int older = rank - 1;
        int newer = includeNewer ? rank + 1 : ix.size;
        while (chosen.size() < count && (older >= 0 || newer < ix.size)) {
            boolean takeOlder = newer >= ix.size || (older >= 0
                    && ix.epoch[ix.byTime[rank]] - ix.epoch[ix.byTime[older]]
                    <= ix.epoch[ix.byTime[newer]] - ix.epoch[ix.byTime[rank]]);
            int d = ix.byTime[takeOlder ? older-- : newer++];
            if (chosen.stream().noneMatch(s -> s.post() == d) && !(skipDuplicates && duplicates(chosen, d))) chosen.add(new Scored(d, score(q, d)));
        }
    }

    /** Shared weight over the query's norm and the candidate's pivoted length: 1.0 is a perfect average match. */
    private double score(int q, int d) {
        double dot = 0;
        for (int t : ix.termsOf[d]) {
            dot += queryWeight[t];
        }
        return dot == 0 ? 0 : dot / (ix.norm[q] * ix.pivot[d]);
    }

    private List<SharedTerm> shared(int q, int d) {
        int[] both = Arrays.stream(ix.termsOf[q]).filter(t -> Arrays.binarySearch(ix.termsOf[d], t) >= 0).toArray();
        List<SharedTerm> out = new ArrayList<>(both.length);
        for (int t : strongestFirst(both)) {
            out.add(ix.term[t]);
        }
        return List.copyOf(out);
    }

    private record Scored(int post, double score) {
        /** Higher score first; canonical number (key order) breaks ties. */
        static final java.util.Comparator<Scored> ORDER =
                java.util.Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::post);
    }
}
