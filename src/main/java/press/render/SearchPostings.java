package press.render;

import press.model.Post;
import press.model.Site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Every post's score for every search term (not only the best {@link SearchIndexWriter#POSTINGS}
 * the index keeps), remembered between builds (by {@code press serve} in memory, by
 * {@code press build} in its cache), so that an edit scores again only the posts whose search
 * input changed: their postings are taken out of every term and their new ones put in. A post is
 * known by its document number (its place in the site's order); when the order changes (a post
 * added, removed or moved by its date) every post is scored again. The index made from it is the
 * same bytes as one scored afresh ({@code SearchPostingsTest}).
 */
public final class SearchPostings {
    /** Past this share of changed posts, scoring all of them again is as quick. */
    private static final int REDO_SHARE = 10;

    private List<String> order = List.of(); // slugs, by document number
    private String[] inputs = new String[0]; // per document a digest of everything its scores come from
    /** Per term every posting, {@code score << 32 | (MAX - doc)}, ascending (the best last). */
    private Map<String, long[]> postings = new HashMap<>();
    private int scored;
    private final boolean keeps;
    /** Where {@link #writeThrough} writes the postings as they are made, or null. */
    private Path through;
    /** Whether only each term's best postings are kept, the rest written through: nothing more can be updated. */
    private boolean cut;
    /** Why writing through failed, or null: the saved postings are then incomplete, and {@link #save} leaves none and says why. */
    private java.io.UncheckedIOException lost;
    /** The shards of the saved postings whose terms changed since they were loaded or saved ({@link SearchPostingsFiles#shard}). */
    private final BitSet dirty = new BitSet(SearchPostingsFiles.SHARDS);

    public SearchPostings() {
        this(true);
    }

    private SearchPostings(boolean keeps) {
        this.keeps = keeps;
        dirty.set(0, SearchPostingsFiles.SHARDS);
    }

    /**
     * For a build that keeps nothing (no build cache): every post is scored, and no post's search
     * input is digested for a next build that will not ask (the digests were 2-3 % of a clean
     * 10,000-post build's CPU), as {@code similar.SimilarMemo.none()} does for similar posts.
     */
    static SearchPostings none() {
        return new SearchPostings(false);
    }

    /** The postings of {@code site}'s posts, scoring {@code block} posts per task; only the changed posts when the order is the same. */
    synchronized Map<String, long[]> update(Site site, int block) {
        List<Post> posts = site.posts();
        if (!keeps) {
            scored = posts.size();
            return PostingScores.bestOfAll(site, block, SearchIndexWriter.POSTINGS);
        }
        notCut();
        String[] now = IntStream.range(0, posts.size()).parallel().mapToObj(id -> SearchInput.digest(posts.get(id), PostingScores.terms(site, posts.get(id))))
                .toArray(String[]::new);
        List<String> slugs = posts.stream().map(Post::slug).toList();
        BitSet changed = new BitSet(posts.size());
        if (slugs.equals(order)) for (int id = 0; id < now.length; id++) if (!now[id].equals(inputs[id])) changed.set(id);
        if (!slugs.equals(order) || changed.cardinality() > posts.size() / REDO_SHARE) {
            scored = posts.size();
            dirty.set(0, SearchPostingsFiles.SHARDS);
            if (through == null) {
                postings = PostingScores.scoreAll(site, block, null);
            } else {
                try {
                    postings = PostingScores.scoreAll(site, block, through);
                } catch (java.io.UncheckedIOException e) {
                    lost = e; // the index is made all the same; the save after the build says why the cache is not saved
                    postings = PostingScores.scoreAll(site, block, null);
                }
                cut = lost == null;
                if (cut) dirty.clear();
                through = null; // the next scoring only
            }
        } else if (!changed.isEmpty()) {
            rescore(site, changed);
            scored = changed.cardinality();
        } else {
            scored = 0;
        }
        order = slugs;
        inputs = now;
        return postings;
    }

    /**
     * Makes the next scoring of every post write each term's postings to the shard files beside
     * {@code file} as they are made, keeping in memory only the best the index shows
     * ({@link SearchIndexWriter#POSTINGS}); {@link #save} then writes {@code file} only. For a build
     * that saves its cache as it goes ({@code pipeline.BuildCache}, a first build): at 100,000 posts
     * every posting at once (~240 MB, more while merged) forced a full collection in a 2 GB heap,
     * and was kept to the end for the save. Updating it after such a scoring is an error; a shard
     * that cannot be written leaves no saved postings, and the save says so (the next build scores every post again).
     */
    public synchronized void writeThrough(Path file) {
        through = file;
    }

    private void notCut() {
        if (cut) throw new IllegalStateException("search postings were asked for after their build wrote them and kept only the best");
    }

    /** Whether it is remembered for a next build (else the build keeps nothing: {@link #none()}). */
    boolean keeps() {
        return keeps;
    }

    /** How many posts the last update scored. */
    public synchronized int scored() {
        return scored;
    }

    static long posting(int score, int doc) {
        return ((long) score << 32) | (Integer.MAX_VALUE - doc);
    }

    static int doc(long posting) {
        return Integer.MAX_VALUE - (int) posting;
    }

    /**
     * Takes the postings of the {@code changed} documents out of every term, then puts their new
     * ones in, each term's array updated in place when it keeps its length (an edited post mostly
     * keeps its words): copying every array the post is in was some 45 MB at 10,000 posts, all of it
     * copied again by the next collection, as it lives to the end of the build.
     */
    private void rescore(Site site, BitSet changed) {
        Map<String, PostingScores.Growing> added = new HashMap<>();
        for (int id = changed.nextSetBit(0); id >= 0; id = changed.nextSetBit(id + 1)) {
            Post p = site.posts().get(id);
            int doc = id;
            SearchIndexWriter.scores(p, PostingScores.terms(site, p), (term, s) -> added.computeIfAbsent(term, t -> new PostingScores.Growing()).add(posting(s, doc)));
        }
        added.values().forEach(g -> Arrays.sort(g.values, 0, g.size));
        long[] gone = new long[16]; // a term's postings of the changed documents, ascending as its array is
        for (var it = postings.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, long[]> e = it.next();
            long[] values = e.getValue();
            int removed = 0;
            for (long v : values) {
                if (!changed.get(doc(v))) continue;
                if (removed == gone.length) gone = Arrays.copyOf(gone, 2 * removed);
                gone[removed++] = v;
            }
            PostingScores.Growing in = added.remove(e.getKey());
            int adding = in == null ? 0 : in.size;
            if (removed == 0 && adding == 0) continue;
            // the same postings again (an edited post mostly scores its words as before): the term is as it was
            if (removed == adding && Arrays.equals(gone, 0, removed, in.values, 0, adding)) continue;
            dirty.set(SearchPostingsFiles.shard(e.getKey()));
            long[] out = removed == adding ? values : new long[values.length - removed + adding];
            if (out.length == 0) {
                it.remove();
                continue;
            }
            int kept = 0; // the kept postings first, in order (forward: never past what is still to be read)
            for (long v : values) if (!changed.get(doc(v))) out[kept++] = v;
            // then merged with the new ones from the end, into the room left after them
            for (int w = out.length - 1, i = kept - 1, j = adding - 1; j >= 0; w--) {
                out[w] = i >= 0 && out[i] > in.values[j] ? out[i--] : in.values[j--];
            }
            e.setValue(out);
        }
        added.forEach((term, g) -> { // terms no post had before
            postings.put(term, Arrays.copyOf(g.values, g.size));
            dirty.set(SearchPostingsFiles.shard(term));
        });
    }

    /**
     * Saves what is remembered beside {@code file} ({@link SearchPostingsFiles}), for the next run
     * of press: the posts' order and inputs in {@code file}, the postings in shards by term, of
     * which only those whose terms changed since the last load or save are written again.
     */
    public synchronized void save(Path file) throws IOException {
        if (order.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        if (lost != null) {
            Files.deleteIfExists(file);
            throw new IOException("its search postings could not be written as they were made: " + lost.getCause().getMessage(), lost.getCause());
        }
        SearchPostingsFiles.save(file, order, inputs, postings, dirty);
        dirty.clear();
    }

    /**
     * The postings saved beside {@code file}, or none when there is no such file.
     *
     * @throws IOException when a file cannot be read or is not such a file (the caller then starts afresh)
     */
    public static SearchPostings load(Path file) throws IOException {
        SearchPostings m = new SearchPostings();
        SearchPostingsFiles.Read read = SearchPostingsFiles.load(file);
        if (read == null) return m;
        m.order = read.order();
        m.inputs = read.inputs();
        m.postings = read.postings();
        m.dirty.clear();
        return m;
    }

    /** Every posting (for tests: a memo read back equals the one saved). */
    synchronized Map<String, List<Long>> all() {
        notCut();
        Map<String, List<Long>> out = new TreeMap<>();
        postings.forEach((term, values) -> out.put(term, Arrays.stream(values).boxed().toList()));
        return out;
    }
}
