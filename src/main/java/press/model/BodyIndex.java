package press.model;

/**
 * What a post's body gives the site-wide indexes, made once when the body is rendered (from its
 * {@link BodyText}) and kept with the post, so neither similar posts nor search render a body again.
 * Its {@link #digest()} stands for all of it in the digests that tell whether a cached result can
 * be kept ({@code similar.SimilarMemo}, {@code render.SearchInput}): a post taken from the build
 * cache brings its digest along, so a build does not spell out every post's words again.
 */
public final class BodyIndex {
    public static final BodyIndex NONE = new BodyIndex(new Words(new String[0], new String[0], new int[0]),
            new SearchTerms(new String[0], new byte[0]));

    private volatile Words words;
    private volatile SearchTerms search;
    /** Set once the build that made this index no longer needs it ({@link #spend()}). */
    private volatile boolean spent;
    /** Where the search terms come from when they are not made yet (a post read back from the build cache), else null. */
    private final java.util.function.Supplier<SearchTerms> later;
    private volatile String digest;

    /**
     * @param words  the body's and title's counted word stems, for similar posts
     * @param search the body's search terms with their scores
     */
    public BodyIndex(Words words, SearchTerms search) {
        this(words, search, null);
    }

    /** As above, with the {@link #digest()} already known (read back from the build cache), or null. */
    public BodyIndex(Words words, SearchTerms search, String digest) {
        this.words = java.util.Objects.requireNonNull(words);
        this.search = java.util.Objects.requireNonNull(search);
        this.later = null;
        this.digest = digest;
    }

    /**
     * With the search terms made when first asked for, by {@code later}, and the {@code digest}
     * known: a build that scores only the changed posts for search never needs the others' terms
     * (at 10,000 posts they were most of what reading the post cache made).
     */
    public BodyIndex(Words words, java.util.function.Supplier<SearchTerms> later, String digest) {
        this.words = java.util.Objects.requireNonNull(words);
        this.later = java.util.Objects.requireNonNull(later);
        this.digest = java.util.Objects.requireNonNull(digest);
    }

    public Words words() {
        if (spent) throw spentError();
        return words;
    }

    public SearchTerms search() {
        if (spent) throw spentError();
        SearchTerms s = search;
        if (s == null) search = s = java.util.Objects.requireNonNull(later.get());
        return s;
    }

    /** A digest of the words (stems, spellings, counts) and the search terms (terms, scores), made when first asked. */
    public String digest() {
        String d = digest;
        if (d == null) digest = d = digestOf(words, search());
        return d;
    }

    /**
     * Lets go of the words and search terms: a build without a cache calls it once similar posts and
     * the search index are made, so the pages are written without them in memory (at 100,000 posts
     * ~200 MB). Asking for them afterwards is an error; the digest, if it was made, stays.
     */
    public void spend() {
        if (this == NONE) return; // shared by posts without a body, in every build
        spent = true;
        words = null;
        search = null;
    }

    private IllegalStateException spentError() {
        return new IllegalStateException("a post's body index was asked for after its build let go of it");
    }

    @Override
    public String toString() {
        return "BodyIndex[" + digest() + "]";
    }

    static String digestOf(Words words, SearchTerms search) {
        press.digest.Spelling s = new press.digest.Spelling().add("body index").add(words.size());
        for (int i = 0; i < words.size(); i++) s.add(words.stems()[i]).add(words.surfaces()[i]).add(words.counts()[i]);
        s.add(search.terms().length);
        for (int i = 0; i < search.terms().length; i++) s.add(search.terms()[i]).add(search.scores()[i]);
        return s.hex();
    }

    /**
     * Counted stems, most frequent first.
     *
     * @param stems    the identity of each word
     * @param surfaces per stem, its spelling to show readers
     * @param counts   per stem, its occurrences
     */
    public record Words(String[] stems, String[] surfaces, int[] counts) {
        public int size() {
            return stems.length;
        }
    }

    /**
     * Search terms of the body (headings and text), each with its score, in no particular order.
     *
     * @param terms  lower-case terms, interned
     * @param scores per term, its score (1 to 127)
     */
    public record SearchTerms(String[] terms, byte[] scores) {}
}
