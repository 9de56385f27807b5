package press.content;

import press.digest.Spelling;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The parts of {@link press.model.Post.Digests} made from a post's fields, spelt as their readers would read them. */
final class PostDigests {
    /**
     * Each thread's spelling, emptied for each digest: a new one (its 2 KB buffer) for each of a post's
     * three digests was 750 MB more garbage at 100,000 posts.
     */
    private static final ThreadLocal<Spelling> SPELLING = ThreadLocal.withInitial(Spelling::new);

    private PostDigests() {}

    /** This thread's spelling, empty: a digest is spelt and taken ({@link Spelling#hex}) before the next is begun. */
    static Spelling spelling() {
        return SPELLING.get().reset();
    }

    /** {@link press.model.Post.Digests#listed}: what a list or a link shows of a post. */
    static String listed(String title, OffsetDateTime date, String summary, int minutes) {
        return spelling().add("post listed 1").add(title).add(date).add(summary).add(minutes).hex();
    }

    /**
     * {@link press.model.Post.Digests#similar}: what {@code similar.SimilarTerms.of(Post)} reads of a
     * post besides its body words, as written: equal digests, equal similar-post terms.
     */
    static String similar(OffsetDateTime date, String slug, String title, String problem, Map<String, List<String>> terms,
                          List<String> entities) {
        Spelling s = spelling().add("post similar 1").add(date == null ? Long.MIN_VALUE : date.toEpochSecond())
                .add(slug).add(title).add(problem);
        for (String field : List.of("tags", "stack", "tools")) list(s, terms.getOrDefault(field, List.of()));
        list(s, entities);
        return s.hex();
    }

    private static void list(Spelling s, List<String> values) {
        s.add(values.size());
        for (String v : values) s.add(v);
    }
}
