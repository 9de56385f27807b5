package press.site;

import press.testing.SiteFixture;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import press.cli.Main;
import press.problem.BuildException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Invalid sites: each {@code src/test/resources/invalid/CASE/content} (with the shipped theme,
 * or with the files of {@code CASE/templates/} put over it) must fail to build with
 * exactly the problem lines in {@code CASE/expected-errors.txt} (all problems of the run, sorted),
 * the CLI must exit with 1 and print those lines, and an earlier good build in the same output
 * folder must be left byte for byte as it was.
 *
 * <p>After an intended change of messages, {@code mvn -o test -Dpress.skipSite -Dpress.updateGolden=true
 * -Dtest=InvalidSiteTest} rewrites every expected-errors.txt (refused when {@code CI} is set); review the diff.
 */
class InvalidSiteTest {
    private static final Path INVALID = SiteFixture.REPO.resolve("src/test/resources/invalid");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyInvalidSiteFailsWithItsExpectedProblems() throws IOException {
        Path good = SiteFixture.site(tmp.resolve("good"), SiteFixture.REPO.resolve("src/test/resources/golden/subpath/site/content"));
        var names = SiteFixture.folders(INVALID);
        assertTrue(names.size() >= 9, "expected the invalid cases under " + INVALID + ", found " + names);
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(good, name)));
    }

    private void check(Path good, String name) throws IOException {
        Path bad = SiteFixture.site(tmp.resolve(name), INVALID.resolve(name).resolve("content"));
        Path templates = INVALID.resolve(name).resolve("templates");
        if (Files.isDirectory(templates)) { // a case may replace some theme files with broken ones
            try (Stream<Path> s = Files.list(templates)) {
                for (Path t : s.toList()) Files.copy(t, bad.resolve("templates").resolve(t.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path expectedFile = INVALID.resolve(name).resolve("expected-errors.txt");
        BuildException e = assertThrows(BuildException.class, () -> SiteFixture.build(bad, tmp.resolve(name + "-direct"), null, 2));
        if (Boolean.getBoolean("press.updateGolden")) {
            if (System.getenv("CI") != null) fail("-Dpress.updateGolden=true refuses to run when CI is set");
            Files.write(expectedFile, e.lines(), StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        assertFalse(expected.isEmpty(), name + ": expected-errors.txt is empty");
        assertEquals(expected, e.lines(), name + ": problem lines");
        assertFalse(Files.exists(tmp.resolve(name + "-direct")), name + ": a failed build created its output folder");

        Path out = tmp.resolve(name + "-out");
        SiteFixture.build(good, out, null, 2);
        SortedMap<String, byte[]> before = SiteFixture.tree(out);
        assertTrue(before.containsKey("index.html"));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("build", "--source", bad.toString(), "--out", out.toString());
        } finally {
            System.setErr(saved);
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(Main.PROBLEMS, code, name + ": exit code; printed:\n" + printed);
        List<String> printedLines = printed.lines().toList();
        assertEquals(expected, printedLines.subList(0, Math.min(expected.size(), printedLines.size())),
                name + ": the CLI prints the problem lines first");
        String diff = SiteFixture.difference(before, SiteFixture.tree(out));
        assertNull(diff, name + ": the previous output was changed");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("." + name)).toList(),
                    name + ": staging folders left behind");
        }
    }
}
