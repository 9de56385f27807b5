package press.similar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Human-readable reasons for a post's similar-post links, for {@code press similar SLUG --explain}. */
public final class Explanation {
    private Explanation() {}

    /**
     * One line per link: {@code rank. key  score  field:term, field:term, ...}; a link with no
     * shared term says it came from the date fallback.
     */
    public static List<String> lines(SimilarInput post, List<Match> matches, List<SimilarInput> all) {
        List<String> out = new ArrayList<>(matches.size());
        int rank = 1;
        for (Match m : matches) {
            String why = m.shared().isEmpty() ? "(no shared terms: nearest in date)"
                    : m.shared().stream().map(s -> s.field() + ":" + s.term()).collect(Collectors.joining(", "));
            out.add(String.format(Locale.ROOT, "%d. %s  %.3f  %s", rank++, all.get(m.post()).key(), m.score(), why));
        }
        return List.copyOf(out);
    }
}
