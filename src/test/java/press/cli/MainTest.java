package press.cli;

import press.testing.CliRun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.TestSite;

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
    void aStartAddsOnlyTheCommandItNamesAndHelpSeesThemAll() {
        // each name as its class's own @Command name, so picocli files it as the same command
        Main.COMMANDS.forEach((name, type) -> assertEquals(name, type.getAnnotation(picocli.CommandLine.Command.class).name()));
        assertEquals(java.util.List.of(BuildCommand.class), java.util.List.copyOf(Main.commandsFor("build", "--stats")));
        assertEquals(java.util.List.copyOf(Main.COMMANDS.values()), java.util.List.copyOf(Main.commandsFor("help", "build")));
        assertEquals(java.util.List.copyOf(Main.COMMANDS.values()), java.util.List.copyOf(Main.commandsFor("--help")));
        assertEquals(java.util.List.copyOf(Main.COMMANDS.values()), java.util.List.copyOf(Main.commandsFor()));
        assertEquals(java.util.List.copyOf(Main.COMMANDS.values()), java.util.List.copyOf(Main.commandsFor("biuld")));
        CliRun help = run("--help");
        for (String name : Main.COMMANDS.keySet()) assertTrue(help.out().contains("  " + name + " "), name + " in\n" + help.out());
        CliRun typo = run("biuld");
        assertEquals(Main.USAGE, typo.code());
        assertTrue(typo.err().contains("serve"), typo.err()); // the usage lists every command
        CliRun helpBuild = run("help", "build");
        assertTrue(helpBuild.out().startsWith("Usage: press build "), helpBuild.out());
    }

    @Test
    void buildSucceedsWithASummary() {
        TestSite site = new TestSite(dir).post("a.md", "A", "2024-01-01");
        CliRun r = run("build", "--source", site.root.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("built 9 pages, 21 files (1 post, 0 terms) in "), "[" + r.out() + "][" + r.err() + "]");
        assertTrue(Files.exists(site.root.resolve("site/posts/a/index.html")));
        CliRun again = run("build", "--source", site.root.toString());
        assertTrue(again.out().startsWith("up to date: nothing changed since the last build (9 pages, 21 files) in "), again.out());
    }

    @Test
    void countsOfOneAreSingularEverywhere() {
        TestSite site = new TestSite(dir).post("a.md", "A", "2024-01-01", "tags: [solo]");
        CliRun built = run("build", "--source", site.root.toString());
        assertTrue(built.out().contains(" (1 post, 1 term) in "), built.out());
        CliRun releases = run("releases", "--source", site.root.toString());
        assertTrue(releases.out().contains(" 1 post, 1 term; "), releases.out());
        site.post("b.md", "---\ndate: 2024-01-01\n---\n");
        CliRun failed = run("build", "--source", site.root.toString());
        assertTrue(failed.err().contains("press build: failed, 1 problem; "), failed.err());
        CliRun check = run("check", "--source", site.root.toString());
        assertTrue(check.err().endsWith("press check: 1 problem\n"), check.err());
    }

    @Test
    void contentProblemsExitOneAndListEveryProblem() {
        TestSite site = new TestSite(dir).post("a.md", "---\ndate: 2024-01-01\n---\n").post("b.md", "---\ntitle: b\ndate: nope\n---\n");
        Path out = dir.resolve("out");
        CliRun r = run("build", "--source", site.root.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("content/posts/a.md:2:1: title: required, expected the post's title as text\n"
                + "content/posts/b.md:3:7: date: expected a date like 2024-05-01 or 2024-05-01T10:00:00Z, got \"nope\"\n"
                + "press build: failed, 2 problems; "), r.err());
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

    @org.junit.jupiter.api.Test
    void runningOutOfMemoryIsToldEvenWhenWrapped() {
        org.junit.jupiter.api.Assertions.assertTrue(Main.outOfMemory(new IllegalStateException("similar", new RuntimeException(new OutOfMemoryError("heap")))));
        org.junit.jupiter.api.Assertions.assertTrue(Main.outOfMemory(new OutOfMemoryError()));
        org.junit.jupiter.api.Assertions.assertFalse(Main.outOfMemory(new IllegalStateException("a bug", new NullPointerException())));
    }
}
