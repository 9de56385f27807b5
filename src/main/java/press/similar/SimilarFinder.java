package press.similar;

import press.config.SiteConfig.SimilarConfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Similar posts for a whole site.
 *
 * <p>Score: each shared term adds {@code (fieldWeight * ln(1 + N/df))^2}; the sum is divided by the
 * post's own vector length and by the candidate's pivoted length, so a shared rare problem counts
 * far more than a shared common tag, and a post with many terms does not match everything. Terms on
 * more than {@code maxTermShare} of the posts are ignored.
 *
 * <p>Every post gets exactly {@code count} matches whenever enough posts are allowed (all other posts,
 * or with {@code includeNewer} off, the older ones): when shared terms run out, the posts nearest in
 * date fill the list. Results do not depend on input order or thread count.
 */
public final class SimilarFinder {
    private static final int BLOCK = 256;

    private final SimilarConfig cfg;

    public SimilarFinder(SimilarConfig cfg) {
        if (cfg.count() < 0 || cfg.postingsCap() < 1 || cfg.lengthNorm() < 0 || cfg.lengthNorm() > 1) {
            throw new IllegalArgumentException("similar settings out of range: count >= 0, postings cap >= 1, "
                    + "length norm in 0..1 expected, got " + cfg);
        }
        this.cfg = cfg;
    }

    /**
     * The matches of every post, index-aligned with {@code posts}; each list is best first.
     *
     * @throws IllegalArgumentException if two posts have the same key, or threads is below 1
     */
    public List<List<Match>> find(List<SimilarInput> posts, int threads) {
        return find(posts, threads, null);
    }

    /** As above, with the words already selected ({@link SimilarMemo} selects them for its digest), or null. */
    List<List<Match>> find(List<SimilarInput> posts, int threads, WordSelection.Selected selected) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        SimilarIndex ix = new SimilarIndex(posts, cfg, selected);
        @SuppressWarnings({"unchecked", "rawtypes"}) // an array of generic lists, filled by index from several threads
        List<Match>[] out = new List[ix.size];
        int blocks = (ix.size + BLOCK - 1) / BLOCK;
        int workers = Math.min(threads, Math.max(1, blocks));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        if (workers == 1) {
            searchBlocks(ix, next, blocks, out);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    done.add(pool.submit(() -> searchBlocks(ix, next, blocks, out)));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("similar-post search interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error err) throw err; // out of memory stays out of memory, for the command to say so
                throw new IllegalStateException("similar-post search failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return List.copyOf(Arrays.asList(out));
    }

    /**
     * A worker takes the next block of canonical post numbers until none is left, so the workers end
     * within a block of each other even when one was slowed (a fixed share each left one core idle
     * while the other finished); each post's matches are its own, so who finds them changes nothing.
     */
    private void searchBlocks(SimilarIndex ix, java.util.concurrent.atomic.AtomicInteger next, int blocks, List<Match>[] out) {
        CandidateSearch search = new CandidateSearch(ix, cfg.count(), cfg.postingsCap(), cfg.includeNewer());
        for (int b; (b = next.getAndIncrement()) < blocks; ) {
            for (int q = b * BLOCK, end = Math.min(ix.size, q + BLOCK); q < end; q++) {
                out[ix.inputIndex[q]] = search.find(q);
            }
        }
    }
}
