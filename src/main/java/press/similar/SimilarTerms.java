package press.similar;

import press.model.Post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The terms of a post that similar-post scoring looks at. (First version; the engine's owner refines it.) */
public final class SimilarTerms {
    private SimilarTerms() {}

    public static SimilarInput of(Post post) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        terms.put("tags", post.terms("tags"));
        terms.put("stack", post.terms("stack"));
        terms.put("tools", post.terms("tools"));
        terms.put("entities", post.entities());
        terms.put("problem", post.problem().isEmpty() ? List.of() : List.of(post.problem()));
        return new SimilarInput(post.date().toEpochSecond(), post.slug(), terms);
    }
}
