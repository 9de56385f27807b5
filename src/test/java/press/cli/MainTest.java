package press.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.pipeline.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void buildSucceedsWithASummary() {
        TestSite site = new TestSite(dir).post("a.md", "A", "2024-01-01");
        CliRun r = run("build", "--source", site.root.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("built 6 pages, 18 files (1 posts, 0 terms) in "), "[" + r.out() + "][" + r.err() + "]");
        assertTrue(Files.exists(site.root.resolve("site/posts/a/index.html")));
    }

    @Test
    void contentProblemsExitOneAndListEveryProblem() {
        TestSite site = new TestSite(dir).post("a.md", "---\ndate: 2024-01-01\n---\n").post("b.md", "---\ntitle: b\ndate: nope\n---\n");
        Path out = dir.resolve("out");
        CliRun r = run("build", "--source", site.root.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("content/posts/a.md:2:1: title: required, expected the post's title as text\n"
                + "content/posts/b.md:3:7: date: expected a date like 2024-05-01 or 2024-05-01T10:00:00Z, got \"nope\"\n"
                + "press build: failed, 2 problem(s); "), r.err());
        assertTrue(Files.notExists(out), "nothing written");
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run().code());
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run("nosuchcommand").code());
        assertEquals(2, run("build", "--threads", "0").code());
    }

    @Test
    void everyCommandHasHelp() {
        CliRun r = run("build", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--base-url=URL"), r.out());
        assertTrue(r.out().contains("--drafts"), r.out());
        assertEquals(0, run("--help").code());
    }
}
