package press.similar;

import press.store.CacheInput;
import press.store.CacheOutput;

import press.config.SiteConfig;
import press.digest.ContentHash;
import press.digest.Spelling;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last similar-posts result of one site, kept between builds (by {@code press serve} and the
 * build cache): when every post's input ({@link SimilarInput}, in order) and the settings are what
 * they were, the matches are the same, so they are taken instead of found again. An edit that
 * leaves a post's title, terms, date and kept body stems as they were (a typo fixed, a summary
 * changed) then costs no similar-posts work. The inputs are compared by a digest of their content.
 *
 * <p>When that digest differs, a second one is compared: of what the finder reads of the inputs
 * ({@link #selectedDigest}). The finder keeps each post's strongest body words by tf-idf
 * ({@link WordSelection}) and then counts a word as there or not, so an edit that changes how often
 * a post uses its words (a sentence added) but not which words it keeps finds nothing again either.
 */
public final class SimilarMemo {
    private String digest;
    private String selected;
    private List<List<Match>> found;
    /** Whether {@link #found} changed since it was loaded or saved: only then is its file written again. */
    private boolean foundChanged;
    private final boolean keeps;

    /** A memo kept between builds: it digests the inputs of each search, for the next build to compare. */
    public SimilarMemo() {
        this(true);
    }

    private SimilarMemo(boolean keeps) {
        this.keeps = keeps;
    }

    /** For a build that keeps nothing (no build cache): every call searches, and nothing is digested for a next build that will not ask. */
    public static SimilarMemo none() {
        return new SimilarMemo(false);
    }

    /** Whether this memo remembers (and so compares digests of its inputs): false for {@link #none()}. */
    public boolean keeps() {
        return keeps;
    }

    /** The matches for {@code inputs} under {@code config}: the remembered ones when the digest is the same, else {@code find}'s (then remembered). */
    public synchronized List<List<Match>> matches(SiteConfig.SimilarConfig config, List<SimilarInput> inputs, Supplier<List<List<Match>>> find) {
        return matches(config, inputs, selection -> find.get());
    }

    /** The matches found by {@link SimilarFinder} on {@code threads} threads, or remembered; the finder is given the words the memo selected for its digest. */
    public List<List<Match>> matches(SiteConfig.SimilarConfig config, List<SimilarInput> inputs, int threads) {
        return matches(config, inputs, () -> inputs, threads);
    }

    /**
     * As above for inputs that may be {@link SimilarInput#light}: the memo reads only their dates, keys,
     * words and digests; {@code whole} gives the same inputs with their terms and titles (in the same
     * order), asked for only when the finder runs.
     */
    public List<List<Match>> matches(SiteConfig.SimilarConfig config, List<SimilarInput> inputs, Supplier<List<SimilarInput>> whole, int threads) {
        return matches(config, inputs, selection -> new SimilarFinder(config).find(whole.get(), threads, selection));
    }

    /** A selection started ahead ({@link #startSelecting}), for these settings and this list of inputs. */
    private record Started(SiteConfig.SimilarConfig config, List<SimilarInput> inputs,
                           java.util.concurrent.ForkJoinTask<WordSelection.Selected> selecting) {}

    private Started started;

    /**
     * Starts selecting the kept words of {@code inputs} on the common pool, for the next
     * {@link #matches} given the same list (and settings) to take: a build has its posts' inputs
     * before it assembles the rest of the site (taxonomies, sections), which takes about as long as
     * the selection, and an edit of a post's body needs the selection (~90 ms at 10,000 posts).
     */
    public synchronized void startSelecting(SiteConfig.SimilarConfig config, List<SimilarInput> inputs) {
        if (keeps) started = new Started(config, inputs, select(config, inputs));
    }

    private static java.util.concurrent.ForkJoinTask<WordSelection.Selected> select(SiteConfig.SimilarConfig config, List<SimilarInput> inputs) {
        return java.util.concurrent.ForkJoinTask.adapt(() -> WordSelection.select(inputs, SimilarIndex.keyOrder(inputs), config)).fork();
    }

    private synchronized List<List<Match>> matches(SiteConfig.SimilarConfig config, List<SimilarInput> inputs,
                                                    java.util.function.Function<WordSelection.Selected, List<List<Match>>> find) {
        if (!keeps) return find.apply(null);
        // the words are selected (on the common pool, idle here) while the inputs are digested, or were since
        // startSelecting: an edit of a post's body changes the first digest, and the selection is then needed; when it
        // does not, the selection is not waited for
        Started ahead = started;
        started = null;
        java.util.concurrent.ForkJoinTask<WordSelection.Selected> selecting =
                ahead != null && ahead.inputs() == inputs && ahead.config().equals(config) ? ahead.selecting() : select(config, inputs);
        String heads = heads(inputs);
        String d = digest(config, inputs, heads);
        if (d.equals(digest) && found != null) return found;
        WordSelection.Selected words = selecting.join(); // run here if the pool has not started it; what it threw is thrown as it was
        String s = selectedDigest(config, inputs, heads, words);
        if (s.equals(selected) && found != null) {
            digest = d;
            return found;
        }
        List<List<Match>> now = find.apply(words);
        digest = d;
        selected = s;
        found = now;
        foundChanged = true;
        return now;
    }

    private static final String FORMAT = "press similar memo 7";
    private static final String DIGEST_FORMAT = "press similar digest 1";

    /** The small file beside {@code file} that holds the digest of all inputs (it changes on every edit; the matches seldom do). */
    private static java.nio.file.Path digestFile(java.nio.file.Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling((name.endsWith(".bin") ? name.substring(0, name.length() - 4) : name) + "-digest.bin");
    }

    /**
     * Saves what is remembered to {@code file} ({@link CacheOutput}), for the next run of press;
     * nothing when nothing is. The matches go to {@code file} only when they changed since it was
     * read or written (an edit that keeps every post's selected words finds nothing again); the
     * digest of all inputs, which every edit changes, to a small file beside it, tied to the
     * matches by their selected-words digest. Each shared term is written once, in a table, and each
     * match names its terms by their place there: reading back makes one object per term, not one per use.
     */
    public synchronized void save(java.nio.file.Path file) throws IOException {
        java.nio.file.Path small = digestFile(file);
        java.nio.file.Files.deleteIfExists(small);
        if (found == null) {
            java.nio.file.Files.deleteIfExists(file);
            return;
        }
        if (foundChanged || !java.nio.file.Files.isRegularFile(file)) writeFound(file);
        foundChanged = false;
        try (CacheOutput out = CacheOutput.create(small, DIGEST_FORMAT)) {
            out.string(digest).string(selected);
        }
    }

    private void writeFound(java.nio.file.Path file) throws IOException {
        java.nio.file.Files.deleteIfExists(file);
        Map<SharedTerm, Integer> ids = new java.util.HashMap<>();
        List<SharedTerm> table = new java.util.ArrayList<>();
        for (List<Match> matches : found) {
            for (Match m : matches) {
                for (SharedTerm t : m.shared()) {
                    if (ids.putIfAbsent(t, table.size()) == null) table.add(t);
                }
            }
        }
        try (CacheOutput out = CacheOutput.create(file, FORMAT)) {
            out.string(selected).number(table.size());
            for (SharedTerm t : table) out.string(t.field()).string(t.term());
            out.number(found.size());
            for (List<Match> matches : found) {
                out.number(matches.size());
                for (Match m : matches) {
                    out.number(m.post()).decimal(m.score()).number(m.shared().size());
                    for (SharedTerm t : m.shared()) out.number(ids.get(t));
                }
            }
        }
    }

    /**
     * The memo saved in {@code file}, or an empty one when there is no such file. Without its
     * digest file, or with one saved for other matches, the matches are kept and the next build
     * compares the selected words to take them.
     *
     * @throws IOException when a file cannot be read or is not such a file (the caller then starts afresh)
     */
    public static SimilarMemo load(java.nio.file.Path file) throws IOException {
        SimilarMemo m = new SimilarMemo();
        if (!java.nio.file.Files.isRegularFile(file)) return m;
        try (CacheInput in = CacheInput.open(file, FORMAT)) {
            String selected = in.string();
            // one object per term, as the finder makes them: the assembler looks reasons up by identity
            SharedTerm[] table = new SharedTerm[in.count(1 << 26)];
            for (int t = 0; t < table.length; t++) table[t] = new SharedTerm(in.string(), in.string());
            int posts = in.count(1 << 26);
            List<List<Match>> found = new java.util.ArrayList<>(posts);
            for (int p = 0; p < posts; p++) {
                Match[] matches = new Match[in.count(1 << 16)];
                for (int i = 0; i < matches.length; i++) {
                    int post = in.count(posts - 1);
                    double score = in.decimal();
                    SharedTerm[] shared = new SharedTerm[in.count(1 << 16)];
                    for (int t = 0; t < shared.length; t++) shared[t] = table[in.count(table.length - 1)];
                    matches[i] = new Match(post, score, List.of(shared));
                }
                found.add(List.of(matches));
            }
            in.end();
            if (selected == null) throw new IOException("no digest");
            for (SharedTerm t : table) if (t.field() == null || t.term() == null) throw new IOException("a term is missing");
            m.selected = selected;
            m.found = List.copyOf(found);
        } catch (NullPointerException e) {
            throw new IOException("not a press similar memo: a value is missing", e);
        }
        java.nio.file.Path small = digestFile(file);
        if (java.nio.file.Files.isRegularFile(small)) {
            try (CacheInput in = CacheInput.open(small, DIGEST_FORMAT)) {
                String digest = in.string();
                String of = in.string();
                in.end();
                if (digest != null && m.selected.equals(of)) m.digest = digest; // else the next build compares the selected words
            }
        }
        return m;
    }

    /**
     * Every input's date, key, title and terms (by its head digest when it has one), in input order,
     * spelt ({@link Spelling}) and hashed in pieces of about 64 KB: the part the two digests share, spelt once.
     */
    static String heads(List<SimilarInput> inputs) {
        ContentHash.Stream hash = ContentHash.start();
        Spelling out = new Spelling().add("heads").add(inputs.size());
        for (SimilarInput in : inputs) {
            if (in.headDigest() != null) out.add(true).add(in.headDigest()); // all a light input has of its head
            else head(out.add(false), in);
            if (out.size() > 1 << 16) out.feed(hash); // the hash sees the same bytes in order
        }
        out.feed(hash);
        return hash.hex();
    }

    /** The settings and every input, in order. */
    static String digest(SiteConfig.SimilarConfig config, List<SimilarInput> inputs) {
        return digest(config, inputs, heads(inputs));
    }

    /** As above, with the inputs' {@link #heads} already digested: then each input's words. */
    private static String digest(SiteConfig.SimilarConfig config, List<SimilarInput> inputs, String heads) {
        ContentHash.Stream hash = ContentHash.start();
        Spelling out = new Spelling().add("all").add(config.toString()).add(heads);
        for (SimilarInput in : inputs) {
            if (in.wordsDigest() != null) { // a post's body digest: it changes whenever its words do
                out.add(true).add(in.wordsDigest());
            } else {
                var w = in.words();
                out.add(false).add(w.stems().length);
                for (int i = 0; i < w.stems().length; i++) out.add(w.stems()[i]).add(w.surfaces()[i]).add(w.counts()[i]);
            }
            if (out.size() > 1 << 16) out.feed(hash);
        }
        out.feed(hash);
        return hash.hex();
    }

    /** An input's date, key, title and terms, spelt. */
    private static void head(Spelling out, SimilarInput in) {
        out.add(in.epochSecond()).add(in.key()).add(in.title());
        String[] fields = in.terms().keySet().toArray(new String[0]);
        java.util.Arrays.sort(fields);
        out.add(fields.length);
        for (String field : fields) {
            List<String> terms = in.terms().get(field);
            out.add(field).add(terms.size());
            for (String t : terms) out.add(t);
        }
    }

    /**
     * A digest of what the finder reads of {@code inputs}: the settings, every input's date, key,
     * title and terms ({@link #heads}), and per post (by key) its place in the input and the body
     * words it keeps ({@link WordSelection}, as a set) with their spelling on the site; not the counts
     * that chose them. Two inputs with the same such digest give the same matches.
     */
    static String selectedDigest(SiteConfig.SimilarConfig config, List<SimilarInput> inputs) {
        Integer[] order = SimilarIndex.keyOrder(inputs);
        return selectedDigest(config, inputs, heads(inputs), WordSelection.select(inputs, order, config));
    }

    private static String selectedDigest(SiteConfig.SimilarConfig config, List<SimilarInput> inputs, String heads,
                                         WordSelection.Selected selection) {
        Integer[] order = selection.order();
        Map<String, Integer> ids = selection.ids();
        Map<String, String> spelling = selection.spelling();
        int[][] words = selection.words();
        String[] names = new String[ids.size()];
        ids.forEach((name, id) -> names[id] = name.substring(name.indexOf('\0') + 1));
        ContentHash.Stream hash = ContentHash.start();
        Spelling out = new Spelling().add("selected").add(config.toString()).add(heads).add(inputs.size());
        for (int c = 0; c < order.length; c++) {
            out.add(order[c]);
            String[] kept = new String[words[c].length];
            for (int i = 0; i < kept.length; i++) kept[i] = names[words[c][i]];
            java.util.Arrays.sort(kept);
            out.add(kept.length);
            for (String stem : kept) out.add(stem).add(spelling.get(stem));
            if (out.size() > 1 << 16) out.feed(hash);
        }
        out.feed(hash);
        return hash.hex();
    }
}
