package press.similar;

import java.util.List;
import java.util.Map;

/**
 * What the finder knows of one post.
 *
 * @param epochSecond publication time, for the "no newer posts" setting and as a tie-break
 * @param key         unique, stable name of the post (its slug): the last tie-break
 * @param terms       field name ("tags", "stack", "tools", "entities", "problem", "title") to its terms
 */
public record SimilarInput(long epochSecond, String key, Map<String, List<String>> terms) {}
