package press.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.scaffold.SiteStarter;
import press.testing.CliRun;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code press init DIR}: a line per file written and the next command to run; --date dates the
 * second post; a folder with a site, or a file where the folder goes, is refused with the reason.
 * That the new site builds with working links is {@code site.StartingOutTest}'s.
 */
class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyFileWrittenIsNamedThenTheNextCommand() {
        Path site = dir.resolve("blog");
        CliRun r = CliRun.of("init", site.toString(), "--date", "2024-05-02");
        assertEquals(Main.OK, r.code(), r.err());
        StringBuilder expected = new StringBuilder();
        for (String f : new String[] {"content/site.yaml", "content/posts/2024-05-01-hello.md", "content/posts/2024-05-02-second-post.md", "content/about.md"}) {
            expected.append("wrote ").append(site.resolve(f)).append('\n');
        }
        for (String t : SiteStarter.THEME) expected.append("wrote ").append(site.resolve("templates/" + t)).append('\n');
        expected.append("next: java -jar press.jar serve --source ").append(site).append('\n');
        assertEquals(expected.toString(), r.out());
        assertEquals("", r.err());
        assertTrue(Files.isRegularFile(site.resolve("content/posts/2024-05-02-second-post.md")));
    }

    @Test
    void aFolderThatHoldsASiteIsRefusedAndLeftAsItWas() throws Exception {
        Path site = dir.resolve("blog");
        Files.createDirectories(site.resolve("templates"));
        CliRun r = CliRun.of("init", site.toString(), "--date", "2024-05-02");
        assertEquals(Main.USAGE, r.code());
        assertEquals("press init: " + site.resolve("templates") + " already exists, expected a new or empty folder for the site\n", r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(site.resolve("content")), "nothing written");
    }

    @Test
    void aFileWhereTheFolderGoesIsAUsageErrorNotAStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("blog"), "x");
        CliRun r = CliRun.of("init", file.toString(), "--date", "2024-05-02");
        assertEquals(Main.USAGE, r.code());
        assertEquals("press init: " + file.resolve("content").toAbsolutePath() + ": not a directory, expected a folder to write the site into\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aDateThatIsNoDateIsAUsageError() {
        CliRun r = CliRun.of("init", dir.resolve("blog").toString(), "--date", "2024-13-01");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().startsWith("press: Invalid value for option '--date': cannot convert '2024-13-01' to class java.time.LocalDate"), r.err());
        assertFalse(Files.exists(dir.resolve("blog")));
    }
}
