package press.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.publish.Releases;
import press.testing.CliRun;
import press.testing.TestSite;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code press rollback}: which release it picks without an id, what it says, and what it refuses
 * (each refusal leaves the live release as it was). That a rollback restores the bytes is
 * {@code publish.ReleasesTest}'s.
 */
class RollbackCommandTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("site");
    }

    private CliRun press(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--out", out().toString()));
        return CliRun.of(all.toArray(String[]::new));
    }

    private void build(TestSite site) {
        CliRun r = press("build", "--source", site.root.toString(), "--threads", "2", "--no-cache", "--progress", "never");
        assertEquals(Main.OK, r.code(), r.err());
    }

    private List<String> ids() {
        return Releases.of(out()).list().stream().map(Releases.Release::id).toList();
    }

    @Test
    void withoutAnIdItSwitchesToTheReleaseBeforeTheLiveOneAndSaysWhich() {
        TestSite site = new TestSite(dir.resolve("src")).post("a.md", "A", "2024-01-01");
        build(site);
        site.post("b.md", "B", "2024-01-02");
        build(site);
        site.post("c.md", "C", "2024-01-03");
        build(site);
        List<String> ids = ids();
        assertEquals(3, ids.size());

        CliRun r = press("rollback");
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals("live release: " + ids.get(1) + "\n", r.out());
        assertEquals(ids.get(1), Releases.of(out()).live().orElseThrow());
        CliRun again = press("rollback");
        assertEquals("live release: " + ids.get(0) + "\n", again.out(), "the one before the live one, not before the newest");

        CliRun oldest = press("rollback");
        assertEquals(Main.PROBLEMS, oldest.code());
        assertEquals("press rollback: no release before the live one in " + Releases.of(out()).folder()
                + ", expected one to switch back to\n", oldest.err());
        assertEquals("", oldest.out());
        assertEquals(ids.get(0), Releases.of(out()).live().orElseThrow(), "left as it was");

        CliRun unknown = press("rollback", "20990101T000000Z-nope");
        assertEquals(Main.PROBLEMS, unknown.code());
        assertEquals("press rollback: no release 20990101T000000Z-nope in " + Releases.of(out()).folder() + ", expected one of " + ids + "\n",
                unknown.err());
        assertEquals(ids.get(0), Releases.of(out()).live().orElseThrow(), "left as it was");

        CliRun byId = press("rollback", ids.get(2));
        assertEquals(Main.OK, byId.code(), byId.err());
        assertEquals("live release: " + ids.get(2) + "\n", byId.out(), "forward again by id");
        assertEquals(ids.get(2), Releases.of(out()).live().orElseThrow());
    }

    @Test
    void withNoReleasesThereIsNothingToSwitchTo() {
        CliRun r = press("rollback");
        assertEquals(Main.PROBLEMS, r.code());
        assertEquals("press rollback: no release before the live one in " + Releases.of(out()).folder() + ", expected one to switch back to\n", r.err());
        CliRun byId = press("rollback", "x");
        assertEquals(Main.PROBLEMS, byId.code());
        assertEquals("press rollback: no release x in " + Releases.of(out()).folder() + ", expected one of []\n", byId.err());
    }
}
