package press.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.CliRun;
import press.testing.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code press similar SLUG}: the post's title then its links ranked, or with --explain the
 * reasons; an unknown slug, a broken site and --threads 0 refused. The scores are
 * {@code similar.*Test}'s.
 */
class SimilarCommandTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void site() {
        site = new TestSite(dir.resolve("src"))
                .post("a.md", "Caching with Redis", "2024-01-01", "tags: [redis, caching]")
                .post("b.md", "Redis caching patterns", "2024-01-02", "tags: [redis, caching]")
                .post("c.md", "Go channels", "2024-01-03", "tags: [go]")
                .post("d.md", "Secret redis draft", "2024-01-04", "tags: [redis, caching]", "draft: true");
    }

    private static CliRun similar(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("similar", "--source", site.root.toString(), "--threads", "2"));
        all.addAll(java.util.List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void theTitleThenOneRankedLinePerSimilarPost() {
        CliRun r = similar("caching-with-redis");
        assertEquals(Main.OK, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("Caching with Redis", lines[0]);
        assertEquals("  1. redis-caching-patterns  Redis caching patterns", lines[1], r.out());
        for (int i = 1; i < lines.length; i++) assertTrue(lines[i].startsWith("  " + i + ". "), r.out());
        assertFalse(r.out().contains("secret-redis-draft"), "drafts are left out: " + r.out());
        assertTrue(similar("caching-with-redis", "--drafts").out().contains("secret-redis-draft  Secret redis draft"), "unless --drafts");
        assertFalse(Files.exists(site.root.resolve("site")), "similar writes nothing");
    }

    @Test
    void explainGivesTheReasonOfEachLink() {
        CliRun r = similar("caching-with-redis", "--explain");
        assertEquals(Main.OK, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("Caching with Redis", lines[0]);
        assertTrue(lines[1].startsWith("  1. redis-caching-patterns ") && lines[1].contains("tags:redis"), r.out());
    }

    @Test
    void anUnknownSlugIsAProblemThatSaysWhereSlugsComeFrom() {
        CliRun r = similar("caching");
        assertEquals(Main.PROBLEMS, r.code());
        assertEquals("press similar: no post has the slug \"caching\", expected the name in its URL posts/SLUG/\n", r.err());
        assertEquals("", r.out());
        CliRun draft = similar("secret-redis-draft");
        assertEquals(Main.PROBLEMS, draft.code(), "a draft has no page without --drafts");
    }

    @Test
    void aSiteThatDoesNotBuildIsAProblemWithItsLines(@TempDir Path other) {
        TestSite broken = new TestSite(other).post("a.md", "---\ndate: 2024-01-01\n---\n");
        CliRun r = CliRun.of("similar", "a", "--source", broken.root.toString());
        assertEquals(Main.PROBLEMS, r.code());
        assertEquals("content/posts/a.md:2:1: title: required, expected the post's title as text\n", r.err());
        CliRun threads = CliRun.of("similar", "caching-with-redis", "--source", site.root.toString(), "--threads", "0");
        assertEquals(Main.USAGE, threads.code());
        assertEquals("press similar: --threads must be 1 or more\n", threads.err());
    }
}
