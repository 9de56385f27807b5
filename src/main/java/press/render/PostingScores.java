package press.render;

import press.model.Post;
import press.model.Site;
import press.model.Term;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Scoring every post for search, in blocks on the common pool ({@link SearchPostings}): every
 * posting of every term (kept between builds, or written through to the saved cache as it is made),
 * or only each term's best (a build that keeps nothing).
 */
final class PostingScores {
    private PostingScores() {}

    /** A post's terms by taxonomy field, as its scores read them. */
    static Map<String, List<Term>> terms(Site site, Post p) {
        return site.termsByPost().getOrDefault(p.slug(), Map.of());
    }

    /** The postings of the posts of block {@code b} ({@code block} posts a block), per term. */
    private static Map<String, Growing> scoreBlock(Site site, int b, int block) {
        List<Post> posts = site.posts();
        Map<String, Growing> part = new HashMap<>();
        for (int id = b * block; id < (int) Math.min(posts.size(), (b + 1L) * block); id++) {
            int doc = id;
            SearchIndexWriter.scores(posts.get(id), terms(site, posts.get(id)), (term, s) -> part.computeIfAbsent(term, t -> new Growing()).add(SearchPostings.posting(s, doc)));
        }
        return part;
    }

    /**
     * Every posting of every term, or, when {@code through} is not null, each term's best ones, every
     * posting written to the shard files beside {@code through} as its shard is made.
     */
    static Map<String, long[]> scoreAll(Site site, int block, Path through) {
        List<Post> posts = site.posts();
        int blocks = (int) ((posts.size() + (long) block - 1) / block);
        // blocks scored in parallel, each into its own lists; then per term one array of the exact size, its parts
        // copied in and dropped from their block as they go, sorted (a growing merged list and copies of every part
        // besides held about four times the postings at once: the heap filled at 100,000 posts)
        List<Map<String, Growing>> parts = IntStream.range(0, blocks).parallel().mapToObj(b -> scoreBlock(site, b, block)).toList();
        Map<String, Integer> sizes = new HashMap<>();
        for (Map<String, Growing> part : parts) part.forEach((term, g) -> sizes.merge(term, g.size, Integer::sum));
        Map<String, long[]> out = new HashMap<>(sizes.size() * 2);
        // a shard's terms at a time: written through, only one shard's postings are whole in memory at once
        List<List<String>> shards = new java.util.ArrayList<>(SearchPostingsFiles.SHARDS);
        for (int i = 0; i < SearchPostingsFiles.SHARDS; i++) shards.add(new java.util.ArrayList<>());
        sizes.keySet().forEach(term -> shards.get(SearchPostingsFiles.shard(term)).add(term));
        for (int shard = 0; shard < shards.size(); shard++) {
            List<Map.Entry<String, long[]>> made = new java.util.ArrayList<>(shards.get(shard).size());
            for (String term : shards.get(shard)) {
                long[] values = new long[sizes.get(term)];
                int at = 0;
                for (Map<String, Growing> part : parts) {
                    Growing g = part.remove(term);
                    if (g == null) continue;
                    System.arraycopy(g.values, 0, values, at, g.size);
                    at += g.size;
                }
                Arrays.sort(values);
                made.add(Map.entry(term, values));
            }
            if (through != null) SearchPostingsFiles.writeShard(through, shard, made);
            for (Map.Entry<String, long[]> e : made) {
                long[] values = e.getValue();
                out.put(e.getKey(), through == null ? values
                        : Arrays.copyOfRange(values, Math.max(0, values.length - SearchIndexWriter.POSTINGS), values.length));
            }
        }
        return out;
    }

    /**
     * For a build that keeps nothing: per term its {@code keep} best postings (all when it has no
     * more), which is all the index shows, ascending as {@link #scoreAll} gives them. Each block's
     * postings are merged in as soon as it is scored, and a term's are cut back to its best whenever
     * they pass twice {@code keep}: at 100,000 posts every posting at once (32 million, in every
     * block's own lists) forced a full collection in a 2 GB heap.
     */
    static Map<String, long[]> bestOfAll(Site site, int block, int keep) {
        List<Post> posts = site.posts();
        int blocks = (int) ((posts.size() + (long) block - 1) / block);
        Map<String, Growing> merged = new HashMap<>();
        IntStream.range(0, blocks).parallel().forEach(b -> {
            Map<String, Growing> part = scoreBlock(site, b, block);
            synchronized (merged) {
                part.forEach((term, g) -> {
                    Growing into = merged.putIfAbsent(term, g);
                    if (into != null) into.addAll(g, keep);
                });
            }
        });
        Map<String, long[]> out = new HashMap<>(merged.size() * 2);
        merged.forEach((term, g) -> out.put(term, g.best(keep)));
        return out;
    }

    /** A list of longs that grows as it fills. */
    static final class Growing {
        long[] values = new long[4];
        int size;

        void add(long v) {
            if (size == values.length) values = Arrays.copyOf(values, 2 * size);
            values[size++] = v;
        }

        /** Adds {@code other}'s values, then, past twice {@code keep} of them, keeps only the {@code keep} greatest. */
        void addAll(Growing other, int keep) {
            if (size + other.size > values.length) values = Arrays.copyOf(values, Math.max(2 * values.length, size + other.size));
            System.arraycopy(other.values, 0, values, size, other.size);
            size += other.size;
            if (size > 2 * keep) {
                // the greatest moved to the end by a selection, in no order (best sorts them once): sorting every
                // value at each cut was 2 % of a 100,000-post build, most of it inside the merge's lock
                selectGreatest(values, size, keep);
                System.arraycopy(values, size - keep, values, 0, keep);
                size = keep;
            }
        }

        /**
         * Rearranges the first {@code size} of {@code a} so that the last {@code keep} of them are
         * the {@code keep} greatest (a quickselect: Hoare partitions around a median of three, into
         * the side that holds place {@code size - keep}, until that place holds what a sort puts there).
         */
        static void selectGreatest(long[] a, int size, int keep) {
            int k = size - keep;
            int lo = 0;
            int hi = size - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                long pivot = Math.max(Math.min(a[lo], a[mid]), Math.min(Math.max(a[lo], a[mid]), a[hi]));
                int i = lo;
                int j = hi;
                while (i <= j) {
                    while (a[i] < pivot) i++;
                    while (a[j] > pivot) j--;
                    if (i <= j) {
                        long t = a[i];
                        a[i++] = a[j];
                        a[j--] = t;
                    }
                }
                if (k <= j) hi = j;
                else if (k >= i) lo = i;
                else return; // between j and i every value equals the pivot: place k is settled
            }
        }

        /** The {@code keep} greatest values (all when there are no more), ascending. */
        long[] best(int keep) {
            Arrays.sort(values, 0, size);
            return Arrays.copyOfRange(values, Math.max(0, size - keep), size);
        }
    }
}
