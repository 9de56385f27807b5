package press.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.CliRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code press new post|page}: the path printed, the kind chosen, the date used, and the refusals
 * with their words. The files' front matter is {@code scaffold.ContentWriterTest}'s.
 */
class NewCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPostOrAPageIsWrittenAndItsPathPrinted() throws Exception {
        CliRun post = CliRun.of("new", "post", "Hello world", "--source", dir.toString(), "--date", "2024-05-03");
        assertEquals(Main.OK, post.code(), post.err());
        assertEquals(dir.resolve("content/posts/hello-world.md") + "\n", post.out());
        assertTrue(Files.readString(dir.resolve("content/posts/hello-world.md")).contains("\ndate: 2024-05-03\n"));

        CliRun page = CliRun.of("new", "page", "docs/install", "--source", dir.toString());
        assertEquals(Main.OK, page.code(), page.err());
        assertEquals(dir.resolve("content/docs/install.md") + "\n", page.out());
        assertEquals("", post.err() + page.err());
    }

    @Test
    void thePrintedPathIsNormalised() throws Exception {
        Files.createDirectories(dir.resolve("x"));
        CliRun r = CliRun.of("new", "page", "about", "--source", dir.resolve("x/..").toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals(dir.resolve("content/about.md") + "\n", r.out());
    }

    @Test
    void withoutDateAPostIsDatedTodayInUtc() throws Exception {
        Assumptions.assumeTrue(System.getenv("SOURCE_DATE_EPOCH") == null, "SOURCE_DATE_EPOCH would date it");
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        assertEquals(Main.OK, CliRun.of("new", "post", "Today", "--source", dir.toString()).code());
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        String text = Files.readString(dir.resolve("content/posts/today.md"));
        assertTrue(text.contains("\ndate: " + before + "\n") || text.contains("\ndate: " + after + "\n"), text);
        LocalDate today = NewCommand.today();
        assertTrue(!today.isBefore(before) && !today.isAfter(LocalDate.now(ZoneOffset.UTC)), today + " is not today");
    }

    @Test
    void refusalsAreUsageErrorsWithTheirReasons() throws Exception {
        CliRun kind = CliRun.of("new", "story", "x", "--source", dir.toString());
        assertEquals(Main.USAGE, kind.code());
        assertTrue(kind.err().startsWith("press: Invalid value for positional parameter at index 0 (post|page): expected one of [post, page] "
                + "(case-sensitive) but was 'story'\n"), kind.err());

        CliRun title = CliRun.of("new", "post", "???", "--source", dir.toString());
        assertEquals(Main.USAGE, title.code());
        assertEquals("press new: the title \"???\" has no letters or digits for a file name, expected a title such as \"Hello world\"\n", title.err());

        assertEquals(Main.OK, CliRun.of("new", "page", "about", "--source", dir.toString()).code());
        CliRun again = CliRun.of("new", "page", "about", "--source", dir.toString());
        assertEquals(Main.USAGE, again.code());
        assertEquals("press new: " + Path.of("content/about.md") + " already exists, expected a new file (pick another title or path)\n", again.err());
        assertEquals("", kind.out() + title.out() + again.out());
    }

    @Test
    void aFileWhereTheSiteFolderGoesIsAUsageErrorNotAStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("site"), "x");
        CliRun r = CliRun.of("new", "post", "Hello", "--source", file.toString(), "--date", "2024-05-03");
        assertEquals(Main.USAGE, r.code());
        assertEquals("press new: " + file.resolve("content").toAbsolutePath() + ": not a directory, expected a site folder to write into\n", r.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void sourceDateEpochIsReadAsABuildReadsItAndAWrongOneIsRefused() {
        assertEquals(LocalDate.of(1970, 1, 1), NewCommand.today("0"));
        assertEquals(LocalDate.of(1970, 1, 2), NewCommand.today(" 86400 "));
        assertEquals(LocalDate.now(ZoneOffset.UTC), NewCommand.today(""), "blank: not set");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> NewCommand.today("yesterday"));
        assertEquals("SOURCE_DATE_EPOCH must be whole seconds since 1970, got \"yesterday\"", e.getMessage());
    }
}
