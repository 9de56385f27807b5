package press.cli;

import press.testing.CliRun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.TestSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code press config migrate} on disk, and the build's warning for a renamed key. */
class ConfigCommandTest {
    @TempDir
    Path dir;

    @Test
    void migrateRewritesInPlaceOnceAndDryRunWritesNothing() throws Exception {
        String old = "# the site\ntitle: t   # its name\nbaseURL: https://example.org/\n";
        TestSite site = new TestSite(dir).config(old).post("a.md", "A", "2024-01-01");
        Path yaml = site.root.resolve("content/site.yaml");

        CliRun build = CliRun.of("build", "--source", site.root.toString(), "--no-cache");
        assertEquals(0, build.code(), build.err());
        assertTrue(build.err().contains("warning: content/site.yaml:3:1: key \"baseURL\" is renamed \"base_url\", expected \"base_url\" "
                + "(press config migrate rewrites it)\n"), build.err());
        assertTrue(site.read("index.html").contains("https://example.org/"), "the old key still reads");

        CliRun dry = CliRun.of("config", "migrate", "--source", site.root.toString(), "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertEquals("content/site.yaml:2:1: version: 1 added\ncontent/site.yaml:3:1: baseURL -> base_url\n"
                + "press config migrate --dry-run: 2 change(s) to make, nothing written\n", dry.out());
        assertEquals(old, Files.readString(yaml, StandardCharsets.UTF_8));

        CliRun r = CliRun.of("config", "migrate", "--source", site.root.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().endsWith("press config migrate: 2 change(s) written to content/site.yaml\n"), r.out());
        assertEquals("# the site\nversion: 1\ntitle: t   # its name\nbase_url: https://example.org/\n", Files.readString(yaml, StandardCharsets.UTF_8));
        try (var s = Files.list(yaml.getParent())) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().contains("site.yaml")).count(), "no temporary file left");
        }

        CliRun again = CliRun.of("config", "migrate", "--source", site.root.toString());
        assertEquals("press config migrate: content/site.yaml is up to date (version 1)\n", again.out());
        CliRun clean = CliRun.of("build", "--source", site.root.toString(), "--no-cache");
        assertEquals(0, clean.code(), clean.err());
        assertTrue(!clean.err().contains("renamed"), clean.err());
    }

    @Test
    void aNewSiteIsWrittenAtTheCurrentVersion() {
        Path site = dir.resolve("new");
        assertEquals(0, CliRun.of("init", site.toString(), "--date", "2024-01-01").code());
        assertEquals("press config migrate: content/site.yaml is up to date (version 1)\n",
                CliRun.of("config", "migrate", "--source", site.toString()).out());
    }

    @Test
    void migrateRefusesANewerConfigAndLeavesIt() throws Exception {
        TestSite site = new TestSite(dir).config("version: 7\ntitle: t\n");
        CliRun r = CliRun.of("config", "migrate", "--source", site.root.toString());
        assertEquals(1, r.code());
        assertEquals("content/site.yaml:1:10: version: this file is config version 7, this press reads config version 1 and older, "
                + "expected version 1 or a newer press\npress config migrate: 1 problem; content/site.yaml was left as it was\n", r.err());
        assertEquals("version: 7\ntitle: t\n", Files.readString(site.root.resolve("content/site.yaml")));
        CliRun build = CliRun.of("build", "--source", site.root.toString());
        assertEquals(1, build.code());
        assertTrue(build.err().startsWith("content/site.yaml:1:10: version: this file is config version 7"), build.err());
    }
}
