package press.similar;

import press.model.BodyIndex;

import java.util.List;
import java.util.Map;

/**
 * What the finder knows of one post.
 *
 * @param epochSecond publication time, for the "no newer posts" setting and the date fallback
 * @param key         unique, stable name of the post (its slug): the last tie-break
 * @param terms       field name ("tags", "stack", "primary_stack", "tools", "entities", "problem", "title")
 *                    to its normalised terms
 * @param title       the post title, only to tell near-duplicates apart ("" turns that check off)
 * @param words       the counted stems of the title and body (field "words"; the index keeps the strongest by tf-idf)
 * @param wordsDigest a digest that changes whenever {@code words} does ({@link BodyIndex#digest()}), or null: the
 *                    {@link SimilarMemo} compares it instead of spelling the words
 * @param headDigest  a digest that changes whenever {@code epochSecond}, {@code key}, {@code terms} or
 *                    {@code title} do ({@code Post.Digests#similar}), or null: the memo compares it instead of
 *                    spelling them. An input with one may leave its terms and title out ({@link #light}): the
 *                    memo reads neither, and the finder is given the whole inputs
 */
public record SimilarInput(long epochSecond, String key, Map<String, List<String>> terms, String title,
                           BodyIndex.Words words, String wordsDigest, String headDigest) {

    public SimilarInput {
        terms = Map.copyOf(terms);
        title = title == null ? "" : title;
        words = words == null ? BodyWords.none() : words;
    }

    /** An input whose head (date, key, title, terms) the memo spells out. */
    public SimilarInput(long epochSecond, String key, Map<String, List<String>> terms, String title, BodyIndex.Words words,
                        String wordsDigest) {
        this(epochSecond, key, terms, title, words, wordsDigest, null);
    }

    /** This input without its terms and title, which its {@link #headDigest} stands for in the memo (it must have one). */
    public SimilarInput light() {
        if (headDigest == null) throw new IllegalStateException("an input without a head digest needs its terms and title");
        return new SimilarInput(epochSecond, key, Map.of(), "", words, wordsDigest, headDigest);
    }

    /** An input whose words the memo spells out. */
    public SimilarInput(long epochSecond, String key, Map<String, List<String>> terms, String title, BodyIndex.Words words) {
        this(epochSecond, key, terms, title, words, null);
    }

    /** An input without body words. */
    public SimilarInput(long epochSecond, String key, Map<String, List<String>> terms, String title) {
        this(epochSecond, key, terms, title, BodyWords.none());
    }

    /** An input without a title: it is never treated as a near-duplicate of another post. */
    public SimilarInput(long epochSecond, String key, Map<String, List<String>> terms) {
        this(epochSecond, key, terms, "", BodyWords.none());
    }

    /** Terms of one field, or an empty list. */
    public List<String> terms(String field) {
        return terms.getOrDefault(field, List.of());
    }
}
