package press.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.publish.Releases;
import press.testing.CliRun;
import press.testing.TestSite;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code press diff A B}: the count line's words, and the refusals (an unknown id, a release
 * without build.json), each naming what was expected. Which pages differ is
 * {@code publish.ReleasesTest}'s and {@code publish.ManifestDiffTest}'s.
 */
class DiffCommandTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static List<String> ids;

    private static Path out() {
        return dir.resolve("site");
    }

    private static CliRun press(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--out", out().toString()));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static void build(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--source", site.root.toString(), "--threads", "2", "--no-cache"));
        args.addAll(List.of(extra));
        CliRun r = press(args.toArray(String[]::new));
        assertEquals(Main.OK, r.code(), r.err());
    }

    /** Three releases: a plain folder migrated in, then the same site, then one with a static file added. */
    @BeforeAll
    static void releases() {
        site = new TestSite(dir.resolve("src")).post("a.md", "A", "2024-01-01");
        build("--folder");
        build();
        site.file("static/notes.txt", "a file that is not a page");
        build();
        ids = Releases.of(out()).list().stream().map(Releases.Release::id).toList();
        assertEquals(3, ids.size());
    }

    @Test
    void theCountLineSaysPagesOrFilesSingularForOne() {
        CliRun same = press("diff", ids.get(2), ids.get(2));
        assertEquals(Main.OK, same.code(), same.err());
        assertEquals("0 added, 0 changed, 0 removed pages\n", same.out());
        assertEquals("0 added, 0 changed, 0 removed files\n", press("diff", ids.get(2), ids.get(2), "--all").out());

        CliRun pages = press("diff", ids.get(1), ids.get(2));
        assertEquals(Main.OK, pages.code(), pages.err());
        assertEquals("0 added, 0 changed, 0 removed pages\n", pages.out(), "a static file is no page");
        CliRun one = press("diff", ids.get(1), ids.get(2), "--all");
        assertEquals("+ notes.txt\n1 added, 0 changed, 0 removed file\n", one.out());
        assertEquals("", one.err());
        assertEquals("- notes.txt\n0 added, 0 changed, 1 removed file\n", press("diff", ids.get(2), ids.get(1), "--all").out());
    }

    @Test
    void unknownReleasesAndOnesWithoutAManifestAreRefusedWithTheReason() {
        CliRun unknown = press("diff", "nope", ids.get(2));
        assertEquals(Main.PROBLEMS, unknown.code());
        assertEquals("press diff: no release nope, expected one of " + ids + "\n", unknown.err());
        assertEquals("", unknown.out());

        CliRun both = press("diff", "x", "y");
        assertEquals("press diff: no release x, expected one of " + ids + "\npress diff: no release y, expected one of " + ids + "\n", both.err(),
                "both named at once");

        CliRun folder = press("diff", ids.get(0), ids.get(2));
        assertEquals(Main.PROBLEMS, folder.code());
        assertEquals("press diff: release " + ids.get(0) + " has no build.json (a folder from before releases)\n", folder.err());
        assertEquals("", folder.out());
    }
}
