package press.pipeline;

import press.testing.TestSite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.model.Schedule;
import press.problem.BuildException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Front matter as Hugo and Jekyll authors write it: TOML, JSON, their keys and date forms, scheduled content. */
class FrontMatterFormsTest {
    @TempDir
    Path dir;

    @Test
    void tomlAndJsonPostsReadLikeYaml() {
        TestSite site = new TestSite(dir)
                .post("t.md", "+++\ntitle = \"From TOML\"\ndate = 2024-01-02T10:00:00Z\ntags = [\"go\"]\n+++\ntoml body\n")
                .post("j.md", "{\n  \"title\": \"From JSON\",\n  \"date\": \"2024-01-03\",\n  \"tags\": [\"go\"]\n}\njson body\n");
        site.build();
        assertTrue(site.read("posts/from-toml/index.html").contains("toml body"));
        assertTrue(site.read("posts/from-json/index.html").contains("json body"));
        assertTrue(site.read("tags/go/index.html").contains("From TOML"));
    }

    @Test
    void everyDateFormHugoAndJekyllSitesUse() {
        TestSite site = new TestSite(dir)
                .post("a.md", "A", "2016-06-03 13:21:02 -0700")
                .post("b.md", "B", "2016-06-04 13:21")
                .post("c.md", "C", "2016-06-05T13:21:02+02:00")
                .post("d.md", "D", "2016-06-06")
                .post("e.md", "+++\ntitle = \"E\"\ndate = 2016-06-07T08:00:00Z\n+++\n");
        assertEquals(5, site.build().posts());
        assertTrue(site.read("posts/a/index.html").contains("datetime=\"2016-06-03\""));
        assertTrue(site.read("posts/e/index.html").contains("datetime=\"2016-06-07\""));
    }

    @Test
    void tomlAndJsonErrorsPointIntoTheFile() {
        TestSite site = new TestSite(dir)
                .post("t.md", "+++\ntitle = \"x\"\ndate = = 2\n+++\n")
                .post("j.md", "{\"title\": \"x\", \"date\": \"2024-13-01\"}\n")
                .post("k.md", "{\"title\": \"x\",\n \"date\": \"2024-01-01\"\n \"tags\": [\"a\"]}\nBody {with braces}\n");
        BuildException e = assertThrows(BuildException.class, site::build);
        List<String> lines = e.lines();
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("content/posts/j.md:1:24: date: expected a date"), lines.get(0));
        assertEquals("content/posts/k.md:3:2: invalid JSON: a quote (\") after a value, expected a comma between fields, or } at the end", lines.get(1),
                "a JSON syntax error at its line and column, not at 1:1");
        assertEquals("content/posts/t.md:3:8: invalid TOML: a second = after date, expected one = between the key and its value", lines.get(2));
    }

    @Test
    void publishDateAndExpiryDateAreJudgedAgainstTheGivenNow() {
        TestSite site = new TestSite(dir)
                .post("now.md", "Now", "2024-01-01")
                .post("later.md", "Later", "2024-01-01", "publishDate: 2030-01-01")
                .post("gone.md", "Gone", "2024-01-01", "expiryDate: 2025-01-01")
                .file("content/soon.md", "---\ntitle: Soon\npublishDate: 2030-01-01\n---\n");
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        BuildResult r = Build.run(new BuildOptions(site.root, site.root.resolve("site"), null, false, 2, new Schedule(now, false, false)));
        assertEquals(1, r.posts());
        assertEquals(0, r.contentPages());
        assertFalse(site.exists("posts/later/index.html") || site.exists("posts/gone/index.html") || site.exists("soon/index.html"));
        r = Build.run(new BuildOptions(site.root, site.root.resolve("site"), null, false, 2, new Schedule(now, true, true)));
        assertEquals(3, r.posts());
        assertEquals(1, r.contentPages());
        assertEquals(3, site.build().posts(), "without a now nothing is left out for its dates");
    }

    @Test
    void jekyllKeysPublishedExcerptAndCategories() {
        TestSite site = new TestSite(dir)
                .post("2024-01-05-hello.markdown", "---\ntitle: Hello\ncategories: news releases\nexcerpt: the short version\n---\nbody\n")
                .post("2024-01-06-hidden.md", "---\ntitle: Hidden\npublished: false\n---\n");
        assertEquals(1, site.build().posts());
        assertTrue(site.read("index.html").contains("the short version"));
        assertTrue(site.exists("categories/news/index.html") && site.exists("categories/releases/index.html"));
        assertTrue(site.read("index.html").contains("<a href=\"/categories/\">Categories</a>"));
    }

    @Test
    void anAliasOnAnotherPagesPathIsAnError() {
        TestSite site = new TestSite(dir)
                .file("content/about.md", "---\ntitle: About\n---\n")
                .file("content/team.md", "---\ntitle: Team\naliases: [/about/]\n---\n");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of("content/team.md:3:11: alias /about/ is also the address of the page content/about.md:1:1, expected each output path once "
                + "(change the alias)"), e.lines());
    }
}
