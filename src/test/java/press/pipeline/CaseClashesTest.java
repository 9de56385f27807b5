package press.pipeline;

import org.junit.jupiter.api.Test;

import press.config.SiteConfig;
import press.content.PostParser;
import press.model.Post;
import press.model.Site;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slugs and taxonomy terms that differ only in case: one problem per later spelling, naming the first. */
class CaseClashesTest {
    private static final SiteConfig CONFIG = SiteConfig.defaults();

    private static Post post(String file, String frontMatter) {
        Problems p = new Problems();
        Post post = new PostParser(CONFIG, PostParser.Indexer.NONE).parse(Path.of(file),
                ("---\ntitle: T\ndate: 2024-01-01\n" + frontMatter + "---\nbody\n").getBytes(StandardCharsets.UTF_8), p).orElseThrow();
        assertTrue(p.isEmpty(), p.sorted().toString());
        return post;
    }

    private static List<String> check(Post... posts) {
        Site site = new Site(CONFIG, List.of(posts), List.of(), Map.of(), Map.of(), List.of(), List.of(), null, List.of(), List.of(), Map.of());
        Problems problems = new Problems();
        CaseClashes.check(site, problems);
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void distinctSlugsAndTermsPass() {
        assertEquals(List.of(), check(post("content/posts/a.md", "tags: [Java, go]\n"), post("content/posts/b.md", "tags: [Java, rust]\n"),
                post("content/posts/c.md", "stack: [go]\ntags: [go]\n")));
    }

    @Test
    void slugsDifferingOnlyInCaseClashInSourceOrder() {
        assertEquals(List.of("content/posts/b.md: slug \"Hello\" differs only in case from \"hello\" of content/posts/a.md, "
                        + "expected slugs that differ in more than case"),
                check(post("content/posts/b.md", "slug: Hello\n"), post("content/posts/a.md", "slug: hello\n")));
    }

    @Test
    void termsDifferingOnlyInCaseClashPerTaxonomy() {
        List<String> problems = check(post("content/posts/a.md", "tags: [Java]\n"), post("content/posts/b.md", "tags: [java, ' Java ']\n"),
                post("content/posts/c.md", "stack: [JAVA]\n"));
        assertEquals(List.of("content/posts/b.md: tags: \"java\" differs only in case from \"Java\" in content/posts/a.md, expected one spelling"),
                problems, "the same spelling with spaces is the same term; another taxonomy is another namespace");
    }

    @Test
    void eachLaterSpellingIsNamed() {
        List<String> problems = check(post("content/posts/a.md", "tags: [CI]\n"), post("content/posts/b.md", "tags: [ci]\n"),
                post("content/posts/c.md", "tags: [Ci]\n"));
        assertEquals(List.of(
                "content/posts/b.md: tags: \"ci\" differs only in case from \"CI\" in content/posts/a.md, expected one spelling",
                "content/posts/c.md: tags: \"Ci\" differs only in case from \"CI\" in content/posts/a.md, expected one spelling"), problems);
    }
}
