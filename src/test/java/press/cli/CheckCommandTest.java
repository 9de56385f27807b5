package press.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.CliRun;
import press.testing.TestSite;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code press check}'s own decisions: what it prints when there is nothing wrong, that its
 * options (--drafts, --env, --threads) reach the check, and the count line. What the check finds
 * is {@code site.CheckSiteTest}'s.
 */
class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void aGoodSiteSaysSoOnStandardOutput() {
        TestSite site = new TestSite(dir).post("a.md", "A", "2024-01-01");
        CliRun r = CliRun.of("check", "--source", site.root.toString(), "--threads", "2");
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals("press check: no problems\n", r.out());
        assertEquals("", r.err());
        assertFalse(Files.exists(site.root.resolve("site")), "check writes nothing");
        assertFalse(Files.exists(site.root.resolve(".press-cache")), "not even a cache");
    }

    @Test
    void draftsAreCheckedOnlyWithDrafts() {
        TestSite site = new TestSite(dir).post("a.md", "A", "2024-01-01")
                .post("d.md", "---\ntitle: D\ndate: 2024-01-02\ndraft: true\n---\nsee [gone](/posts/gone/)\n");
        assertEquals(Main.OK, CliRun.of("check", "--source", site.root.toString(), "--threads", "2").code(), "a draft is not published");
        CliRun r = CliRun.of("check", "--source", site.root.toString(), "--threads", "2", "--drafts");
        assertEquals(Main.PROBLEMS, r.code());
        assertEquals("", r.out());
        assertEquals("content/posts/d.md:6:12: link /posts/gone/: no page of the site has this address (posts/gone/index.html), "
                + "expected a post, list or static file\npress check: 1 problem\n", r.err());
    }

    @Test
    void anUnknownEnvironmentIsAProblemOfTheCheck() {
        TestSite site = new TestSite(dir).post("a.md", "A", "2024-01-01").config("environments:\n  live: {base_url: https://example.org/}\n");
        CliRun r = CliRun.of("check", "--source", site.root.toString(), "--threads", "2", "--env", "staging");
        assertEquals(Main.PROBLEMS, r.code());
        assertEquals("--env: no environment \"staging\" in content/site.yaml, expected one of [live]\npress check: 1 problem\n", r.err());
        assertEquals(Main.OK, CliRun.of("check", "--source", site.root.toString(), "--threads", "2", "--env", "live").code());
    }

    @Test
    void noThreadsIsAUsageError() {
        CliRun r = CliRun.of("check", "--source", dir.toString(), "--threads", "0");
        assertEquals(Main.USAGE, r.code());
        assertEquals("press check: --threads must be 1 or more\n", r.err());
        assertEquals("", r.out());
    }
}
