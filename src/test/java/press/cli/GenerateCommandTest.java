package press.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.generate.SiteGenerator;
import press.testing.CliRun;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code press generate}: the default seed, the line it prints, and the refusals with their words.
 * The posts themselves are {@code generate.SiteGeneratorTest}'s.
 */
class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultSeedIs42AndTheCountIsSaidOnStandardError() throws Exception {
        Path into = dir.resolve("posts");
        CliRun r = CliRun.of("generate", "--count", "1", "--into", into.toString());
        assertEquals(Main.OK, r.code(), r.err());
        press.generate.GeneratedPost expected = new SiteGenerator().post(42, 0);
        assertEquals(expected.text(), Files.readString(into.resolve(expected.slug() + ".md")));
        assertEquals(String.format(java.util.Locale.ROOT, "wrote 1 post (%.1f MB) to %s\n", Files.size(into.resolve(expected.slug() + ".md")) / 1e6, into), r.err());
        assertEquals("", r.out());

        CliRun none = CliRun.of("generate", "--count", "0", "--into", dir.resolve("none").toString());
        assertEquals(Main.OK, none.code(), none.err());
        assertEquals("wrote 0 posts (0.0 MB) to " + dir.resolve("none") + "\n", none.err());
    }

    @Test
    void aNegativeCountIsRefusedWithItsValueAndNothingIsWritten() {
        Path into = dir.resolve("posts");
        CliRun r = CliRun.of("generate", "--count", "-3", "--into", into.toString());
        assertEquals(Main.USAGE, r.code());
        assertEquals("press generate: --count must be 0 or more, got -3\n", r.err());
        assertFalse(Files.exists(into));
    }

    @Test
    void aFileWhereTheFolderGoesIsAUsageErrorNotAStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        CliRun r = CliRun.of("generate", "--count", "2", "--into", file.toString());
        assertEquals(Main.USAGE, r.code());
        assertEquals("press generate: " + file + ": a file is in the way, expected a folder to write the posts into\n", r.err());
        assertEquals("x", Files.readString(file));
    }
}
