package press.scaffold;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code press init}'s files: named by the day, in order, and never over a site. */
class SiteStarterTest {
    @TempDir
    Path tmp;

    @Test
    void postsAreDatedTodayAndTheDayBeforeAndTheFilesComeInOrder() throws Exception {
        List<Path> written = SiteStarter.init(tmp.resolve("new/site"), LocalDate.of(2024, 3, 1));
        assertEquals(List.of(Path.of("content/site.yaml"), Path.of("content/posts/2024-02-29-hello.md"),
                Path.of("content/posts/2024-03-01-second-post.md"), Path.of("content/about.md")), written.subList(0, 4), "a leap day before 1 March");
        assertEquals(4 + SiteStarter.THEME.size(), written.size());
        assertEquals(Path.of("templates/static/assets/style.css"), written.get(written.size() - 1));
        for (Path p : written) assertTrue(Files.isRegularFile(tmp.resolve("new/site").resolve(p)), p.toString());
        assertTrue(Files.readString(tmp.resolve("new/site/content/posts/2024-02-29-hello.md")).contains("2024-02-29"));
    }

    @Test
    void aFolderWithContentOrTemplatesIsRefusedAndLeftAlone() throws Exception {
        Files.createDirectories(tmp.resolve("a/templates"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SiteStarter.init(tmp.resolve("a"), LocalDate.of(2024, 1, 1)));
        assertEquals(tmp.resolve("a/templates") + " already exists, expected a new or empty folder for the site", e.getMessage());
        assertFalse(Files.exists(tmp.resolve("a/content")), "nothing written");
        Files.createDirectories(tmp.resolve("b/content"));
        assertThrows(IllegalStateException.class, () -> SiteStarter.init(tmp.resolve("b"), LocalDate.of(2024, 1, 1)));
        Files.createDirectories(tmp.resolve("d"));
        Files.writeString(tmp.resolve("d/notes.txt"), "kept");
        SiteStarter.init(tmp.resolve("d"), LocalDate.of(2024, 1, 1));
        assertEquals("kept", Files.readString(tmp.resolve("d/notes.txt")), "other files of the folder stay");
    }
}
