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
    public record Reason(String field, String term) {
        // written out, with the values a record's own methods give: those go through method handles, slow until
        // the JIT has compiled them, and a rebuild interns every link's reasons (1.7 % of a one-post rebuild's samples)
        @Override
        public boolean equals(Object o) {
            return o instanceof Reason r && java.util.Objects.equals(field, r.field) && java.util.Objects.equals(term, r.term);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(field) + java.util.Objects.hashCode(term);
        }
    }
}
