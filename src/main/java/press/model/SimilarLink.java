package press.model;

import java.util.List;

/**
 * A link from a post to a similar one.
 *
 * @param why the shared terms that made it similar, strongest first, each with the similar-posts
 *            field it came from ({@code primary_stack}, {@code tags}, ...); how they read on a page
 *            is the theme's business
 */
public record SimilarLink(Post post, double score, List<Reason> why) {
    /** One shared term: {@code field} is the similar-posts field name, {@code term} the value. */
    public record Reason(String field, String term) {}
}
