package press.content;

import org.junit.jupiter.api.Test;
import press.config.SiteConfig;
import press.model.Post;
import press.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A post's digests ({@link Post.Digests}) stand for its fields in page keys and the similar-posts
 * memo, so each must change with every field it stands for and with nothing else.
 */
class PostDigestsTest {
    private static final String POST = """
            ---
            title: Caching pages
            date: 2024-01-02
            summary: How to cache.
            tags: [caching, php]
            stack: [php]
            ---
            The body.
            """;

    private static Post.Digests digests(PostParser parser, String file, String text) {
        return parser.parse(Path.of("content/posts/" + file), text.getBytes(StandardCharsets.UTF_8), new Problems()).orElseThrow().digests();
    }

    private static Post.Digests digests(String text) {
        return digests(new PostParser(SiteConfig.defaults(), PostParser.Indexer.NONE), "a.md", text);
    }

    @Test
    void theSameFileGivesTheSameDigests() {
        assertEquals(digests(POST), digests(POST));
    }

    @Test
    void aBodyEditChangesTheOriginOnly() {
        Post.Digests before = digests(POST);
        Post.Digests after = digests(POST + "One more line.\n");
        assertNotEquals(before.origin(), after.origin());
        assertEquals(before.listed(), after.listed(), "a list shows no body");
        assertEquals(before.similar(), after.similar(), "body words have digests of their own");
    }

    @Test
    void eachDigestFollowsItsFields() {
        Post.Digests before = digests(POST);
        Post.Digests summary = digests(POST.replace("How to cache.", "How to cache pages."));
        assertNotEquals(before.listed(), summary.listed());
        assertEquals(before.similar(), summary.similar());
        Post.Digests tags = digests(POST.replace("[caching, php]", "[caching, go]"));
        assertEquals(before.listed(), tags.listed());
        assertNotEquals(before.similar(), tags.similar());
        Post.Digests title = digests(POST.replace("Caching pages", "Caching whole pages"));
        assertNotEquals(before.listed(), title.listed());
        assertNotEquals(before.similar(), title.similar());
        Post.Digests date = digests(POST.replace("2024-01-02", "2024-01-03"));
        assertNotEquals(before.listed(), date.listed());
        assertNotEquals(before.similar(), date.similar());
        Post.Digests stack = digests(POST.replace("stack: [php]", "stack: [php, mysql]"));
        assertNotEquals(before.similar(), stack.similar());
        Post.Digests minutes = digests(POST.replace("summary:", "reading_time: 9\nsummary:"));
        assertNotEquals(before.listed(), minutes.listed());
        for (Post.Digests d : new Post.Digests[] {summary, tags, title, date, stack, minutes}) assertNotEquals(before.origin(), d.origin());
    }

    @Test
    void theOriginHoldsThePathTheConfigAndTheKindOfSite() {
        PostParser parser = new PostParser(SiteConfig.defaults(), PostParser.Indexer.NONE);
        Post.Digests a = digests(parser, "a.md", POST);
        assertNotEquals(a.origin(), digests(parser, "b.md", POST).origin(), "another file");
        SiteConfig other = SiteConfig.defaults().withBaseUrl("https://example.org/blog/");
        assertNotEquals(a.origin(), digests(new PostParser(other, PostParser.Indexer.NONE), "a.md", POST).origin(), "another config");
        PostParser hugo = new PostParser(SiteConfig.defaults(), PostParser.Indexer.NONE, Cascade.NONE, true);
        assertNotEquals(a.origin(), digests(hugo, "a.md", POST).origin(), "a Hugo site's post");
        assertEquals(a.listed(), digests(hugo, "a.md", POST).listed());
    }
}
