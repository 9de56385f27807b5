package press.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.CliRun;
import press.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static press.importer.ImportReport.Action.FAILED;
import static press.importer.ImportReport.Action.IMPORTED;
import static press.importer.ImportReport.Action.OVERWRITTEN;
import static press.importer.ImportReport.Action.SKIPPED;
import static press.importer.ImportReport.Action.UNCHANGED;

/** A batch import: folders, re-imports, edited posts, dry runs, bad pages among good ones, the command. */
class ImportRunTest {
    @TempDir
    Path tmp;

    private Path pages() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("b.txt"), "second page\n\nintro.\n\n" + Pages.meta());
        Files.writeString(in.resolve("a.txt"), "first page\n\nintro.\n");
        Files.writeString(in.resolve("notes.md"), "not an export page");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/c.txt"), "third page\n\nintro.\n");
        return in;
    }

    private static List<ImportReport.Action> actions(ImportReport r) {
        return r.files().stream().map(ImportReport.Outcome::action).toList();
    }

    @Test
    void aFolderIsWalkedInSortedOrderForTxtPages() throws IOException {
        Path in = pages();
        ImportReport r = Importer.run(List.of(in), tmp.resolve("posts"), false, false);
        assertEquals(List.of("a.txt", "b.txt", "sub/c.txt"),
                r.files().stream().map(o -> o.input().substring(SourcePosText.of(in).length() + 1)).toList());
        assertEquals(List.of(IMPORTED, IMPORTED, IMPORTED), actions(r));
        try (Stream<Path> s = Files.list(tmp.resolve("posts"))) {
            assertEquals(List.of("first-page.md", "second-page.md", "third-page.md"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("imported 3, unchanged 0, skipped 0, failed 0", r.summary());
        assertEquals(0, r.exitCode());
    }

    @Test
    void importingTwiceChangesNothing() throws IOException {
        Path in = pages();
        Path posts = tmp.resolve("posts");
        Importer.run(List.of(in), posts, false, false);
        byte[] before = Files.readAllBytes(posts.resolve("second-page.md"));
        ImportReport again = Importer.run(List.of(in), posts, false, false);
        assertEquals(List.of(UNCHANGED, UNCHANGED, UNCHANGED), actions(again));
        assertArrayEquals(before, Files.readAllBytes(posts.resolve("second-page.md")));
        assertEquals("imported 0, unchanged 3, skipped 0, failed 0", again.summary());
    }

    @Test
    void anEditedPostIsKeptUnlessForced() throws IOException {
        Path in = pages();
        Path posts = tmp.resolve("posts");
        Importer.run(List.of(in), posts, false, false);
        Path edited = posts.resolve("first-page.md");
        String mine = Files.readString(edited).replace("intro.", "intro, edited by hand.");
        Files.writeString(edited, mine);

        ImportReport kept = Importer.run(List.of(in), posts, false, false);
        assertEquals(List.of(SKIPPED, UNCHANGED, UNCHANGED), actions(kept));
        assertEquals("skipped: " + SourcePosText.of(edited) + " was edited; --force overwrites", kept.actionLine(kept.files().get(0)));
        assertEquals(mine, Files.readString(edited));
        assertEquals(0, kept.exitCode());

        ImportReport forced = Importer.run(List.of(in), posts, true, false);
        assertEquals(List.of(OVERWRITTEN, UNCHANGED, UNCHANGED), actions(forced));
        assertFalse(Files.readString(edited).contains("edited by hand"));
    }

    @Test
    void aDryRunWritesNothing() throws IOException {
        Path in = pages();
        Path posts = tmp.resolve("posts");
        ImportReport r = Importer.run(List.of(in), posts, false, true);
        assertEquals(List.of(IMPORTED, IMPORTED, IMPORTED), actions(r));
        assertFalse(Files.exists(posts));
        assertTrue(r.actionLine(r.files().get(0)).startsWith("would import: "));
        assertEquals("dry run, nothing written: would have imported 3, unchanged 0, skipped 0, failed 0", r.summary());

        Importer.run(List.of(in), posts, false, false);
        Files.writeString(posts.resolve("first-page.md"), "edited");
        Importer.run(List.of(in), posts, true, true);
        assertEquals("edited", Files.readString(posts.resolve("first-page.md")), "a forced dry run writes nothing either");
    }

    @Test
    void badPagesDoNotStopTheBatch() throws IOException {
        Path in = pages();
        Files.write(in.resolve("0-empty.txt"), new byte[0]);
        Files.write(in.resolve("1-binary.txt"), new byte[] {'x', '\n', 0, 1, 2});
        ImportReport r = Importer.run(List.of(in, tmp.resolve("missing.txt")), tmp.resolve("posts"), false, false);
        assertEquals(List.of(FAILED, FAILED, FAILED, IMPORTED, IMPORTED, IMPORTED), actions(r));
        assertEquals(List.of(
                SourcePosText.of(tmp.resolve("missing.txt")) + ": no such file or folder, expected an export page (.txt) or a folder of them",
                SourcePosText.of(in.resolve("0-empty.txt")) + ":1: empty page, expected a title line followed by the article text",
                SourcePosText.of(in.resolve("1-binary.txt")) + ":2: binary data (a NUL byte at offset 2), expected a plain-text export page"),
                r.problems().stream().filter(p -> !p.message().startsWith("warning:")).map(Object::toString).toList());
        assertEquals("imported 3, unchanged 0, skipped 0, failed 3", r.summary());
        assertEquals(1, r.exitCode());
    }

    @Test
    void twoPagesWithTheSameSlugFailTheSecondNamingBoth() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("x.txt"), "Same Title!\n\nintro.\n");
        Files.writeString(in.resolve("y.txt"), "same title\n\nother intro.\n");
        ImportReport r = Importer.run(List.of(in.resolve("y.txt"), in.resolve("x.txt")), tmp.resolve("posts"), false, false);
        assertEquals(List.of(IMPORTED, FAILED), actions(r));
        String x = SourcePosText.of(in.resolve("x.txt"));
        String y = SourcePosText.of(in.resolve("y.txt"));
        assertTrue(r.problems().stream().map(Object::toString).anyMatch(p -> p.equals(y + ":1: slug \"same-title\" is already taken by "
                + x + " in this import, expected each page to have its own title; change one of the titles")), r.problems().toString());
    }

    @Test
    void theCommandPrintsProblemsActionsAndASummaryAndExitsNonZeroOnFailure() throws IOException {
        Path in = pages();
        Files.write(in.resolve("bad.txt"), new byte[] {'t', '\n', (byte) 0xff});
        Path posts = tmp.resolve("posts");
        String[] out = new String[2];
        int code = runCli(out, "import", in.toString(), "--into", posts.toString());
        assertEquals(Main.PROBLEMS, code);
        assertTrue(out[1].contains(SourcePosText.of(in.resolve("bad.txt")) + ":2:1: not UTF-8 (byte 0xFF)"), out[1]);
        assertTrue(out[1].contains(SourcePosText.of(in.resolve("a.txt")) + ":1: warning: no \"alphanode post meta\" block"), out[1]);
        assertTrue(out[0].endsWith("imported 3, unchanged 0, skipped 0, failed 1\n"), out[0]);
        assertTrue(out[0].contains("imported: " + SourcePosText.of(in.resolve("b.txt")) + " -> " + SourcePosText.of(posts.resolve("second-page.md"))), out[0]);

        Files.delete(in.resolve("bad.txt"));
        assertEquals(Main.OK, runCli(out, "import", in.toString(), "--into", posts.toString(), "--tags-from", "stack"));
        assertTrue(out[0].contains("skipped: "), "tags from another field changed the post, which now counts as edited: " + out[0]);
        assertEquals(Main.USAGE, runCli(out, "import"));
        assertEquals(Main.USAGE, runCli(out, "import", in.toString(), "--default-date", "yesterday"));
    }

    @Test
    void tagsComeFromTheFieldTheSiteConfigNames() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site/content"));
        Files.writeString(site.resolve("site.yaml"), "import:\n  tags_from: stack\n");
        Path in = Files.createDirectories(tmp.resolve("in2"));
        Files.writeString(in.resolve("p.txt"), "A page\n\nintro text.\n\nalphanode post meta\n\nstack\n  • go services\ntools\n  • git\n");
        Path posts = tmp.resolve("posts2");
        String[] out = new String[2];
        assertEquals(Main.OK, runCli(out, "import", in.toString(), "--into", posts.toString(), "--source", tmp.resolve("site").toString()), out[1]);
        String post = Files.readString(posts.resolve("a-page.md"));
        assertTrue(post.contains("tags:\n  - \"go services\"\n"), post);
        Files.writeString(site.resolve("site.yaml"), "import:\n  tags_form: stack\n");
        assertEquals(Main.PROBLEMS, runCli(out, "import", in.toString(), "--into", posts.toString(), "--source", tmp.resolve("site").toString()));
        assertTrue(out[1].contains("content/site.yaml:2:3: import.tags_form: unknown setting"), "[" + out[1] + "][" + out[0] + "]");
    }

    private static int runCli(String[] out, String... args) {
        CliRun r = CliRun.of(args);
        out[0] = r.out();
        out[1] = r.err();
        return r.code();
    }

    /** Paths as messages print them. */
    private static final class SourcePosText {
        static String of(Path p) {
            return press.problem.SourcePos.display(p);
        }
    }
}
