package press.model;

import java.util.List;

/**
 * A link from a post to a similar one.
 *
 * @param why the shared terms that made it similar, strongest first, e.g. "stack: python services"
 */
public record SimilarLink(Post post, double score, List<String> why) {}
