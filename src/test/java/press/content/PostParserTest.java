package press.content;

import org.junit.jupiter.api.Test;
import press.config.SiteConfig;
import press.model.MetaValue;
import press.model.Post;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostParserTest {
    private final PostParser parser = new PostParser(SiteConfig.defaults(), PostParser.Indexer.NONE);

    private Optional<Post> parse(String name, String text, Problems problems) {
        return parser.parse(Path.of("content/posts/" + name), text.getBytes(StandardCharsets.UTF_8), problems);
    }

    private List<String> errors(String name, String text) {
        Problems p = new Problems();
        assertTrue(parse(name, text, p).isEmpty(), "a file with problems gives no post");
        return p.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void bindsTheSiteFieldsAndKeepsEveryFieldForTheMetaBox() {
        Problems p = new Problems();
        Post post = parse("a.md", """
                ---
                title: "Rollback <friendly> releases"
                date: 2021-04-08T09:30:00+02:00
                topic: "creating rollback friendly releases / python services"
                summary: short
                ai_outline:
                  problem: creating rollback friendly releases
                tags: [deployment, rollback]
                stack:
                  - python services
                  - backend
                tools: git
                code_language: python
                difficulty: beginner
                revision:
                  last_reviewed: 2022-12-19
                entities:
                  - name: python services
                    type: stack
                unknown_field: {nested: [1, 2]}
                ---
                # Hello

                some words here
                """, p).orElseThrow();
        assertTrue(p.isEmpty(), p.sorted().toString());
        assertEquals("rollback-friendly-releases", post.slug());
        assertEquals(OffsetDateTime.of(2021, 4, 8, 9, 30, 0, 0, ZoneOffset.ofHours(2)), post.date());
        assertEquals(LocalDate.of(2022, 12, 19), post.lastmod());
        assertEquals(List.of("deployment", "rollback"), post.terms("tags"));
        assertEquals(List.of("python services", "backend"), post.terms("stack"));
        assertEquals(List.of("git"), post.terms("tools"), "a single value is a list of one");
        assertEquals("creating rollback friendly releases", post.problem());
        assertEquals(List.of("python services"), post.entities());
        assertEquals(1, post.readingTime(), "computed from the body when absent");
        assertEquals(List.of("title", "date", "topic", "summary", "ai_outline", "tags", "stack", "tools", "code_language",
                "difficulty", "revision", "entities", "unknown_field"),
                post.meta().tree().entries().stream().map(MetaValue.Entry::key).toList());
        assertTrue(post.body().html().contains("<h1 id=\"hello\">Hello</h1>"), post.body().html());
    }

    @Test
    void problemFallsBackToTheTopicBeforeTheSlash() {
        Post post = parse("b.md", "---\ntitle: t\ndate: 2020-01-01\ntopic: caching pages / php sites\n---\n", new Problems()).orElseThrow();
        assertEquals("caching pages", post.problem());
    }

    @Test
    void readingTimeCountsWordsOutsideCode() {
        String words = "word ".repeat(450);
        String code = "x ".repeat(5000);
        Post post = parse("c.md", "---\ntitle: t\ndate: 2020-01-01\n---\n" + words + "\n\n```\n" + code + "\n```\n", new Problems()).orElseThrow();
        assertEquals(3, post.readingTime(), "450 words at 200 a minute, rounded up; code not counted");
    }

    @Test
    void jekyllFileNameGivesDateAndSlug() {
        Post post = parse("2024-01-05-hello-world.md", "---\ntitle: \"!!!\"\n---\nhi\n", new Problems()).orElseThrow();
        assertEquals(LocalDate.of(2024, 1, 5), post.date().toLocalDate());
        assertEquals("hello-world", post.slug());
    }

    @Test
    void hugoStyleMinimalPostAndDrafts() {
        Post post = parse("h.md", "---\ntitle: Hugo post\ndate: 2023-03-01\ndraft: true\ntags: [go]\n---\nbody\n", new Problems()).orElseThrow();
        assertTrue(post.draft());
        assertEquals("hugo-post", post.slug());
        Post jekyll = parse("j.md", "---\ntitle: J\ndate: 2023-03-01 10:20:00 +0100\npublished: false\n---\n", new Problems()).orElseThrow();
        assertTrue(jekyll.draft());
        assertEquals(OffsetDateTime.of(2023, 3, 1, 10, 20, 0, 0, ZoneOffset.ofHours(1)), jekyll.date());
    }

    @Test
    void wrongTypesAreReportedAtTheirLineInTheFileNotTheBlock() {
        assertEquals(List.of(
                "content/posts/bad.md:3:7: date: expected a date like 2024-05-01 or 2024-05-01T10:00:00Z, got \"2021-02-30\"",
                "content/posts/bad.md:4:1: tags: expected a list of text, got a map",
                "content/posts/bad.md:6:15: reading_time: expected a whole number from 0 to 100000, got \"soon\"",
                "content/posts/bad.md:7:8: draft: expected true or false, got \"maybe\"",
                "content/posts/bad.md:10:5: stack[1]: expected text (an item of a list of text), got a list",
                "content/posts/bad.md:11:11: revision: expected a map of named values, got \"yesterday\""),
                errors("bad.md", """
                        ---
                        title: fine
                        date: 2021-02-30
                        tags:
                          a: b
                        reading_time: soon
                        draft: maybe
                        stack:
                          - ok
                          - [x]
                        revision: yesterday
                        ---
                        body
                        """));
    }

    @Test
    void missingTitleAndDate() {
        assertEquals(List.of("content/posts/x.md:2:1: date: required, expected a date like 2024-05-01 or 2024-05-01T10:00:00Z",
                        "content/posts/x.md:2:1: title: required, expected the post's title as text"),
                errors("x.md", "---\nsummary: s\n---\n"));
    }

    @Test
    void frontMatterShapeErrors() {
        assertEquals(List.of("content/posts/n.md:1:1: expected front matter: a first line of ---, then YAML (title, date, ...), then a line of --- "
                + "(or TOML between +++ lines, or a JSON object)"),
                errors("n.md", "# just markdown\n"));
        assertEquals(List.of("content/posts/u.md:1:1: front matter is never closed, expected a line of --- after the YAML"),
                errors("u.md", "---\ntitle: x\n"));
        assertEquals(List.of("content/posts/y.md:3:8: invalid YAML: a colon in the value of date, which YAML reads as the start of a key, "
                + "expected the value in quotes: date: \"b: c\""),
                errors("y.md", "---\ntitle: a\ndate: b: c\n---\n"));
        assertEquals(List.of("content/posts/l.md:2:1: front matter: expected a map of fields (title: ..., date: ...)"),
                errors("l.md", "---\n- a\n- b\n---\n"));
        assertEquals(List.of("content/posts/e.md:2:1: date: required, expected a date like 2024-05-01 or 2024-05-01T10:00:00Z",
                        "content/posts/e.md:2:1: title: required, expected the post's title as text"),
                errors("e.md", "---\n---\nbody\n"), "an empty block is read, and a post's required fields are missing");
    }

    @Test
    void notUtf8IsOneClearProblem() {
        Problems p = new Problems();
        byte[] latin1 = "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        assertFalse(parser.parse(Path.of("content/posts/l1.md"), latin1, p).isPresent());
        assertEquals(List.of("content/posts/l1.md:1: not UTF-8 text, expected a UTF-8 Markdown file"),
                p.sorted().stream().map(Problem::toString).toList());
    }

    @Test
    void badSlugIsRejected() {
        assertEquals(List.of("content/posts/s.md:4:7: slug: expected letters, digits, '-', '_' or '.', got \"../etc\""),
                errors("s.md", "---\ntitle: t\ndate: 2020-01-01\nslug: ../etc\n---\n"));
    }

    @Test
    void crlfAndBomAreAccepted() {
        Post post = parse("w.md", "\uFEFF---\r\ntitle: Windows\r\ndate: 2020-01-01\r\n---\r\nbody\r\n", new Problems()).orElseThrow();
        assertEquals("windows", post.slug());
    }
}
