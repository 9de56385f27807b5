package press.model;

/**
 * What a post's body gives the site-wide indexes, made once when the body is rendered (from its
 * {@link BodyText}) and kept with the post, so neither similar posts nor search render a body again.
 *
 * @param words  the body's and title's counted word stems, for similar posts
 * @param search the body's search terms with their scores
 */
public record BodyIndex(Words words, SearchTerms search) {
    public static final BodyIndex NONE = new BodyIndex(new Words(new String[0], new String[0], new int[0]),
            new SearchTerms(new String[0], new byte[0]));

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
