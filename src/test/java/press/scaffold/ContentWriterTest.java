package press.scaffold;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** press new post and press new page: the file, its front matter, and the refusals. */
class ContentWriterTest {
    @TempDir
    Path source;

    @Test
    void aPostIsNamedByTheSlugOfItsTitleWithTheTitleQuoted() throws IOException {
        Path written = ContentWriter.newPost(source, "Fix: the \"cache\" #2", LocalDate.of(2024, 5, 1));
        assertEquals(Path.of("content/posts/fix-the-cache-2.md"), written);
        assertEquals("---\ntitle: \"Fix: the \\\"cache\\\" #2\"\ndate: 2024-05-01\ntags: []\ndraft: false\n---\nWrite here.\n",
                Files.readString(source.resolve(written)));
    }

    @Test
    void aPageIsTitledByItsLastPart() throws IOException {
        Path written = ContentWriter.newPage(source, "/docs/getting_started-now.md/");
        assertEquals(Path.of("content/docs/getting_started-now.md"), written);
        assertEquals("---\ntitle: \"Getting started now\"\n---\nWrite here.\n", Files.readString(source.resolve(written)));
    }

    @Test
    void refusals() throws IOException {
        IllegalArgumentException noSlug = assertThrows(IllegalArgumentException.class, () -> ContentWriter.newPost(source, "!!!", LocalDate.of(2024, 1, 1)));
        assertEquals("the title \"!!!\" has no letters or digits for a file name, expected a title such as \"Hello world\"", noSlug.getMessage());
        for (String bad : new String[] {"../etc/x", "docs//x", "docs/ x", "", ".hidden"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ContentWriter.newPage(source, bad), bad);
            assertEquals("\"" + bad + "\" is not a page path, expected letters, digits, '-', '_' or '.' in parts separated by /, such as docs/install", e.getMessage());
        }
        ContentWriter.newPost(source, "Hello", LocalDate.of(2024, 1, 1));
        Files.writeString(source.resolve("content/posts/hello.md"), "mine");
        IllegalArgumentException exists = assertThrows(IllegalArgumentException.class, () -> ContentWriter.newPost(source, "hello!", LocalDate.of(2024, 1, 2)));
        assertEquals(Path.of("content/posts/hello.md") + " already exists, expected a new file (pick another title or path)", exists.getMessage());
        assertEquals("mine", Files.readString(source.resolve("content/posts/hello.md")), "never written over");
    }
}
