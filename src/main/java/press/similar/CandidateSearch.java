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
 * postings would take the total read past the cap. Rescore: take the best {@code pool} candidates by
 * partial score and score them exactly (terms the cap skipped count here). Choose: best first,
 * ties by key, skipping near-duplicates; if terms ran out, the posts nearest in date follow, nearest first.
 */
final class CandidateSearch {
    private final SimilarIndex ix;
    private final int count;
    private final int cap;
    private final int pool;
    private final boolean includeNewer;
    private final double[] partial;
    private final int[] touched;
    private final int[] heap;

    CandidateSearch(SimilarIndex ix, int count, int cap, boolean includeNewer) {
        this.ix = ix;
        this.count = count;
        this.cap = cap;
        this.pool = Math.max(64, 10 * count);
        this.includeNewer = includeNewer;
        this.partial = new double[ix.size];
        this.touched = new int[ix.size];
        this.heap = new int[pool];
    }

    /** The matches of post {@code q} (canonical number), best first. */
    List<Match> find(int q) {
        if (count <= 0) {
            return List.of();
        }
        int touchedCount = gather(q);
        int pooled = bestPartials(touchedCount);
        for (int i = 0; i < touchedCount; i++) {
            partial[touched[i]] = 0;
        }

        Scored[] candidates = new Scored[pooled];
        for (int i = 0; i < pooled; i++) {
            candidates[i] = new Scored(heap[i], score(q, heap[i]));
        }
        Arrays.sort(candidates, Scored.ORDER);
        List<Scored> chosen = new ArrayList<>(count);
        for (Scored s : candidates) {
            if (chosen.size() == count) {
                break;
            }
            if (!duplicates(chosen, s.post())) {
                chosen.add(s);
            }
        }
        if (chosen.size() < count) {
            fillByDate(q, chosen);
        }
        List<Match> out = new ArrayList<>(chosen.size());
        for (Scored s : chosen) {
            out.add(new Match(ix.inputIndex[s.post()], s.score(), shared(q, s.post())));
        }
        return List.copyOf(out);
    }

    private int gather(int q) {
        int[] terms = strongestFirst(ix.termsOf[q]);
        int read = 0;
        int n = 0;
        for (int t : terms) {
            int len = ix.postingCount(t);
            if (read > 0 && read + len > cap) {
                continue;
            }
            read += len;
            double w = ix.weight2[t];
            for (int p = ix.postingStart[t], end = ix.postingStart[t + 1]; p < end; p++) {
                int d = ix.postings[p];
                if (d == q || !allowed(q, d)) {
                    continue;
                }
                if (partial[d] == 0) {
                    touched[n++] = d;
                }
                partial[d] += w;
            }
        }
        return n;
    }

    private int[] strongestFirst(int[] terms) {
        Integer[] t = Arrays.stream(terms).boxed().toArray(Integer[]::new);
        Arrays.sort(t, (a, b) -> {
            int c = Double.compare(ix.weight2[b], ix.weight2[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        return Arrays.stream(t).mapToInt(Integer::intValue).toArray();
    }

    /** Keeps the {@code pool} best touched posts in {@code heap} (a min-heap by partial score); returns how many. */
    private int bestPartials(int touchedCount) {
        int n = 0;
        for (int i = 0; i < touchedCount; i++) {
            int d = touched[i];
            if (n < pool) {
                heap[n] = d;
                siftUp(n++);
            } else if (better(d, heap[0])) {
                heap[0] = d;
                siftDown(n);
            }
        }
        return n;
    }

    private boolean better(int a, int b) {
        int c = Double.compare(partial[a], partial[b]);
        return c != 0 ? c > 0 : a < b;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!better(heap[parent], heap[i])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int n) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int worst = i;
            if (l < n && better(heap[worst], heap[l])) {
                worst = l;
            }
            if (r < n && better(heap[worst], heap[r])) {
                worst = r;
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }

    private boolean allowed(int q, int d) {
        return includeNewer || ix.timeRank[d] < ix.timeRank[q];
    }

    private boolean duplicates(List<Scored> chosen, int d) {
        int group = ix.duplicateGroup[d];
        if (group < 0) {
            return false;
        }
        for (Scored s : chosen) {
            if (ix.duplicateGroup[s.post()] == group) {
                return true;
            }
        }
        return false;
    }

    /** Adds the posts nearest in date (older first on equal distance) until there are {@code count}. */
    private void fillByDate(int q, List<Scored> chosen) {
        int rank = ix.timeRank[q];
        int older = rank - 1;
        int newer = includeNewer ? rank + 1 : ix.size;
        while (chosen.size() < count && (older >= 0 || newer < ix.size)) {
            boolean takeOlder = newer >= ix.size || (older >= 0
                    && ix.epoch[ix.byTime[rank]] - ix.epoch[ix.byTime[older]]
                    <= ix.epoch[ix.byTime[newer]] - ix.epoch[ix.byTime[rank]]);
            int d = ix.byTime[takeOlder ? older-- : newer++];
            if (chosen.stream().noneMatch(s -> s.post() == d) && !duplicates(chosen, d)) {
                chosen.add(new Scored(d, score(q, d)));
            }
        }
    }

    /** Shared weight over the query's norm and the candidate's pivoted length: 1.0 is a perfect average match. */
    private double score(int q, int d) {
        double dot = 0;
        int[] a = ix.termsOf[q];
        int[] b = ix.termsOf[d];
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                dot += ix.weight2[a[i]];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot == 0 ? 0 : dot / (ix.norm[q] * ix.pivot[d]);
    }

    private List<SharedTerm> shared(int q, int d) {
        int[] both = Arrays.stream(ix.termsOf[q]).filter(t -> Arrays.binarySearch(ix.termsOf[d], t) >= 0).toArray();
        List<SharedTerm> out = new ArrayList<>(both.length);
        for (int t : strongestFirst(both)) {
            out.add(new SharedTerm(ix.termField[t], ix.termText[t]));
        }
        return List.copyOf(out);
    }

    private record Scored(int post, double score) {
        /** Higher score first; canonical number (key order) breaks ties. */
        static final java.util.Comparator<Scored> ORDER =
                java.util.Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::post);
    }
}
