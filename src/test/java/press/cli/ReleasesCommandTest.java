package press.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.publish.Manifest;
import press.publish.Releases;
import press.testing.CliRun;
import press.testing.TestSite;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code press releases}: one line per release, oldest first, {@code *} on the live one, and what each line says. */
class ReleasesCommandTest {
    @TempDir
    Path dir;

    private CliRun press(Path out, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void noReleasesSaysWhereItLooked() {
        Path out = dir.resolve("site");
        CliRun r = press(out, "releases");
        assertEquals(Main.OK, r.code());
        assertEquals("no releases in " + Releases.of(out).folder() + "\n", r.out());
    }

    @Test
    void eachReleaseIsALineOldestFirstWithTheLiveOneStarred() {
        Path out = dir.resolve("site");
        TestSite site = new TestSite(dir.resolve("src")).config("title: t\n").post("a.md", "A", "2024-01-01", "tags: [x, y]");
        assertEquals(Main.OK, press(out, "build", "--source", site.root.toString(), "--folder", "--no-cache").code(), "a plain folder first");
        site.post("b.md", "B", "2024-01-02");
        assertEquals(Main.OK, press(out, "build", "--source", site.root.toString(), "--no-cache").code());
        site.post("c.md", "C", "2024-01-03");
        assertEquals(Main.OK, press(out, "build", "--source", site.root.toString(), "--no-cache").code());
        assertEquals(Main.OK, press(out, "rollback").code());

        List<Releases.Release> all = Releases.of(out).list();
        CliRun r = press(out, "releases");
        assertEquals(Main.OK, r.code(), r.err());
        Manifest second = all.get(1).manifest().orElseThrow();
        Manifest third = all.get(2).manifest().orElseThrow();
        assertEquals("  " + all.get(0).id() + "  (a folder from before releases, no build.json)\n"
                + "* " + all.get(1).id() + "  " + ReleasesCommand.summary(second) + "\n"
                + "  " + all.get(2).id() + "  " + ReleasesCommand.summary(third) + "\n", r.out());
        assertTrue(all.get(0).id().endsWith("-folder"), all.get(0).id());
        String files = second.counts().files() + " files, " + second.counts().pages() + " pages, 2 posts, 2 terms; content "
                + second.content().substring(0, 12) + ", templates " + second.templates().substring(0, 12) + ", config "
                + second.config().substring(0, 12) + "; press " + Manifest.PRESS_VERSION;
        assertEquals(files, ReleasesCommand.summary(second));
    }

    @Test
    void aSummaryShortensHashesToTwelveDigitsAndShowsAMissingConfigAsADash() {
        Manifest m = new Manifest("0.0.9", "", "abc", "0123456789abcdef", new Manifest.Counts(1, 1, 1, 0), null, new java.util.TreeMap<>());
        assertEquals("1 file, 1 page, 1 post, 0 terms; content abc, templates 0123456789ab, config -; press 0.0.9", ReleasesCommand.summary(m));
    }
}
