package press.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.SourcePos;
import press.testing.CliRun;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code press import}'s own decisions: --default-date read and refused, --tags-from skipping the
 * site's config, --dry-run passed on, and what goes to standard output and error. The conversion
 * is {@code importer.*Test}'s.
 */
class ImportCommandTest {
    @TempDir
    Path dir;

    private Path page() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        return Files.writeString(in.resolve("p.txt"), "A page\n\nintro text.\n");
    }

    @Test
    void theDefaultDateDatesAPageWithoutARevisionDate() throws Exception {
        Path p = page();
        Path posts = dir.resolve("posts");
        CliRun r = CliRun.of("import", p.toString(), "--into", posts.toString(), "--tags-from", "tools", "--default-date", "2011-02-03");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(Files.readString(posts.resolve("a-page.md")).contains("\ndate: 2011-02-03\n"), Files.readString(posts.resolve("a-page.md")));
        assertTrue(r.err().contains("so date is 2011-02-03 (the import's fallback date)"), r.err());
        assertEquals("imported: " + SourcePos.display(p) + " -> " + SourcePos.display(posts.resolve("a-page.md"))
                + "\nimported 1, unchanged 0, skipped 0, failed 0\n", r.out());
    }

    @Test
    void aDefaultDateThatIsNoDateIsAUsageErrorNamingTheOption() throws Exception {
        Path p = page();
        CliRun r = CliRun.of("import", p.toString(), "--into", dir.resolve("posts").toString(), "--default-date", "03/02/2011");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().startsWith("press: --default-date: \"03/02/2011\" is not a date, expected YYYY-MM-DD\nUsage: press import "), r.err());
        assertFalse(Files.exists(dir.resolve("posts")));
    }

    @Test
    void tagsFromOnTheCommandLineLeavesTheSiteConfigUnread() throws Exception {
        Path p = page();
        Path site = Files.createDirectories(dir.resolve("site/content"));
        Files.writeString(site.resolve("site.yaml"), "import: [not, a, map\n");
        String[] base = {"import", p.toString(), "--into", dir.resolve("posts").toString(), "--source", dir.resolve("site").toString(), "--dry-run"};
        CliRun read = CliRun.of(base);
        assertEquals(Main.PROBLEMS, read.code(), "without --tags-from the config is read, and it is broken");
        assertTrue(read.err().startsWith("content/site.yaml:"), read.err());
        assertEquals("", read.out(), "nothing imported");
        String[] withTags = java.util.Arrays.copyOf(base, base.length + 2);
        withTags[base.length] = "--tags-from";
        withTags[base.length + 1] = "stack";
        CliRun skipped = CliRun.of(withTags);
        assertEquals(Main.OK, skipped.code(), skipped.err());
        assertEquals("would import: " + SourcePos.display(p) + " -> " + SourcePos.display(dir.resolve("posts/a-page.md"))
                + "\ndry run, nothing written: would have imported 1, unchanged 0, skipped 0, failed 0\n", skipped.out());
        assertFalse(Files.exists(dir.resolve("posts")), "--dry-run reached the importer");
    }

    @Test
    void aFolderWithoutPagesIsAWarningAndNoActionLine() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun r = CliRun.of("import", empty.toString(), "--into", dir.resolve("posts").toString(), "--tags-from", "tools");
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals(SourcePos.display(empty) + ": warning: no *.txt pages in this folder\n", r.err());
        assertEquals("imported 0, unchanged 0, skipped 0, failed 0\n", r.out());
    }
}
