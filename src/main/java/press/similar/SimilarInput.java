package press.similar;

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
 */
public record SimilarInput(long epochSecond, String key, Map<String, List<String>> terms, String title) {

    public SimilarInput {
        terms = Map.copyOf(terms);
        title = title == null ? "" : title;
    }

    /** An input without a title: it is never treated as a near-duplicate of another post. */
    public SimilarInput(long epochSecond, String key, Map<String, List<String>> terms) {
        this(epochSecond, key, terms, "");
    }

    /** Terms of one field, or an empty list. */
    public List<String> terms(String field) {
        return terms.getOrDefault(field, List.of());
    }
}
