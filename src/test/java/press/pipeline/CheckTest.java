package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@code press check} alone: a build's warning lines become problems at their places; nothing is written. */
class CheckTest {
    @Test
    void aWarningLineIsReadAsAProblemAtItsPlace() {
        assertEquals("content/a.md:3:7: unknown shortcode", Check.problem("content/a.md:3:7: unknown shortcode").toString());
        Problem line = Check.problem("content/a.md:3: no column");
        assertEquals(3, line.pos().line());
        assertEquals(0, line.pos().column());
        Problem file = Check.problem("content/b.md: skipped: an empty file");
        assertEquals("content/b.md", file.pos().file());
        assertEquals("skipped: an empty file", file.message(), "only the first \": \" ends the place");
        Problem none = Check.problem("no place at all");
        assertEquals("", none.pos().file());
        assertEquals("no place at all", none.message());
        assertEquals("a\nb", Check.problem("x.md:1:1: a\nb").message(), "a message of two lines stays whole");
    }

    @Test
    void aCheckWritesNothingAndReportsWhatABuildOnlyWarnsAbout(@TempDir Path site) throws Exception {
        press.testing.TestSite.withTestTheme(site).config("version: 1\ntitle: t\nbase_url: https://example.org/\n")
                .post("2024-01-01-a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nx {{< nosuch >}} [b](/missing/)\n");
        Path out = site.resolve("site");
        Problems problems = Check.run(new BuildOptions(site, out, null, false, 1));
        List<String> lines = problems.sorted().stream().map(Problem::toString).toList();
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("content/posts/2024-01-01-a.md:5:") && l.contains("nosuch")).count(), lines.toString());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("content/posts/2024-01-01-a.md:5:") && l.contains("/missing/")).count(), lines.toString());
        assertFalse(Files.exists(out), "a check writes no output");
    }
}
