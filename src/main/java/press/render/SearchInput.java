package press.render;

import press.model.Post;
import press.model.Term;

import java.util.List;
import java.util.Map;

/** What a post's search scores are made from, as a digest: {@link SearchPostings} scores again only the posts whose digest changed. */
final class SearchInput {
    private SearchInput() {}

    /** A digest of what {@link SearchIndexWriter#scores} reads of a post: equal digests, equal scores. */
    static String digest(Post p, Map<String, List<Term>> terms) {
        RouteKey s = new RouteKey("search input");
        s.add(p.title());
        for (List<Term> ts : terms.values()) {
            s.add(ts.size());
            for (Term t : ts) s.add(t.name());
        }
        s.add(p.problem()).add(p.summary());
        s.add(p.index().digest()); // stands for the body's search terms and scores (BodyIndex)
        return s.digest();
    }
}
