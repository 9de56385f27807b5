package press.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.BuildException;
import press.problem.SourcePos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch's own decisions that {@link ImportRunTest} does not reach: a folder without pages, a
 * page given twice, a post that cannot be written, and no temporary file left behind. (The edited
 * post kept without --force, dry runs and same-slug pages are {@link ImportRunTest}'s.)
 */
class ImporterTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderWithoutPagesIsReportedNotCounted() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "x");
        ImportReport r = Importer.run(List.of(empty), tmp.resolve("posts"), false, false);
        assertEquals(List.of(ImportReport.Action.NO_PAGES), r.files().stream().map(ImportReport.Outcome::action).toList());
        assertEquals(List.of(SourcePos.display(empty) + ": warning: no *.txt pages in this folder"), r.problems().stream().map(Object::toString).toList());
        assertEquals(0, r.exitCode());
        assertEquals("imported 0, unchanged 0, skipped 0, failed 0", r.summary());
    }

    @Test
    void aPageGivenTwiceIsImportedOnceAndNoTemporaryFileIsLeft() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("A.TXT"), "A page\n\nintro.\n");
        Path posts = tmp.resolve("posts");
        ImportReport r = Importer.run(List.of(in, in.resolve("A.TXT")), posts, false, false);
        assertEquals(List.of(ImportReport.Action.IMPORTED), r.files().stream().map(ImportReport.Outcome::action).toList(),
                "a page named in a folder and alone is one page; .TXT in any case");
        try (Stream<Path> s = Files.list(posts)) {
            assertEquals(List.of("a-page.md"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aPostThatCannotBeWrittenFailsThatPageOnly() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "A page\n\nintro.\n");
        Files.writeString(in.resolve("b.txt"), "B page\n\nintro.\n");
        Path posts = Files.createDirectories(tmp.resolve("posts"));
        Files.createDirectories(posts.resolve("a-page.md")); // a folder where the post goes
        ImportReport r = Importer.run(List.of(in), posts, true, false);
        assertEquals(List.of(ImportReport.Action.FAILED, ImportReport.Action.IMPORTED), r.files().stream().map(ImportReport.Outcome::action).toList());
        String problem = r.problems().stream().map(Object::toString).filter(p -> !p.contains("warning:")).findFirst().orElseThrow();
        assertTrue(problem.startsWith(SourcePos.display(posts.resolve("a-page.md")) + ": cannot "), problem);
        assertEquals(1, r.exitCode());
        try (Stream<Path> s = Files.list(posts)) {
            assertEquals(List.of("a-page.md", "b-page.md"), s.map(p -> p.getFileName().toString()).sorted().toList(), "no .import-*.tmp left");
        }
    }

    @Test
    void convertThrowsWithEveryProblemOfAPage() {
        BuildException e = assertThrows(BuildException.class,
                () -> Importer.convert("t.txt", "!!!\n\nintro.\n".getBytes(StandardCharsets.UTF_8), ImportOptions.defaults()));
        assertEquals(List.of("t.txt:1: the title \"!!!\" gives an empty slug, expected a title with letters or digits"), e.lines());
    }
}
