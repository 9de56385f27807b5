package press.output;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one check every output path passes: relative, forward slashes, under the folder and not the folder itself. */
class OutputPathsTest {
    static final Path ROOT = Path.of("/srv/out").toAbsolutePath();

    @ParameterizedTest
    @CsvSource({"index.html, index.html", "a/b/c.html, a/b/c.html", "a/../b.html, b.html", "./x.css, x.css", "a//b.html, a/b.html",
            "..a/b.html, ..a/b.html"})
    void aPathUnderTheFolderIsResolvedNormalised(String relative, String expected) {
        assertEquals(ROOT.resolve(expected), OutputPaths.resolve(ROOT, relative));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../out-leak/x.html", "a/../../x.html", "a\\b.html", "..\\x", ".", "a/..", "..", "../out"})
    void aPathOutsideOrOnTheFolderIsRefused(String relative) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutputPaths.resolve(ROOT, relative));
        assertEquals("output path \"" + relative + "\" is outside the output folder", e.getMessage());
    }
}
