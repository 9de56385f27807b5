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
        // its title, problem, summary and body's search terms: by its origin (what it was parsed from) when it has one
        if (p.digests() != null) s.add(p.digests().origin());
        else s.add(p.title()).add(p.problem()).add(p.summary()).add(p.index().digest());
        for (List<Term> ts : terms.values()) {
            s.add(ts.size());
            for (Term t : ts) s.add(t.name()); // a term's name is the site's (its spellings across posts)
        }
        return s.digest();
    }
}
